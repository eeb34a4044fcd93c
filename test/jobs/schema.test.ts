import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../../server/src/db/orm.js';
import { SCHEMA_TIJDZONE, startJobQueue, type GeenIds, type JobDefinitie, type JobQueue } from '../../server/src/jobs/queue.js';
import { createTestDatabase } from '../support/database.js';

// Schedules on pg-boss's cron pass: one occurrence, one run, however many instances look at the schedule table.
let db: Awaited<ReturnType<typeof createTestDatabase>>;
const queues: JobQueue[] = [];

/** A cron expression that matches only the current minute of the day (Amsterdam time): one occurrence, then 24 h none. */
function dezeMinuut(): string {
  const delen = new Intl.DateTimeFormat('en-GB', { timeZone: SCHEMA_TIJDZONE, hour: 'numeric', minute: 'numeric', hourCycle: 'h23' }).formatToParts(new Date());
  const deel = (soort: string) => Number(delen.find((d) => d.type === soort)!.value);
  return `${deel('minute')} ${deel('hour')} * * *`;
}

function geplandeJob(instantie: string, schema: string | undefined): JobDefinitie<GeenIds> {
  return {
    naam: 'test.gepland',
    schema,
    opties: { retryLimit: 0, expireInSeconds: 30 },
    async verwerk(orm: Orm, _data, { nu }) {
      await orm.em.fork().execute('insert into test_gepland_run (instantie, nu) values (?, ?)', [instantie, nu]);
    },
  };
}

async function start(instantie: string, schema: string | undefined): Promise<JobQueue> {
  const queue = await startJobQueue(db.orm, [geplandeJob(instantie, schema)], { workers: true, pollSeconden: 0.5, schemaSeconden: 1, log: () => {} });
  queues.push(queue);
  return queue;
}

const runs = async () => db.orm.em.fork().execute<{ instantie: string }[]>('select instantie from test_gepland_run');
const schemas = async () => db.orm.em.fork().execute<{ name: string; cron: string; timezone: string }[]>('select name, cron, timezone from pgboss.schedule');
const wacht = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

async function wachtOp(voorwaarde: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const einde = Date.now() + ms;
  while (!(await voorwaarde())) {
    if (Date.now() > einde) throw new Error('timed out');
    await wacht(100);
  }
}

beforeAll(async () => {
  db = await createTestDatabase();
  await db.orm.em.fork().execute('create table test_gepland_run (instantie text not null, nu timestamptz not null)');
});
afterEach(async () => {
  for (const q of queues.splice(0)) await q.stop();
});
afterAll(async () => db.drop());

describe('scheduled jobs (pg-boss schedule())', () => {
  it('fires a schedule and runs the job exactly once while two instances share one database', async () => {
    // The occurrence must still be due (within its minute) when the instances' first passes see the schedule.
    const seconde = new Date().getUTCSeconds();
    if (seconde > 40) await wacht((61 - seconde) * 1000); // 20 s of margin on a busy machine
    const schema = dezeMinuut();
    await start('a', schema);
    await start('b', schema);
    expect(await schemas()).toEqual([{ name: 'test.gepland', cron: schema, timezone: SCHEMA_TIJDZONE }]);

    await wachtOp(async () => (await runs()).length >= 1);
    await wacht(4_000); // several more passes of both instances: a second run would show up here
    expect(await runs()).toHaveLength(1);
    const jobs = await db.orm.em.fork().execute(`select id from pgboss.job where name = 'test.gepland'`);
    expect(jobs).toHaveLength(1);
  }, 60_000);

  it('drops the schedule of a job that no longer has one, at the next start', async () => {
    await start('met', '0 3 * * *');
    expect((await schemas()).map((s) => s.cron)).toEqual(['0 3 * * *']);
    for (const q of queues.splice(0)) await q.stop();

    await start('zonder', undefined);
    expect(await schemas()).toEqual([]);
  });

  it('registers no schedule on an instance without workers (it only enqueues)', async () => {
    const alleenHttp = await startJobQueue(db.orm, [geplandeJob('http', '0 3 * * *')], { workers: false, log: () => {} });
    queues.push(alleenHttp);
    expect(await schemas()).toEqual([]);
  });
});
