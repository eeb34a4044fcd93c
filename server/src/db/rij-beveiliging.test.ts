import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metWereld } from '../../../test/support/wereld.js';
import { principaalVariabelen } from '../modules/tenancy/database-principaal.js';
import { sqlStatement } from './sql-transactie.js';
import type { Principal } from '../modules/auth/principal.js';
import { TABELLEN_MET_RIJBEVEILIGING } from './migrations/Migration20261205100000-rij-beveiliging.js';
import { MEDEWERKERTABELLEN } from './migrations/Migration20261205110000-rij-beveiliging-medewerkers.js';

const BEVEILIGD: readonly string[] = [...TABELLEN_MET_RIJBEVEILIGING, ...MEDEWERKERTABELLEN];

// Issue 11 item 2: row-level security as the second wall. Every query here skips the application's scope on purpose
// (no `gemeente_id = …`, no join on the aanbieder's trajecten): what comes back is what PostgreSQL alone allows.
const t = metWereld();
let portaal: pg.Client;
let eigenaar: pg.Client;

beforeAll(async () => {
  portaal = new pg.Client({ connectionString: t.url });
  eigenaar = new pg.Client({ connectionString: t.eigenaarUrl });
  await Promise.all([portaal.connect(), eigenaar.connect()]);
});
afterAll(() => Promise.all([portaal.end(), eigenaar.end()]));

/** `sql` in one transaction as `principal` (set as the portal sets it), with the scope of the application left out. */
async function als<R extends object>(client: pg.Client, variabelen: Record<string, string>, sql: string, params: unknown[] = []): Promise<R[]> {
  await client.query('begin');
  try {
    for (const [naam, waarde] of Object.entries(variabelen)) await client.query('select set_config($1, $2, true)', [naam, waarde]);
    return (await client.query(sql, params)).rows as R[];
  } finally {
    await client.query('rollback');
  }
}
const alsPrincipal = <R extends object>(p: Principal, sql: string, params: unknown[] = []) => als<R>(portaal, principaalVariabelen(p), sql, params);
const ids = (rijen: { id: string }[]) => rijen.map((r) => r.id).sort();

