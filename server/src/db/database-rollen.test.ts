import { MIGRATIONS } from './migrations/index.js';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { metWereld } from '../../../test/support/wereld.js';
import { migrate, openOrm } from './orm.js';
import { controleerPortaalrol, databaseUrls, EIGENAAR, PORTAAL, zorgVoorDatabase } from './rollen.js';

// Issue 11: migrations run as the owner, the portal serves as a role that owns nothing and holds DML only.
const t = metWereld();

async function alsEigenaar<T extends Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  return t.eigenaar.em.fork().getConnection().execute<T[]>(sql, params);
}

/** Relations outside the system schemas that are not part of an extension, as `r` (oid, naam, relkind, relowner). */
const RELATIES = `(select c.oid, n.nspname || '.' || c.relname as naam, c.relkind, c.relowner
  from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
    and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
    and not exists (select 1 from pg_depend d where d.objid = c.oid and d.classid = 'pg_class'::regclass and d.deptype = 'e')) as r`;

describe('the catalog: who owns what, who may do what', () => {
  it('the portal role is no superuser, has no BYPASSRLS, CREATEDB or CREATEROLE, and no rights of the owner', async () => {
    const [rol] = await alsEigenaar(`select rolsuper, rolbypassrls, rolcreatedb, rolcreaterole, rolreplication,
        pg_has_role(oid, ?, 'member') as lid_van_eigenaar
      from pg_roles where rolname = ?`, [EIGENAAR, PORTAAL]);
    expect(rol).toEqual({ rolsuper: false, rolbypassrls: false, rolcreatedb: false, rolcreaterole: false, rolreplication: false, lid_van_eigenaar: false });
    const [eigenaar] = await alsEigenaar(`select rolsuper, rolbypassrls from pg_roles where rolname = ?`, [EIGENAAR]);
    expect(eigenaar).toEqual({ rolsuper: false, rolbypassrls: false });
  });

  it("every table, view and sequence is the owner's, so is the database; the portal role owns nothing at all", async () => {
    const relaties = await alsEigenaar<{ naam: string; eigenaar: string }>(
      `select r.naam, pg_get_userbyid(r.relowner) as eigenaar from ${RELATIES} order by 1`);
    expect(relaties.map((r) => r.naam)).toEqual(expect.arrayContaining(['public.inzage', 'public.aanwezigheid', 'pgboss.job', 'public.mikro_orm_migrations']));
    expect(relaties.filter((r) => r.eigenaar !== EIGENAAR)).toEqual([]);
    const [database] = await alsEigenaar<{ eigenaar: string }>(`select pg_get_userbyid(datdba) as eigenaar from pg_database where datname = current_database()`);
    expect(database!.eigenaar).toBe(EIGENAAR);
    // pg_shdepend holds one 'o' row per object a role owns, in any database and the shared catalogs.
    const [bezit] = await alsEigenaar<{ n: number }>(`select count(*)::int as n from pg_shdepend where deptype = 'o' and refobjid = ?::regrole`, [PORTAAL]);
    expect(bezit!.n).toBe(0);
  });

  it('the portal role has no TRUNCATE, REFERENCES, TRIGGER or MAINTAIN on any table, no CREATE on a schema, no TEMP', async () => {
    const teVeel = await alsEigenaar<{ naam: string; recht: string }>(`select r.naam, recht from ${RELATIES}
      cross join unnest(array['TRUNCATE', 'REFERENCES', 'TRIGGER']
        || case when current_setting('server_version_num')::int >= 170000 then array['MAINTAIN'] else '{}' end) as recht
      where r.relkind in ('r', 'p', 'v', 'm', 'f') and has_table_privilege(?, r.oid, recht)`, [PORTAAL]);
    expect(teVeel).toEqual([]);
    const schemas = await alsEigenaar<{ nspname: string }>(`select nspname from pg_namespace where has_schema_privilege(?, oid, 'CREATE')`, [PORTAAL]);
    expect(schemas).toEqual([]);
    const [database] = await alsEigenaar(`select has_database_privilege(?, current_database(), 'CREATE') as create,
      has_database_privilege(?, current_database(), 'TEMP') as temp, has_database_privilege(?, current_database(), 'CONNECT') as connect`, [PORTAAL, PORTAAL, PORTAAL]);
    expect(database).toEqual({ create: false, temp: false, connect: true });
  });

  it('the portal role may read every table, and change none of the migration record', async () => {
    const onleesbaar = await alsEigenaar<{ naam: string }>(`select r.naam from ${RELATIES}
      where r.relkind in ('r', 'p') and not has_table_privilege(?, r.oid, 'SELECT')`, [PORTAAL]);
    expect(onleesbaar).toEqual([]);
    const [migraties] = await alsEigenaar(`select has_table_privilege(?, 'mikro_orm_migrations', 'INSERT') as insert,
      has_table_privilege(?, 'mikro_orm_migrations', 'DELETE') as delete`, [PORTAAL, PORTAAL]);
    expect(migraties).toEqual({ insert: false, delete: false });
  });

  it('the logs grant the portal role INSERT and SELECT only; the version tables no DELETE, the PIP no UPDATE either', async () => {
    const rechten = await alsEigenaar<{ tabel: string; rechten: string }>(`select tabel, string_agg(recht, ',' order by recht) as rechten
      from unnest(array['inzage', 'beheer_log', 'aanwezigheid', 'rapportage', 'besluit', 'pip_versie']) as tabel
      cross join unnest(array['SELECT', 'INSERT', 'UPDATE', 'DELETE']) as recht
      where has_table_privilege(?, tabel, recht) group by tabel order by tabel`, [PORTAAL]);
    expect(Object.fromEntries(rechten.map((r) => [r.tabel, r.rechten]))).toEqual({
      inzage: 'INSERT,SELECT', beheer_log: 'INSERT,SELECT', pip_versie: 'INSERT,SELECT',
      aanwezigheid: 'INSERT,SELECT,UPDATE', rapportage: 'INSERT,SELECT,UPDATE', besluit: 'INSERT,SELECT,UPDATE',
    });
  });

  it('a table a later migration creates gets the portal role its DML by the default privileges, and nothing more', async () => {
    await alsEigenaar('create table later_tabel (id int generated always as identity primary key, x int)');
    const portaal = t.orm.em.fork().getConnection();
    await portaal.execute('insert into later_tabel (x) values (1)');
    await portaal.execute('update later_tabel set x = 2');
    expect(await portaal.execute('select x from later_tabel')).toEqual([{ x: 2 }]);
    await expect(portaal.execute('truncate later_tabel')).rejects.toThrow(/permission denied for table later_tabel/);
    await expect(portaal.execute('alter table later_tabel add column y int')).rejects.toThrow(/must be owner of table later_tabel/);
    await expect(portaal.execute('create table eigen_tabel (x int)')).rejects.toThrow(/permission denied for schema public/);
    await alsEigenaar('drop table later_tabel');
  });
});

