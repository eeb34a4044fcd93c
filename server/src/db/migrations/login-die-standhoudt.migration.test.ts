import { describe, expect, it } from 'vitest';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import { metWereld } from '../../../../test/support/wereld.js';
import { Gebruiker } from '../../modules/auth/gebruiker.entity.js';
import { Migration20261204100000LoginDieStandhoudt } from './Migration20261204100000-login-die-standhoudt.js';

const t = metWereld();

describe('the migration for login that holds', () => {
  it('gives sessions that existed before it their creation time as last activity, then makes the column required', async () => {
    // DDL: the owner's. The rows of sessie are under row-level security now (a later migration), so the replay runs as
    // the owner's own `inrichting` work, which sees every row, as this migration saw them before that one existed.
    const verbinding = t.alles();
    await verbinding.execute('drop table "inlog_drempel"');
    await verbinding.execute('alter table "sessie" drop column "laatste_activiteit_op"');
    const gebruiker = await t.alles().findOneOrFail(Gebruiker, { email: { $ne: null } });
    await verbinding.execute(`insert into sessie (token_hash, gebruiker_id, aangemaakt_op, verloopt_op) values ('oud', ?, '2026-12-03T08:00:00Z', '2026-12-03T16:00:00Z')`, [gebruiker.id]);

    const migratie = new Migration20261204100000LoginDieStandhoudt(t.eigenaar.em.getDriver(), t.eigenaar.config);
    await migratie.up();
    for (const sql of migratie.getQueries()) await verbinding.execute(sql as string);

    const [rij] = await verbinding.execute<{ gelijk: boolean }[]>(`select laatste_activiteit_op = aangemaakt_op as gelijk from sessie where token_hash = 'oud'`);
    expect(rij!.gelijk).toBe(true);
    await expect(verbinding.execute(`insert into sessie (token_hash, gebruiker_id, aangemaakt_op, verloopt_op) values ('nieuw', ?, now(), now())`, [gebruiker.id]))
      .rejects.toThrow(/laatste_activiteit_op/);
  });

  it('creates inlog_drempel in the shape rate-limiter-flexible would create itself, so tableCreated: true is true', async () => {
    const verbinding = t.eigenaar.em.fork().getConnection(); // DDL: the owner's
    // The library's own statement, in a schema of its own, compared column by column with ours.
    await verbinding.execute('create schema if not exists rlflx_vergelijk');
    const pool = await verbinding.getNativeClient();
    await new Promise<void>((ok, fout) => {
      new RateLimiterPostgres({ storeClient: pool, storeType: 'pool', schemaName: 'rlflx_vergelijk', tableName: 'inlog_drempel', points: 1, duration: 1, clearExpiredByTimeout: false },
        (error) => (error ? fout(error) : ok()));
    });
    const kolommen = (schema: string) => verbinding.execute<{ column_name: string; data_type: string; is_nullable: string; column_default: string | null }[]>(
      `select column_name, data_type, is_nullable, column_default from information_schema.columns where table_schema = ? and table_name = 'inlog_drempel' order by ordinal_position`, [schema]);
    const bibliotheek = await kolommen('rlflx_vergelijk');
    expect(bibliotheek.length).toBeGreaterThan(0);
    expect(await kolommen('public')).toEqual(bibliotheek);
    await verbinding.execute('drop schema rlflx_vergelijk cascade');
  });
});