describe('row-level security: what PostgreSQL returns when the application scope is skipped', () => {
  it('a gemeente reads and changes only its own dossiers and what hangs from them', async () => {
    const { gemeenteA, gemeenteB } = t.wereld.principals;
    const eigen = ids(await alsPrincipal<{ id: string }>(gemeenteA, 'select id from inburgeraar'));
    expect(eigen).toEqual([t.wereld.amina.id, t.wereld.yonas.id, t.wereld.farid.id].sort());
    expect(await alsPrincipal(gemeenteA, 'select * from inburgeraar where id = $1', [t.wereld.olena.id])).toEqual([]);
    expect(ids(await alsPrincipal<{ id: string }>(gemeenteB, 'select id from traject'))).toEqual([t.wereld.trajectOlenaVerlopen.id]);
    // A change of another gemeente's dossier touches nothing; a row written in its name is refused.
    const [bijgewerkt] = await alsPrincipal<{ n: number }>(gemeenteA,
      `with x as (update inburgeraar set voornamen = 'X' where id = $1 returning 1) select count(*)::int as n from x`, [t.wereld.olena.id]);
    expect(bijgewerkt!.n).toBe(0);
    await expect(alsPrincipal(gemeenteA, `insert into doelgroep_periode (id, inburgeraar_id, doelgroep, begindatum) values (gen_random_uuid(), $1, 'GEZINSMIGRANT', '2026-01-01')`,
      [t.wereld.olena.id])).rejects.toThrow(/row-level security/);
  });

  it('an aanbieder sees only its own running trajecten under a contract in force, and the people behind them', async () => {
    const { school, andereSchool } = t.wereld.principals;
    // The school's ended traject (Yonas) and the one under an expired contract (Olena) are not visible; nor is Farid's at the other school.
    expect(ids(await alsPrincipal<{ id: string }>(school, 'select id from traject'))).toEqual([t.wereld.trajectAmina.id]);
    expect(ids(await alsPrincipal<{ id: string }>(school, 'select id from inburgeraar'))).toEqual([t.wereld.amina.id]);
    expect(ids(await alsPrincipal<{ id: string }>(andereSchool, 'select id from inburgeraar'))).toEqual([t.wereld.farid.id]);
    expect(await alsPrincipal(school, 'select * from besluit')).toEqual([]);
    // The contract's dates count on the portal's day, not the database clock: before the contract began, nothing.
    expect(await als(portaal, principaalVariabelen(school, '2023-12-31'), 'select id from traject')).toEqual([]);
    await expect(alsPrincipal(andereSchool, `insert into aanwezigheid (id, traject_id, periode_van, periode_tot, versie, uren_ingeroosterd, uren_aanwezig,
        uren_geoorloofd_verzuim, uren_ongeoorloofd_verzuim, ingediend_door_gebruiker, ingediend_op, op_tijd)
        values (gen_random_uuid(), $1, '2026-03-02', '2026-03-08', 1, 10, 8, 0, 0, $2, now(), true)`,
    [t.wereld.trajectAmina.id, andereSchool.gebruikerId])).rejects.toThrow(/row-level security/);
  });

  it('a dossier that is no longer active disappears for the aanbieder with its trajecten, in the same transaction', async () => {
    const { school, gemeenteA } = t.wereld.principals;
    await portaal.query('begin');
    try {
      for (const [naam, waarde] of Object.entries(principaalVariabelen(gemeenteA))) await portaal.query('select set_config($1, $2, true)', [naam, waarde]);
      await portaal.query(`update inburgeraar set status = 'VERHUISD' where id = $1`, [t.wereld.amina.id]);
      for (const [naam, waarde] of Object.entries(principaalVariabelen(school))) await portaal.query('select set_config($1, $2, true)', [naam, waarde]);
      await portaal.query(`select set_config('portaal.gemeente_id', '', true)`);
      expect((await portaal.query('select id from traject')).rows).toEqual([]);
      expect((await portaal.query('select id from aanwezigheid')).rows).toEqual([]);
    } finally {
      await portaal.query('rollback');
    }
  });

  it('takes a principal into the text of its begin only as a plain id, day or name: anything else is refused unsent', async () => {
    const em = (waarde: string) => t.orm.em.fork({ session: { variables: { 'portaal.gemeente_id': waarde, role: 'portaal_gemeente' } } });
    const [rij] = await sqlStatement<{ n: number }>(em(t.wereld.principals.gemeenteA.gemeenteId), 'select count(*)::int as n from inburgeraar');
    expect(rij!.n).toBe(3);
    await expect(sqlStatement(em("x', true); drop table inzage; --"), 'select 1')).rejects.toThrow(/not a plain name and value/);
  });

  it('without a principal a statement on personal data is refused, also on a pooled connection that served one before', async () => {
    const zonder = () => portaal.query('select count(*)::int as n from inburgeraar');
    await expect(zonder()).rejects.toMatchObject({ code: '42501', message: expect.stringMatching(/no principal/) });
    await alsPrincipal(t.wereld.principals.gemeenteA, 'select 1 from inburgeraar');
    await expect(zonder()).rejects.toMatchObject({ code: '42501' }); // set_config(…, true) ended with its transaction
    expect((await portaal.query(`select current_setting('portaal.gemeente_id', true) as g`)).rows[0].g).toBe('');
    // Wherever a row would have been hidden, the statement fails instead: a lookup by id as much as a scan.
    await expect(portaal.query('select 1 from traject where id = $1', [t.wereld.trajectAmina.id])).rejects.toMatchObject({ code: '42501' });
    await expect(portaal.query(`update aanwezigheid set vervangen_op = now() where vervangen_op is null`)).resolves.toBeDefined(); // nothing there yet
  });

  it("the owner's own principals are the owner's alone: the portal role setting the same names sees nothing", async () => {
    expect(await als(portaal, { 'portaal.systeem': 'inrichting' }, 'select id from inburgeraar')).toEqual([]);
    expect(await als(portaal, { 'portaal.retentie': 'aan' }, 'select id from traject')).toEqual([]);
    expect(await als(portaal, { 'portaal.systeem': 'aanmelden' }, 'select id from inzage')).toEqual([]);
    // FORCE: the owner too is bound, and sees everything only under its explicit principal for setting up a world.
    await expect(als(eigenaar, {}, 'select id from inburgeraar')).rejects.toMatchObject({ code: '42501' });
    expect((await als(eigenaar, { 'portaal.systeem': 'inrichting' }, 'select id from inburgeraar')).length).toBeGreaterThanOrEqual(4);
  });

  it('before login, the system principal may write a refused login to the access log and nothing else', async () => {
    await als(portaal, { 'portaal.systeem': 'aanmelden' },
      `insert into inzage (actie, inburgeraar_ids, geweigerd, operatie, inlognaam) values ('INLOG_GEWEIGERD', '{}', 'INLOG_ONJUIST', 'POST /auth/login', 'x@y.test')`);
    await expect(als(portaal, { 'portaal.systeem': 'aanmelden' },
      `insert into inzage (organisatie_soort, organisatie_id, gebruiker_id, actie, inburgeraar_ids) values ('gemeente', $1, $2, 'DOSSIER_GELEZEN', '{}')`,
      [t.wereld.gemeenteA.id, t.wereld.principals.gemeenteA.gebruikerId])).rejects.toThrow(/row-level security/);
    expect(await als(portaal, { 'portaal.systeem': 'aanmelden' }, 'select id from inburgeraar')).toEqual([]);
  });

  it('a gemeente reads the access-log lines that name its people, not those of another gemeente', async () => {
    const { school, gemeenteA, gemeenteB } = t.wereld.principals;
    await portaal.query('begin');
    try {
      for (const [naam, waarde] of Object.entries(principaalVariabelen(school))) await portaal.query('select set_config($1, $2, true)', [naam, waarde]);
      await portaal.query(`insert into inzage (organisatie_soort, organisatie_id, gebruiker_id, actie, inburgeraar_ids) values ('aanbieder', $1, $2, 'TRAJECT_GELEZEN', $3)`,
        [school.aanbiederId, school.gebruikerId, [t.wereld.amina.id]]);
      await portaal.query(`select set_config('portaal.aanbieder_id', '', true)`);
      for (const [naam, waarde] of Object.entries(principaalVariabelen(gemeenteA))) await portaal.query('select set_config($1, $2, true)', [naam, waarde]);
      expect((await portaal.query(`select 1 from inzage where $1 = any(inburgeraar_ids)`, [t.wereld.amina.id])).rowCount).toBe(1);
      await portaal.query(`select set_config('portaal.gemeente_id', $1, true)`, [gemeenteB.gemeenteId]);
      expect((await portaal.query(`select 1 from inzage where $1 = any(inburgeraar_ids)`, [t.wereld.amina.id])).rowCount).toBe(0);
    } finally {
      await portaal.query('rollback');
    }
  });
});

