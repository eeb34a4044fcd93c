#!/usr/bin/env node
// Builds server and web client only when their inputs changed: each build leaves a stamp (a hash over its sources,
// configs and the lockfile) next to its output, and a build whose stamp still matches is skipped. `npm start`
// runs this instead of rebuilding every time. Plain Node, no dependencies: the bootstrap imports it too.
//   node scripts/bouw.mjs [invoer|server|web ...|all] [--force]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const STEMPEL = '.bouwstempel';
const OVERSLAAN = new Set(['node_modules', 'dist', '.git']);

/**
 * What each build reads and writes. `invoer` are files or folders (walked, test files left out: no build reads
 * them); `uitvoer` is a file the build must leave, so a deleted output is rebuilt even if the stamp survived;
 * `commando` runs in `map` and does what the package's `build` script does.
 */
export const PAKKETTEN = {
  // The file reader shared by server and web; both read its dist, so it is built first.
  invoer: {
    map: 'invoer',
    invoer: ['invoer/src', 'invoer/package.json', 'invoer/tsconfig.json', 'tsconfig.json', 'pnpm-lock.yaml'],
    uitvoer: 'invoer/dist/index.js',
    commando: ['node', ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json']],
  },
  server: {
    map: 'server',
    invoer: ['server/src', 'invoer/src', 'server/bundel.mjs', 'server/package.json', 'server/tsconfig.build.json', 'tsconfig.json', 'pnpm-lock.yaml'],
    uitvoer: 'server/dist/main.js',
    // Run directly, not through pnpm: pnpm's own start costs a second or two on a busy machine.
    commando: ['node', ['bundel.mjs']],
  },
  web: {
    map: 'web',
    invoer: ['web/src', 'invoer/src', 'web/index.html', 'web/package.json', 'web/tsconfig.json', 'web/vite.config.ts', 'tsconfig.json', 'pnpm-lock.yaml'],
    uitvoer: 'web/dist/index.html',
    commando: ['node', ['node_modules/vite/bin/vite.js', 'build']],
  },
};

function* bestanden(root, pad) {
  const volledig = join(root, pad);
  if (!existsSync(volledig)) return;
  if (statSync(volledig).isFile()) {
    yield pad;
    return;
  }
  for (const naam of readdirSync(volledig).sort()) {
    if (OVERSLAAN.has(naam) || /\.test\.tsx?$/.test(naam)) continue;
    yield* bestanden(root, join(pad, naam));
  }
}

/** The hash over every input file's path and content: equal inputs, equal stamp, whatever the timestamps say. */
export function stempel(root, invoer) {
  const hash = createHash('sha256');
  for (const pad of invoer) {
    for (const bestand of bestanden(root, pad)) {
      hash.update(relative(root, join(root, bestand)).split(sep).join('/')).update('\0');
      hash.update(readFileSync(join(root, bestand))).update('\0');
    }
  }
  return hash.digest('hex');
}

/** What `pnpm install` reads: when none of it changed since the last install, the install can be skipped. */
const INSTALLATIE_INVOER = ['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package.json', 'server/package.json', 'web/package.json', 'test/package.json', 'invoer/package.json'];
const INSTALLATIE_STEMPEL = join('node_modules', '.portal-installatie');

/** The stamp an install of these inputs leaves (`extra`: the Node and pnpm versions it ran with). */
export function installatieStempel(root = ROOT, extra = '') {
  return `${stempel(root, INSTALLATIE_INVOER)} ${extra}`.trim();
}

/** True when node_modules was installed by pnpm from exactly these inputs (and nobody removed it since). */
export function installatieActueel(root = ROOT, extra = '') {
  const bestand = join(root, INSTALLATIE_STEMPEL);
  return existsSync(join(root, 'node_modules', '.modules.yaml')) && existsSync(bestand)
    && readFileSync(bestand, 'utf8').trim() === installatieStempel(root, extra);
}

/** Called after a successful install. */
export function markeerInstallatie(root = ROOT, extra = '') {
  writeFileSync(join(root, INSTALLATIE_STEMPEL), `${installatieStempel(root, extra)}\n`);
}

/** Builds `pakket` unless its output is there with a stamp of the same inputs. Returns whether it built. */
export function bouwIndienNodig(pakket, { root = ROOT, force = false, run = draai } = {}) {
  return metSlot(join(root, pakket.map, '.bouwslot'), () => bouwOnderSlot(pakket, root, force, run));
}

/** Two test files (or a test and `npm start`) may ask for the same build at once: one builds, the other waits. */
function metSlot(slot, werk) {
  for (;;) {
    try {
      mkdirSync(slot);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      // A lock left by a killed build is taken over after a while; no build takes five minutes.
      if (Date.now() - statSync(slot, { throwIfNoEntry: false })?.mtimeMs > 5 * 60_000) rmSync(slot, { recursive: true, force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    return werk();
  } finally {
    rmSync(slot, { recursive: true, force: true });
  }
}

function bouwOnderSlot(pakket, root, force, run) {
  const stempelBestand = join(root, pakket.map, 'dist', STEMPEL);
  const nu = stempel(root, pakket.invoer);
  const vorige = existsSync(stempelBestand) ? readFileSync(stempelBestand, 'utf8').trim() : undefined;
  if (!force && vorige === nu && existsSync(join(root, pakket.uitvoer))) return false;
  run(pakket.commando, join(root, pakket.map));
  mkdirSync(dirname(stempelBestand), { recursive: true });
  // Written after the build succeeded: an interrupted build leaves the old stamp, so the next run builds again.
  writeFileSync(stempelBestand, `${nu}\n`);
  return true;
}

function draai([cmd, args], cwd) {
  const result = spawnSync(cmd, args, { cwd, stdio: 'inherit' });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${result.status})`);
}

/** Builds the named packages; returns per package what it did and how long it took, e.g. "server ongewijzigd 0.1 s". */
export function bouw(namen, { force = false } = {}) {
  return namen.map((naam) => {
    const begin = performance.now();
    const gebouwd = bouwIndienNodig(PAKKETTEN[naam], { force });
    return `${naam} ${gebouwd ? 'gebouwd' : 'ongewijzigd'} ${seconden(begin)}`;
  });
}

/** "1.2 s" since `begin` (a performance.now()), the unit every phase line uses. */
export function seconden(begin) {
  return `${((performance.now() - begin) / 1000).toFixed(1)} s`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const gevraagd = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const namen = gevraagd.length === 0 || gevraagd.includes('all') ? Object.keys(PAKKETTEN) : gevraagd;
  if (!namen.every((n) => n in PAKKETTEN)) {
    console.error(`usage: node scripts/bouw.mjs [${Object.keys(PAKKETTEN).join('|')}|all] [--force]`);
    process.exit(2);
  }
  try {
    console.log(`[bouw] ${bouw(namen, { force: process.argv.includes('--force') }).join(' · ')}`);
  } catch (error) {
    console.error(`[bouw] ${error.message}`);
    process.exit(1);
  }
}
