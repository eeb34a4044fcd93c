import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../server/src/db/embedded-postgres.js';
import { EIGENAAR } from '../server/src/db/rollen.js';

describe('embedded PostgreSQL', () => {
  it('keeps data across restarts and recovers from a postgres left running by a killed run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-pg-'));
    chmodSync(dir, 0o755);
    try {
      const eerste = await startEmbeddedPostgres(dir);
      await eerste.createDatabase('portal');
      const client = new pg.Client(eerste.urls('portal').eigenaar);
      await client.connect();
      await client.query('create table bewaard (x int); insert into bewaard values (42)');
      await client.end();
      const orphan = Number(readFileSync(join(dir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
      // Like after SIGKILL of the portal: postgres still runs, nobody will stop it.

      const tweede = await startEmbeddedPostgres(dir);
      expect(() => process.kill(orphan, 0)).toThrow(); // the orphan was stopped
      const opnieuw = new pg.Client(tweede.urls('portal').eigenaar);
      await opnieuw.connect();
      // The same generated password on the second start.
      expect((await opnieuw.query('select x from bewaard')).rows).toEqual([{ x: 42 }]);
      await opnieuw.end();
      await tweede.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('makes both roles with generated passwords kept in the data dir, and hands a database from before them to the owner', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-pg-'));
    chmodSync(dir, 0o755);
    try {
      const postgres = await startEmbeddedPostgres(dir);
      const bestand = join(dir, 'database-rollen.json');
      expect(statSync(bestand).mode & 0o777).toBe(0o600);
      expect(JSON.parse(readFileSync(bestand, 'utf8'))).toEqual(postgres.wachtwoorden);
      expect(postgres.wachtwoorden.portaal).toMatch(/^[\w-]{32}$/);
      // A database as the single-role portal made it: owned by the superuser, and so were its tables.
      const oud = new pg.Client(postgres.superuserUrl('postgres'));
      await oud.connect();
      await oud.query('create database portal');
      await oud.end();
      const superuser = new pg.Client(postgres.superuserUrl('portal'));
      await superuser.connect();
      await superuser.query(`create table oud (id int generated always as identity, x int); create type soort as enum ('a');
        create function oud_f() returns int language sql as 'select 1'; create schema pgboss; create table pgboss.q (x int)`);
      await postgres.createDatabase('portal');
      const { rows } = await superuser.query(`select pg_get_userbyid(relowner) as eigenaar, count(*)::int as n from pg_class
        where relnamespace in ('public'::regnamespace, 'pgboss'::regnamespace) group by 1`);
      const overig = await superuser.query(`select (select pg_get_userbyid(typowner) from pg_type where typname = 'soort') as type,
        (select pg_get_userbyid(proowner) from pg_proc where proname = 'oud_f') as functie,
        (select pg_get_userbyid(nspowner) from pg_namespace where nspname = 'pgboss') as schema,
        (select pg_get_userbyid(datdba) from pg_database where datname = 'portal') as database`);
      await superuser.end();
      expect(rows).toEqual([{ eigenaar: EIGENAAR, n: expect.any(Number) }]); // tables, their sequence and index alike
      expect(overig.rows).toEqual([{ type: EIGENAAR, functie: EIGENAAR, schema: EIGENAAR, database: EIGENAAR }]);
      await postgres.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
