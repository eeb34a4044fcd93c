import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { loadConfig } from '../../../server/src/config.js';
import { startPortal } from '../../../server/src/portal.js';
import { belasting, type Reeks } from '../meten.js';
import type { BenchOmgeving } from '../omgeving.js';
import type { SectieUitslag } from '../rapport.js';

const root = resolve(import.meta.dirname, '..', '..', '..');

function vrijePoort(): Promise<number> {
  return new Promise((ok, fout) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => (typeof a === 'object' && a ? ok(a.port) : fout(new Error('no port'))));
    });
  });
}

async function klaar(url: string, kind: ChildProcess, maxMs: number): Promise<void> {
  const einde = Date.now() + maxMs;
  while (Date.now() < einde) {
    if (kind.exitCode !== null) throw new Error(`npm start exited with ${kind.exitCode} before it was ready`);
    const res = await fetch(`${url}/readyz`).catch(() => undefined);
    if (res?.status === 200) return;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`npm start not ready within ${maxMs / 1000} s`);
}

/** `npm start` from spawn to /readyz 200 (its own data dir under .bench/), then Ctrl-C as a user would. */
async function npmStart(poort: number): Promise<number> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(poort), PORTAL_DATA_DIR: resolve(root, '.bench', 'start-data') };
  delete env.DATABASE_URL;
  delete env.NODE_ENV;
  const start = performance.now();
  // Its own process group, so Ctrl-C reaches npm, the bootstrap and the server at once, as in a terminal (npm alone
  // does not pass a SIGINT on to its script).
  const kind = spawn('npm', ['start'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  const gestopt = once(kind, 'exit');
  try {
    await klaar(`http://127.0.0.1:${poort}`, kind, 300_000);
    return (performance.now() - start) / 1000;
  } finally {
    if (kind.exitCode === null) {
      process.kill(-kind.pid!, 'SIGINT');
      await gestopt;
    }
  }
}

/**
 * `npm start`, second start (the first builds whatever it must; the second is what a developer waits for every day).
 * Quick (inside `npm test`) stands in the in-process start of the portal on the bench database instead: building
 * server and web twice does not fit a test run.
 */
export async function meetStart(o: BenchOmgeving): Promise<SectieUitslag> {
  if (o.quick) {
    const start = performance.now();
    const portal = await startPortal({ ...loadConfig([], {}), port: 0, databaseUrl: o.databaseUrl }, () => {});
    const s = (performance.now() - start) / 1000;
    await portal.stop();
    return { figuren: [{ wat: 'portal start in process (quick stand-in for npm start)', portaal: { eenheid: 's', waarden: [s] }, maat: 'mediaan', belasting: belasting() }] };
  }
  const poort = await vrijePoort();
  const eerste = await npmStart(poort);
  const tweede: Reeks = { eenheid: 's', waarden: [] };
  for (let i = 0; i < 2; i++) tweede.waarden.push(await npmStart(poort));
  return {
    figuren: [{ wat: 'npm start to ready (/readyz), second and third start', portaal: tweede, maat: 'mediaan', belasting: belasting(),
      opmerking: `first start ${eerste.toFixed(1)} s; demo data in .bench/start-data` }],
  };
}
