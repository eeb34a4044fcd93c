import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJobQueue } from '../../server/src/jobs/queue.js';
import { SESSIES_OPRUIMEN } from '../../server/src/jobs/sessies-opruimen.job.js';
import { Sessie } from '../../server/src/modules/auth/sessie.entity.js';
import { createTestDatabase } from '../support/database.js';
import { maakWereld } from '../support/fixtures.js';
import { bouwServer } from '../support/portaalproces.js';

// `npm run worker` is `node scripts/bootstrap.mjs worker`: run exactly that, as a process of its own.
const ROOT = resolve(import.meta.dirname, '..', '..');
let db: Awaited<ReturnType<typeof createTestDatabase>>;
const kinderen: ChildProcess[] = [];

interface Proces { uitvoer: () => string; afloop: Promise<{ code: number | null; signal: NodeJS.Signals | null }>; kind: ChildProcess }

function draai(args: string[], env: Record<string, string | undefined>): Proces {
  const volledig: NodeJS.ProcessEnv = { ...process.env, ...env };
  delete volledig.NODE_ENV; // vitest sets 'test'
  if (!env.DATABASE_URL) delete volledig.DATABASE_URL;
  const kind = spawn(process.execPath, args, { cwd: ROOT, env: volledig, stdio: ['ignore', 'pipe', 'pipe'] });
  kinderen.push(kind);
  let uitvoer = '';
  kind.stdout!.on('data', (c) => (uitvoer += c));
  kind.stderr!.on('data', (c) => (uitvoer += c));
  const afloop = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) => kind.once('exit', (code, signal) => ok({ code, signal })));
  return { uitvoer: () => uitvoer, afloop, kind };
}

async function wachtOp(voorwaarde: () => boolean | Promise<boolean>, ms: number, melding: () => string): Promise<void> {
  const einde = Date.now() + ms;
  while (!(await voorwaarde())) {
    if (Date.now() > einde) throw new Error(melding());
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  for (const kind of kinderen) if (kind.exitCode === null && kind.signalCode === null) kind.kill('SIGKILL');
  await db.drop();
});

describe('npm run worker', () => {
  it('runs, as a process of its own without HTTP, a job another process enqueued, and stops on SIGTERM', async () => {
    const { principals } = await maakWereld(db.eigenaar);
    const em = db.alles();
    em.create(Sessie, { tokenHash: 'verlopen', gebruiker: principals.school.gebruikerId!, aangemaaktOp: new Date(Date.now() - 9 * 3_600_000), verlooptOp: new Date(Date.now() - 3_600_000), laatsteActiviteitOp: new Date() });
    em.create(Sessie, { tokenHash: 'levend', gebruiker: principals.school.gebruikerId!, aangemaaktOp: new Date(), verlooptOp: new Date(Date.now() + 3_600_000), laatsteActiviteitOp: new Date() });
    await em.flush();

    const worker = draai([resolve(ROOT, 'scripts', 'bootstrap.mjs'), 'worker'], { DATABASE_URL: db.url });
    // A first run may build the server bundle (scripts/bouw.mjs): allow for that.
    await wachtOp(() => worker.uitvoer().includes('Worker draait'), 90_000, () => `worker not running:\n${worker.uitvoer()}`);
    expect(worker.uitvoer()).toContain('sessies.opruimen (*/15 * * * *)');

    // This test process is the other one: it only enqueues (as a portal with PORTAL_JOB_WORKERS=false would).
    const alleenHttp = await startJobQueue(db.orm, [SESSIES_OPRUIMEN], { workers: false, log: () => {} });
    const jobId = await alleenHttp.zetInWachtrij(db.orm.em.fork(), SESSIES_OPRUIMEN, {});
    await alleenHttp.stop();
    const staat = async () => (await db.orm.em.fork().execute<{ state: string }[]>('select state from pgboss.job where id = ?', [jobId]))[0]?.state;
    await wachtOp(async () => (await staat()) === 'completed', 20_000, () => `job ${jobId} not completed (${worker.uitvoer()})`);
    const over = await db.alles().execute<{ token_hash: string }[]>('select token_hash from sessie');
    expect(over.map((r) => r.token_hash)).toEqual(['levend']);
    expect(worker.uitvoer()).toContain('1 verlopen sessie(s) verwijderd');

    const pgBossVerbindingen = async () => (await db.orm.em.fork().execute<{ n: number }[]>(
      `select count(*)::int as n from pg_stat_activity where datname = current_database() and application_name = 'portal-jobs'`))[0]!.n;
    expect(await pgBossVerbindingen()).toBeGreaterThan(0); // the worker's, while it runs

    worker.kind.kill('SIGTERM'); // to the bootstrap, which passes it on to the worker and exits with it
    const afloop = await Promise.race([worker.afloop, new Promise<never>((_, fout) => setTimeout(() => fout(new Error(`no exit:\n${worker.uitvoer()}`)), 20_000))]);
    expect(afloop).toEqual({ code: 0, signal: null });
    expect(worker.uitvoer()).toContain('Worker stopt');
    // Closed, not left to time out (a backend may take a moment to go once its client hung up).
    await wachtOp(async () => (await pgBossVerbindingen()) === 0, 5_000, () => 'the worker left pg-boss connections open');
  }, 150_000);

  it('refuses to start without DATABASE_URL, saying why (the embedded PostgreSQL belongs to the portal process)', async () => {
    if (!existsSync(resolve(ROOT, 'server', 'dist', 'worker.js'))) bouwServer();
    const worker = draai([resolve(ROOT, 'server', 'dist', 'worker.js')], {});
    const afloop = await worker.afloop;
    expect(afloop.code).toBe(1);
    expect(worker.uitvoer()).toContain('De worker heeft DATABASE_URL nodig');
  });
});
