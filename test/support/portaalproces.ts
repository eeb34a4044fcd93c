import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');
const MAIN = join(ROOT, 'server', 'dist', 'main.js');

export interface Afloop {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** The built portal as a real child process (`node server/dist/main.js`): what `npm start` and the Dockerfile run. */
export interface PortaalProces {
  url: string;
  pid: number;
  /** Where its embedded PostgreSQL keeps its cluster; pass it to the next start to find the same data. */
  dataDir: string;
  /** Everything it wrote to stdout and stderr so far. */
  uitvoer: () => string;
  kill: (signal: NodeJS.Signals) => void;
  /** Resolves when the process has ended; rejects when that takes longer than `maxMs`. */
  wachtOpAfloop: (maxMs: number) => Promise<Afloop>;
  /** Kills what is still running and removes a data dir this helper made. */
  opruimen: () => Promise<void>;
}

export interface Startopties {
  /** Extra environment (e.g. SHUTDOWN_TIMEOUT_MS); DATABASE_URL and MIGRATION_DATABASE_URL are never inherited. */
  env?: Record<string, string>;
  /** Seed the demo data (the demo accounts, password "demo"). Default true. */
  demo?: boolean;
  /** Reuse a data dir (a restart); by default a fresh one under the temp folder, removed by `opruimen`. */
  dataDir?: string;
  /** An external PostgreSQL (e.g. the bench's) instead of an embedded one in `dataDir`: the portal role's URL. */
  databaseUrl?: string;
  /**
   * With `databaseUrl`: the owner role's URL (MIGRATION_DATABASE_URL), for the migrations and the demo world, which only
   * the owner may write under row-level security. Needed with `demo`; e.g. TestDatabase.eigenaarUrl / TestPortal.eigenaarUrl.
   */
  eigenaarUrl?: string;
  /** How long to wait for /readyz 200. */
  maxStartMs?: number;
}

/** Builds the server when its sources changed since the last build (a no-op when they did not). */
export function bouwServer(): void {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bouw.mjs'), 'invoer', 'server'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`server build failed:\n${result.stdout}\n${result.stderr}`);
}

export async function startPortaalproces(opties: Startopties = {}): Promise<PortaalProces> {
  if (opties.databaseUrl && opties.demo !== false && !opties.eigenaarUrl) {
    throw new Error('startPortaalproces: the demo world on an external database is set up by the owner role: pass eigenaarUrl too.');
  }
  bouwServer(); // a no-op when the sources are unchanged; a stale build would start yesterday's portal
  const eigenDir = !opties.dataDir;
  const dataDir = opties.dataDir ?? maakDataDir();
  const port = await vrijePoort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), PORTAL_DATA_DIR: dataDir, ...opties.env };
  delete env.DATABASE_URL;
  delete env.MIGRATION_DATABASE_URL;
  if (opties.databaseUrl) env.DATABASE_URL = opties.databaseUrl;
  if (opties.databaseUrl && opties.eigenaarUrl) env.MIGRATION_DATABASE_URL = opties.eigenaarUrl;
  delete env.NODE_ENV; // vitest sets 'test'
  const kind = spawn(process.execPath, [MAIN, ...(opties.demo === false ? [] : ['--demo'])], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let uitvoer = '';
  kind.stdout.on('data', (chunk) => (uitvoer += chunk));
  kind.stderr.on('data', (chunk) => (uitvoer += chunk));
  const afloop = new Promise<Afloop>((ok) => kind.once('exit', (code, signal) => ok({ code, signal })));
  const url = `http://127.0.0.1:${port}`;

  const proces: PortaalProces = {
    url,
    pid: kind.pid!,
    dataDir,
    uitvoer: () => uitvoer,
    kill: (signal) => {
      kind.kill(signal);
    },
    wachtOpAfloop: (maxMs) => binnen(afloop, maxMs, () => `process ${kind.pid} still runs after ${maxMs} ms:\n${uitvoer}`),
    opruimen: async () => {
      if (leeft(kind)) {
        kind.kill('SIGKILL');
        await afloop;
      }
      if (eigenDir) rmSync(dirname(dataDir), { recursive: true, force: true }); // the temp folder maakDataDir made
    },
  };
  try {
    await wachtOpReady(url, afloop, opties.maxStartMs ?? 120_000);
  } catch (error) {
    await proces.opruimen();
    throw new Error(`${(error as Error).message}\n${uitvoer}`);
  }
  return proces;
}

function maakDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'portal-proces-'));
  chmodSync(dir, 0o755); // initdb runs as the postgres user and must traverse this folder
  return join(dir, 'data');
}

function leeft(kind: ChildProcess): boolean {
  return kind.exitCode === null && kind.signalCode === null;
}

async function wachtOpReady(url: string, afloop: Promise<Afloop>, maxMs: number): Promise<void> {
  let gestopt: Afloop | undefined;
  void afloop.then((a) => (gestopt = a));
  const tot = Date.now() + maxMs;
  while (Date.now() < tot) {
    if (gestopt) throw new Error(`portal exited before it was ready (code ${gestopt.code}, signal ${gestopt.signal})`);
    const status = await fetch(`${url}/readyz`).then((r) => r.status, () => 0);
    if (status === 200) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`portal not ready within ${maxMs} ms`);
}

function binnen<T>(promise: Promise<T>, maxMs: number, melding: () => string): Promise<T> {
  return new Promise((ok, fout) => {
    const timer = setTimeout(() => fout(new Error(melding())), maxMs);
    promise.then((waarde) => {
      clearTimeout(timer);
      ok(waarde);
    }, fout);
  });
}

function vrijePoort(): Promise<number> {
  return new Promise((ok, fout) => {
    const server = createServer();
    server.on('error', fout);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? ok(address.port) : fout(new Error('no port'))));
    });
  });
}
