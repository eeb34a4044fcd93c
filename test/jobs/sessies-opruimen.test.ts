import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config.js';
import { createPortalApp } from '../../server/src/http/app.js';
import { JOBS } from '../../server/src/jobs/jobs.js';
import { SCHEMA_TIJDZONE, startJobQueue } from '../../server/src/jobs/queue.js';
import { SESSIES_OPRUIMEN } from '../../server/src/jobs/sessies-opruimen.job.js';
import { Sessie } from '../../server/src/modules/auth/sessie.entity.js';
import { createTestDatabase } from '../support/database.js';
import { maakWereld } from '../support/fixtures.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let gebruikerId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const wereld = await maakWereld(db.eigenaar);
  gebruikerId = wereld.principals.school.gebruikerId!;
});
afterAll(async () => db.drop());

const uurGeleden = (uren: number) => new Date(Date.now() - uren * 3_600_000);

async function maakSessie(tokenHash: string, verlooptOp: Date) {
  const em = db.alles();
  em.create(Sessie, { tokenHash, gebruiker: gebruikerId, aangemaaktOp: uurGeleden(9), verlooptOp, laatsteActiviteitOp: new Date() });
  await em.flush();
}

const sessies = async () => (await db.alles().execute<{ token_hash: string }[]>('select token_hash from sessie order by token_hash')).map((r) => r.token_hash);

describe('session cleanup job', () => {
  it('deletes the sessions past their end and keeps the live ones', async () => {
    await maakSessie('verlopen-gisteren', uurGeleden(24));
    await maakSessie('verlopen-net', new Date(Date.now() - 1_000));
    await maakSessie('levend', uurGeleden(-1));
    await maakSessie('levend-morgen', uurGeleden(-24));
    await SESSIES_OPRUIMEN.verwerk(db.orm, {}, { nu: new Date(), log: () => {} });
    expect(await sessies()).toEqual(['levend', 'levend-morgen']);
    // Nothing left to do: a second run changes nothing.
    await SESSIES_OPRUIMEN.verwerk(db.orm, {}, { nu: new Date(), log: () => {} });
    expect(await sessies()).toEqual(['levend', 'levend-morgen']);
  });

  it('also deletes a session idle longer than SESSION_IDLE_MINUTES, however long its lifetime', async () => {
    const em = db.alles();
    em.create(Sessie, { tokenHash: 'stil', gebruiker: gebruikerId, aangemaaktOp: uurGeleden(2), verlooptOp: uurGeleden(-6), laatsteActiviteitOp: uurGeleden(1) });
    em.create(Sessie, { tokenHash: 'bezig', gebruiker: gebruikerId, aangemaaktOp: uurGeleden(2), verlooptOp: uurGeleden(-6), laatsteActiviteitOp: new Date() });
    await em.flush();
    await SESSIES_OPRUIMEN.verwerk(db.orm, {}, { nu: new Date(), log: () => undefined });
    expect(await sessies()).toContain('bezig');
    expect(await sessies()).not.toContain('stil');
  });

  it('is one of the portal\'s jobs and is scheduled every 15 minutes (Amsterdam time) once workers start', async () => {
    expect(JOBS).toContain(SESSIES_OPRUIMEN);
    const queue = await startJobQueue(db.orm, JOBS, { workers: true, log: () => {} });
    try {
      const rijen = await db.orm.em.fork().execute<{ name: string; cron: string; timezone: string }[]>('select name, cron, timezone from pgboss.schedule order by name');
      expect(rijen).toEqual([
        { name: 'retentie.toepassen', cron: '30 2 * * *', timezone: SCHEMA_TIJDZONE },
        { name: 'sessies.opruimen', cron: '*/15 * * * *', timezone: SCHEMA_TIJDZONE },
      ]);
    } finally {
      await queue.stop();
    }
  });

  it('runs in the portal process by default: the portal schedules it at its start, and does not with PORTAL_JOB_WORKERS=false', async () => {
    const geplandeNamen = async () => (await db.orm.em.fork().execute<{ name: string }[]>('select name from pgboss.schedule order by name')).map((r) => r.name);
    for (const [env, verwacht] of [[{}, ['retentie.toepassen', 'sessies.opruimen']], [{ PORTAL_JOB_WORKERS: 'false' }, []]] as const) {
      await db.orm.em.fork().execute('delete from pgboss.schedule');
      const portal = await createPortalApp(db.orm, loadConfig([], env));
      try {
        expect(await geplandeNamen()).toEqual(verwacht);
      } finally {
        await portal.stop();
      }
    }
  });
});