describe("row-level security on the staff's own data", () => {
  const gebruikers = (p: Principal) => alsPrincipal<{ id: string }>(p, 'select id from gebruiker').then(ids);
  const wereldGebruikers = () => Object.values(t.wereld.principals).map((p) => p.gebruikerId!);

  it('an organisation sees its own accounts; a gemeente also those of the aanbieders it has a contract with', async () => {
    const { school, andereSchool, gemeenteA, gemeenteB } = t.wereld.principals;
    expect(await gebruikers(school)).toEqual([school.gebruikerId]);
    expect(await gebruikers(andereSchool)).toEqual([andereSchool.gebruikerId]);
    expect(await gebruikers(gemeenteA)).toEqual([gemeenteA.gebruikerId, school.gebruikerId, andereSchool.gebruikerId].sort());
    expect(await gebruikers(gemeenteB)).toEqual([gemeenteB.gebruikerId, school.gebruikerId].sort()); // its contract with the school, though ended
    // Reading a name is not managing an account: another organisation's account is not changed.
    const [bijgewerkt] = await alsPrincipal<{ n: number }>(gemeenteA,
      `with x as (update gebruiker set naam = 'X' where id = $1 returning 1) select count(*)::int as n from x`, [school.gebruikerId]);
    expect(bijgewerkt!.n).toBe(0);
  });

  it("before login only the 'aanmelden' principal finds accounts and sessions; a session's lookup is one statement", async () => {
    expect((await als<{ id: string }>(portaal, { 'portaal.systeem': 'aanmelden' }, 'select id from gebruiker')).map((r) => r.id))
      .toEqual(expect.arrayContaining(wereldGebruikers()));
    await expect(portaal.query('select id from gebruiker where id = $1', [t.wereld.principals.school.gebruikerId])).rejects.toMatchObject({ code: '42501' });
    // The function sets the principal for itself and puts the setting back: nothing lingers in the caller's transaction.
    await portaal.query('begin');
    try {
      const { rows } = await portaal.query(`select * from aanmelden_sessie('geen-sessie', now(), now(), now())`);
      expect(rows).toEqual([]);
      expect((await portaal.query(`select current_setting('portaal.systeem', true) as s`)).rows[0].s).toBe('');
    } finally {
      await portaal.query('rollback');
    }
    expect(await als(portaal, { 'portaal.systeem': 'opruimen' }, 'select id from gebruiker')).toEqual([]);
  });

  it("the beheer log: each organisation writes and reads its own lines", async () => {
    const { school, gemeenteA } = t.wereld.principals;
    await expect(alsPrincipal(school, `insert into beheer_log (id, organisatie_soort, organisatie_id, door_gebruiker_id, actie, onderwerp_id)
      values (gen_random_uuid(), 'gemeente', $1, $2, 'GEBRUIKER_GEMAAKT', $2)`, [t.wereld.gemeenteA.id, school.gebruikerId])).rejects.toThrow(/row-level security/);
    const regels = await alsPrincipal<{ n: number }>(gemeenteA, `with x as (insert into beheer_log (id, organisatie_soort, organisatie_id, door_gebruiker_id, actie, onderwerp_id)
      values (gen_random_uuid(), 'gemeente', $1, $2, 'GEBRUIKER_GEMAAKT', $2) returning 1) select count(*)::int as n from x`, [t.wereld.gemeenteA.id, gemeenteA.gebruikerId]);
    expect(regels[0]!.n).toBe(1);
  });
});