describe('the roles in use', () => {
  it('the portal serves as the portal role: the start check accepts it and refuses the owner and a superuser', async () => {
    await expect(controleerPortaalrol(t.url)).resolves.toBeUndefined();
    await expect(controleerPortaalrol(t.eigenaarUrl)).rejects.toThrow(/refuses to serve as database role "portaal_eigenaar": it is the owner role, it owns \d+ object/);
    await expect(controleerPortaalrol(inject('pgAdminUrl'))).rejects.toThrow(/it is a superuser/);
  });

  it('a database the single-role portal migrated (all the superuser\'s) is handed to the owner and migrates on', async () => {
    const naam = `portal_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: inject('pgAdminUrl') });
    await admin.connect();
    await admin.query(`create database ${naam}`);
    const superuserUrl = new URL(inject('pgAdminUrl'));
    superuserUrl.pathname = `/${naam}`;
    const vroeger = await openOrm(superuserUrl.toString(), { poolMax: 1 });
    await vroeger.migrator.up({ to: 'Migration20261203130100-aanwezigheid-upload' }); // the last one before the two roles
    await vroeger.close();
    try {
      await zorgVoorDatabase(inject('pgAdminUrl'), naam);
      const urls = databaseUrls(inject('pgAdminUrl'), naam, inject('pgRollen'));
      const eigenaar = await openOrm(urls.eigenaar, { poolMax: 1 });
      try {
        const daarna = MIGRATIONS.slice(MIGRATIONS.findIndex((m) => m.name === 'Migration20261203130100-aanwezigheid-upload') + 1).map((m) => m.name);
        expect(await migrate(eigenaar)).toEqual(daarna);
        expect(await eigenaar.em.getConnection().execute(`select r.naam from ${RELATIES} where pg_get_userbyid(r.relowner) <> ?`, [EIGENAAR])).toEqual([]);
      } finally {
        await eigenaar.close();
      }
      await expect(controleerPortaalrol(urls.portaal)).resolves.toBeUndefined();
      const portaal = new pg.Client({ connectionString: urls.portaal });
      await portaal.connect();
      expect((await portaal.query('select count(*)::int as n from pgboss.version')).rows).toEqual([{ n: 1 }]);
      await expect(portaal.query('delete from inzage')).rejects.toMatchObject({ code: '42501' });
      await portaal.end();
    } finally {
      await admin.query(`drop database ${naam} with (force)`);
      await admin.end();
    }
  });

  it('migrations refuse to run as any role but the owner, and leave nothing behind', async () => {
    const naam = `portal_test_${randomBytes(6).toString('hex')}`;
    const superuserUrl = new URL(inject('pgAdminUrl'));
    await zorgVoorDatabase(superuserUrl.toString(), naam);
    superuserUrl.pathname = `/${naam}`;
    const orm = await openOrm(superuserUrl.toString(), { poolMax: 1 });
    try {
      await expect(migrate(orm)).rejects.toThrow(/migrations run as portaal_eigenaar \(MIGRATION_DATABASE_URL\), not as postgres/);
      expect(await orm.em.getConnection().execute(`select count(*)::int as n from pg_tables where schemaname = 'public' and tablename <> 'mikro_orm_migrations'`))
        .toEqual([{ n: 0 }]); // all-or-nothing: the migrations before it were rolled back too
    } finally {
      await orm.close();
      const admin = new pg.Client({ connectionString: inject('pgAdminUrl') });
      await admin.connect();
      await admin.query(`drop database ${naam} with (force)`);
      await admin.end();
    }
  });
});
