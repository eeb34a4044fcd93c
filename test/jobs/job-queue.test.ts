import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../../server/src/db/orm.js';
import { startJobQueue, type JobDefinitie, type JobQueue } from '../../server/src/jobs/queue.js';
import { createTestDatabase } from '../support/database.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
const queues: JobQueue[] = [];

/** A job that records each run, with the pid-free name of the instance that ran it. */
function telJob(instantie: string, vertraging = 0): JobDefinitie<{ sleutel: string }> {
  return {
    naam: 'test.tellen',
    opties: { retryLimit: 2, retryDelay: 1, expireInSeconds: 30 },
    async verwerk(orm: Orm, { sleutel }) {
      if (vertraging) await new Promise((ok) => setTimeout(ok, vertraging));
      await orm.em.fork().execute('insert into test_job_run (sleutel, instantie) values (?, ?)', [sleutel, instantie]);
    },
  };
}

async function start(instantie: string, workers: boolean, vertraging = 0): Promise<JobQueue> {
  const queue = await startJobQueue(db.orm, [telJob(instantie, vertraging)], { workers, pollSeconden: 0.5, log: () => {} });
  queues.push(queue);
  return queue;
}

const runs = async () => db.orm.em.fork().execute<{ sleutel: string; instantie: string }[]>('select sleutel, instantie from test_job_run');
const jobsInQueue = async () => db.orm.em.fork().execute<{ data: Record<string, unknown> }[]>(`select data from pgboss.job where name = 'test.tellen'`);

async function wachtOp(voorwaarde: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const einde = Date.now() + ms;
  while (!(await voorwaarde())) {
    if (Date.now() > einde) throw new Error('timed out');
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

beforeAll(async () => {
  db = await createTestDatabase();
  // The owner makes the test's table; its default privileges give the portal role DML on it, as on every table.
  await db.eigenaar.em.fork().execute('create table test_job_run (sleutel uuid not null, instantie text not null)');
});
afterAll(async () => {
  for (const q of queues) await q.stop();
  await db.drop();
});

describe('job queue (pg-boss on tables from our migration)', () => {
  it('runs on the schema the migration created, without installing or migrating anything itself', async () => {
    const [versie] = await db.orm.em.fork().execute<{ version: number }[]>('select version from pgboss.version');
    expect(versie!.version).toBe(46);
  });

  it('runs each job once while two instances work on one database', async () => {
    await db.eigenaar.em.fork().execute('truncate test_job_run');
    const a = await start('a', true, 20);
    await start('b', true, 20);
    const sleutels = Array.from({ length: 30 }, () => randomUUID());
    for (const sleutel of sleutels) await a.zetInWachtrij(db.orm.em.fork(), telJob('a'), { sleutel });
    await wachtOp(async () => (await runs()).length >= sleutels.length);
    await new Promise((ok) => setTimeout(ok, 1500)); // a second run would show up here
    const gedaan = await runs();
    expect(gedaan.map((r) => r.sleutel).sort()).toEqual([...sleutels].sort());
    // Both instances took work: the test shows sharing, not one idle instance.
    expect(new Set(gedaan.map((r) => r.instantie))).toEqual(new Set(['a', 'b']));
    for (const q of queues.splice(0)) await q.stop();
  });

  it('keeps a job enqueued while no worker runs and runs it once a worker starts (a restart)', async () => {
    await db.eigenaar.em.fork().execute('truncate test_job_run');
    const alleenHttp = await start('http', false);
    expect(alleenHttp.werkt).toBe(false);
    const sleutel = randomUUID();
    await alleenHttp.zetInWachtrij(db.orm.em.fork(), telJob('http'), { sleutel });
    await new Promise((ok) => setTimeout(ok, 1200));
    expect(await runs()).toEqual([]);
    await alleenHttp.stop();
    queues.splice(0);

    await start('na-herstart', true);
    await wachtOp(async () => (await runs()).length === 1);
    expect(await runs()).toEqual([{ sleutel, instantie: 'na-herstart' }]);
    for (const q of queues.splice(0)) await q.stop();
  });

  it('enqueues inside the caller\'s transaction: rolled back, there is no job', async () => {
    const queue = await start('tx', false);
    const voor = (await jobsInQueue()).length;
    const sleutel = randomUUID();
    await expect(db.orm.em.fork().transactional(async (em) => {
      await queue.zetInWachtrij(em, telJob('tx'), { sleutel });
      throw new Error('rollback');
    })).rejects.toThrow('rollback');
    expect((await jobsInQueue()).length).toBe(voor);

    await db.orm.em.fork().transactional(async (em) => {
      await queue.zetInWachtrij(em, telJob('tx'), { sleutel });
    });
    expect((await jobsInQueue()).map((j) => j.data)).toContainEqual({ sleutel });
    for (const q of queues.splice(0)) await q.stop();
  });

  it('works as the portal role, which has only DML rights on the queue\'s tables: the portal needs no DDL for it', async () => {
    // Every test here runs pg-boss as the portal role (createTestDatabase); this one shows that role has no more.
    const [rol] = await db.orm.em.fork().execute<{ rol: string; superuser: boolean }[]>(
      'select current_user as rol, rolsuper as superuser from pg_roles where rolname = current_user');
    expect(rol).toEqual({ rol: 'portaal_app', superuser: false });
    const queue = await start('dml', true);
    const sleutel = randomUUID();
    await queue.zetInWachtrij(db.orm.em.fork(), telJob('dml'), { sleutel });
    await wachtOp(async () => (await runs()).some((r) => r.sleutel === sleutel));
    expect(await runs()).toContainEqual({ sleutel, instantie: 'dml' });
    for (const q of queues.splice(0)) await q.stop();
    await expect(db.orm.em.fork().execute('create table pgboss.iets (x int)')).rejects.toThrow(/permission denied for schema pgboss/);
    await expect(db.orm.em.fork().execute(`select pgboss.create_queue('iets', '{"partition": true, "policy": "standard"}')`)).rejects.toThrow(/permission denied/);
    await expect(db.orm.em.fork().execute('truncate pgboss.job')).rejects.toThrow(/permission denied for table job/);
  });

  it('refuses a payload that is not ids only, and enqueues nothing', async () => {
    const queue = await start('privacy', false);
    const voor = (await jobsInQueue()).length;
    await expect(queue.zetInWachtrij(db.orm.em.fork(), telJob('privacy') as never, { sleutel: 'Amina Haddad' } as never)).rejects.toThrow(/ids only/);
    await expect(queue.zetInWachtrij(db.orm.em.fork(), telJob('privacy') as never, { sleutel: randomUUID(), bsn: '999990019' } as never)).rejects.toThrow(/ids only/);
    expect((await jobsInQueue()).length).toBe(voor);
    for (const q of queues.splice(0)) await q.stop();
  });
});
