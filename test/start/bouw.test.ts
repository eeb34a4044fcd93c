import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bouwIndienNodig, installatieActueel, markeerInstallatie, PAKKETTEN, type Pakket } from '../../scripts/bouw.mjs';

// The stamps of `npm start` (scripts/bouw.mjs) on a package of their own in a temp folder: what is built, what is not.
let root: string;
const pakket: Pakket = { map: 'pkg', invoer: ['pkg/src', 'pkg/config.json', 'lock.yaml'], uitvoer: 'pkg/dist/out.js', commando: ['bouw', []] };
let builds: string[];

function schrijf(pad: string, inhoud: string) {
  mkdirSync(dirname(join(root, pad)), { recursive: true });
  writeFileSync(join(root, pad), inhoud);
}

/** A build that writes its output, as the real one does; `mislukt` makes it fail like a broken build. */
function bouwt(mislukt = false) {
  return bouwIndienNodig(pakket, {
    root,
    run: (_commando, cwd) => {
      builds.push(cwd);
      if (mislukt) throw new Error('build failed');
      schrijf('pkg/dist/out.js', 'built');
    },
  });
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'portal-bouw-'));
  builds = [];
  schrijf('pkg/src/main.ts', 'export const a = 1;');
  schrijf('pkg/src/main.test.ts', 'test');
  schrijf('pkg/config.json', '{}');
  schrijf('lock.yaml', 'v1');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('build stamp', () => {
  it('builds the first time, in the package folder, and skips a second run with unchanged inputs', () => {
    expect(bouwt()).toBe(true);
    expect(builds).toEqual([join(root, 'pkg')]);
    expect(bouwt()).toBe(false);
    expect(builds).toHaveLength(1);
  });

  it('rebuilds when a source, a config or the lockfile changes', () => {
    bouwt();
    schrijf('pkg/src/main.ts', 'export const a = 2;');
    expect(bouwt()).toBe(true);
    schrijf('pkg/src/nieuw.ts', 'export {};');
    expect(bouwt()).toBe(true);
    schrijf('pkg/config.json', '{"x":1}');
    expect(bouwt()).toBe(true);
    schrijf('lock.yaml', 'v2');
    expect(bouwt()).toBe(true);
    expect(builds).toHaveLength(5);
  });

  it('goes by content, not by timestamps, and leaves test files out', () => {
    bouwt();
    utimesSync(join(root, 'pkg/src/main.ts'), new Date(), new Date(Date.now() + 60_000));
    schrijf('pkg/src/main.test.ts', 'another test');
    expect(bouwt()).toBe(false);
  });

  it('rebuilds when the output is gone, even if the stamp is still there', () => {
    bouwt();
    rmSync(join(root, 'pkg/dist/out.js'));
    expect(bouwt()).toBe(true);
  });

  it('builds again after a failed build instead of trusting its stamp', () => {
    bouwt();
    schrijf('pkg/src/main.ts', 'broken');
    expect(() => bouwt(true)).toThrow('build failed');
    expect(bouwt()).toBe(true);
    expect(builds).toHaveLength(3);
  });

  it("names every input of the real packages' builds", () => {
    expect(PAKKETTEN.server.invoer).toEqual(expect.arrayContaining(['server/src', 'server/bundel.mjs', 'pnpm-lock.yaml']));
    expect(PAKKETTEN.web.invoer).toEqual(expect.arrayContaining(['web/src', 'web/index.html', 'web/vite.config.ts', 'pnpm-lock.yaml']));
  });
});

describe('install stamp', () => {
  beforeEach(() => {
    for (const manifest of ['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package.json', 'server/package.json', 'web/package.json', 'test/package.json']) schrijf(manifest, '{}');
    schrijf('node_modules/.modules.yaml', 'pnpm');
  });

  it('is current after an install from the same lockfile, manifests and versions', () => {
    expect(installatieActueel(root, 'node@24')).toBe(false);
    markeerInstallatie(root, 'node@24');
    expect(installatieActueel(root, 'node@24')).toBe(true);
  });

  it('is stale when the lockfile or a manifest changed, the tools changed, or node_modules is gone', () => {
    markeerInstallatie(root, 'node@24');
    expect(installatieActueel(root, 'node@25')).toBe(false);
    schrijf('server/package.json', '{"dependencies":{}}');
    expect(installatieActueel(root, 'node@24')).toBe(false);
    markeerInstallatie(root, 'node@24');
    rmSync(join(root, 'node_modules/.modules.yaml'));
    expect(installatieActueel(root, 'node@24')).toBe(false);
  });
});