describe('the catalog: every table that holds or links to personal data has forced row-level security', () => {
  it('finds each table that references a person, a traject or a staff account (by foreign key, or an id list) in the list, with RLS enabled, forced and a policy', async () => {
    const rijen = await als<{ tabel: string; aan: boolean; geforceerd: boolean; beleid: number }>(eigenaar, {}, `
      with recursive persoonlijk(oid) as (
        select unnest(array['inburgeraar'::regclass::oid, 'gebruiker'::regclass::oid])
        union
        select c.conrelid from pg_constraint c join persoonlijk p on c.confrelid = p.oid where c.contype = 'f'
      ), met_idlijst as (
        select a.attrelid as oid from pg_attribute a where a.attname like '%inburgeraar_ids' and not a.attisdropped
      ), naar_json as (
        -- what names a traject or a person inside a document: attendance batches' answers, uploaded lines
        select c.conrelid as oid from pg_constraint c where c.contype = 'f' and c.confrelid = 'aanbieder'::regclass
          and exists (select 1 from pg_attribute a where a.attrelid = c.conrelid and a.atttypid in ('jsonb'::regtype, 'bytea'::regtype) and not a.attisdropped)
      )
      select k.relname as tabel, k.relrowsecurity as aan, k.relforcerowsecurity as geforceerd,
             (select count(*)::int from pg_policy p where p.polrelid = k.oid) as beleid
        from pg_class k join pg_namespace n on n.oid = k.relnamespace
       where n.nspname = 'public' and k.relkind = 'r'
         and (k.oid in (select oid from persoonlijk) or k.oid in (select oid from met_idlijst) or k.oid in (select oid from naar_json)
              or k.relname = any($1))
       order by 1`, [BEVEILIGD]);
    const gevonden = rijen.map((r) => r.tabel);
    expect(gevonden.filter((tabel) => !BEVEILIGD.includes(tabel)), 'tables with personal data missing from the list').toEqual([]);
    expect(rijen.filter((r) => !r.aan || !r.geforceerd || r.beleid < 3).map((r) => r.tabel), 'tables without forced RLS and policies').toEqual([]);
    const zonderVereiste = await als<{ tabel: string }>(eigenaar, {}, `select k.relname as tabel from pg_class k
      where k.relname = any($1) and not exists (select 1 from pg_policy p where p.polrelid = k.oid and p.polname = 'principaal_vereist' and not p.polpermissive)`,
    [BEVEILIGD]);
    expect(zonderVereiste.map((r) => r.tabel), 'tables without the restrictive policy that refuses a statement without a principal').toEqual([]);
    expect(gevonden.length).toBe(BEVEILIGD.length);
  });

  it("gives the kinds' own roles exactly the portal role's rights on every table and function, so a later grant or revoke cannot miss them", async () => {
    const rechten = await als<{ rol: string; rechten: string[] }>(eigenaar, {}, `
      select grantee as rol, array_agg(table_schema || '.' || table_name || ':' || privilege_type order by table_schema, table_name, privilege_type) as rechten
        from information_schema.role_table_grants
       where grantee in ('portaal_app', 'portaal_gemeente', 'portaal_aanbieder') and table_schema in ('public', 'pgboss')
       group by grantee`);
    const van = (rol: string) => rechten.find((r) => r.rol === rol)?.rechten ?? [];
    expect(van('portaal_app').length).toBeGreaterThan(20);
    expect(van('portaal_gemeente')).toEqual(van('portaal_app'));
    expect(van('portaal_aanbieder')).toEqual(van('portaal_app'));
    const uitvoeren = await als<{ rol: string; routines: string[] }>(eigenaar, {}, `
      select r.rol, array_agg(p.oid::regprocedure::text order by p.oid::regprocedure::text) as routines
        from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        cross join unnest(array['portaal_app', 'portaal_gemeente', 'portaal_aanbieder']) r(rol)
       where n.nspname in ('public', 'pgboss') and has_function_privilege(r.rol, p.oid, 'execute')
       group by r.rol`);
    const routines = (rol: string) => uitvoeren.find((r) => r.rol === rol)?.routines ?? [];
    expect(routines('portaal_app')).toContain('retentie_toepassen(date,boolean)');
    expect(routines('portaal_gemeente')).toEqual(routines('portaal_app'));
    expect(routines('portaal_aanbieder')).toEqual(routines('portaal_app'));
  });
});
