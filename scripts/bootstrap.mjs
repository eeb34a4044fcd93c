#!/usr/bin/env node
// Entry point of `npm start`, `npm run worker`, `npm test` and `npm run dev` on a machine that has only Node 20 and npm.
// It fetches Node 24 and pnpm from the npm registry into .tools/ (git-ignored; a link to a per-user copy in
// ~/.cache/aanbiedersportaal/ for a fresh clone), installs the workspace from the committed lockfile unless nothing
// changed since the last install, and hands over to the pnpm script `portal:<command>` running on Node 24;
// `start` builds what changed (scripts/bouw.mjs) and runs the server itself.
// Plain Node, no dependencies: it must run before anything is installed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, delimiter } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bouw, installatieActueel, markeerInstallatie, seconden } from './bouw.mjs';

const NODE_VERSION = '24.21.0';
const PNPM_VERSION = '10.34.9';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tools = join(root, '.tools');
const bin = join(tools, 'bin');
const command = process.argv[2] ?? 'start';
const fasen = []; // one line at the end: what each phase did and how long it took
let begin = performance.now();

function run(cmd, args, env = process.env) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function installedVersion(dir, pkg) {
  const manifest = join(dir, 'lib', 'node_modules', pkg, 'package.json');
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : undefined;
}

const wanted = { node: NODE_VERSION, pnpm: PNPM_VERSION };
const missingIn = (dir) => Object.entries(wanted).filter(([pkg, version]) => installedVersion(dir, pkg) !== version);

function fetchTools(prefix, packages) {
  console.log(`[bootstrap] fetching ${packages.map(([p, v]) => `${p}@${v}`).join(', ')} into ${prefix}`);
  // The node package's own install script is blocked by npm 11; the binary it ships works without it.
  run('npm', ['install', '--global', '--prefix', prefix, '--no-fund', '--no-audit', '--loglevel=error',
    ...packages.map(([p, v]) => `${p}@${v}`)]);
}

// Node and pnpm of these versions are kept once per user (like pnpm's package store), and a fresh clone's .tools is
// a link to them: a clone then starts without fetching 50 MB again. A .tools folder of its own is kept as it is.
const shared = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'aanbiedersportaal', `tools-node${NODE_VERSION}-pnpm${PNPM_VERSION}`);
let missing = missingIn(tools);
if (missing.length > 0 && !existsSync(tools) && !lstatSync(tools, { throwIfNoEntry: false })) {
  if (missingIn(shared).length > 0) {
    // Fetched beside the cache and renamed into place, so a concurrent bootstrap never sees half a folder.
    const partial = `${shared}.${process.pid}`;
    mkdirSync(partial, { recursive: true });
    fetchTools(partial, Object.entries(wanted));
    try {
      renameSync(partial, shared);
    } catch {
      rmSync(partial, { recursive: true, force: true }); // another bootstrap was first; its copy is as good
    }
  }
  symlinkSync(shared, tools);
  missing = missingIn(tools);
}
if (missing.length > 0) fetchTools(tools, missing);

fasen.push(`tools ${seconden(begin)}`);

// The builds below run pnpm, vite and rolldown from .tools/bin on Node 24.
process.env.PATH = `${bin}${delimiter}${process.env.PATH ?? ''}`;
process.env.npm_config_update_notifier = 'false';
const env = process.env;

// `pnpm install` costs seconds even when nothing changed; a stamp over the lockfile and manifests (and the versions
// it ran with) says whether node_modules is what they describe.
begin = performance.now();
const versies = `node@${NODE_VERSION} pnpm@${PNPM_VERSION}`;
if (installatieActueel(root, versies)) {
  fasen.push(`install ongewijzigd ${seconden(begin)}`);
} else {
  run(join(bin, 'pnpm'), ['install', '--frozen-lockfile', '--config.confirmModulesPurge=false'], env);
  markeerInstallatie(root, versies);
  fasen.push(`install ${seconden(begin)}`);
}

if (command === 'start' || command === 'worker') {
  // Build what changed (scripts/bouw.mjs), then run the server as our own child so Ctrl-C reaches it once and we wait
  // for its clean stop (HTTP closed, PostgreSQL shut down) instead of returning to the prompt while it is still stopping.
  // `worker` is the job queue's workers and schedules without HTTP (server/src/worker.ts): no web client to build.
  try {
    fasen.push(...bouw(command === 'start' ? ['invoer', 'server', 'web'] : ['invoer', 'server']));
  } catch (error) {
    console.error(`[bootstrap] ${error.message}`);
    process.exit(1);
  }
  console.log(`[${command}] ${fasen.join(' · ')}`);
  // Node keeps the compiled code of the bundle and its packages here, so the next start parses less.
  const serverEnv = { ...env, NODE_COMPILE_CACHE: join(root, 'node_modules', '.cache', 'node-compile-cache') };
  const args = command === 'start' ? ['server/dist/main.js', '--demo'] : ['server/dist/worker.js'];
  const server = spawn(join(bin, 'node'), [...args, ...process.argv.slice(3)], { cwd: root, stdio: 'inherit', env: serverEnv });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
} else {
  // Extra arguments reach the pnpm script: `npm run bench -- --quick`.
  run(join(bin, 'pnpm'), ['run', `portal:${command}`, ...process.argv.slice(3)], env);
}
