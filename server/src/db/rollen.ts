import pg from 'pg';

/**
 * The portal's two database roles, set up in this one place (issue 11). The owner owns the database, its schemas and
 * every table, and is the only role that runs migrations. The portal serves requests as a role that owns nothing, is
 * no superuser, has no BYPASSRLS, is no member of the owner, and holds only the grants the migrations give it
 * (Migration20261204300000-database-rollen and after): it cannot TRUNCATE, ALTER, DROP, disable a trigger or set
 * session_replication_role, so what the triggers protect stays protected. Row-level security builds on this.
 */
export const EIGENAAR = 'portaal_eigenaar';
export const PORTAAL = 'portaal_app';
/**
 * What the portal role becomes inside a transaction for a gemeente or an aanbieder (`set_config('role', …, true)`,
 * database-principaal.ts): row-level-security policies are written per kind, TO one of these, so PostgreSQL plans a
 * gemeente's statement without the aanbieder's policies and the other way round. No login, no rights of their own
 * beyond the portal role's table grants (Migration20261205100000 copies them), members of nothing.
 */
export const SESSIEROLLEN = ['portaal_gemeente', 'portaal_aanbieder'] as const;

export interface RolWachtwoorden {
  eigenaar: string;
  portaal: string;
}

/** The two URLs of one database: the portal serves with `portaal`, migrations run with `eigenaar`. */
export interface DatabaseUrls {
  portaal: string;
  eigenaar: string;
}

/** The URL of `database` as `rol`, on the host and port of `basisUrl`. */
export function rolUrl(basisUrl: string, rol: string, wachtwoord: string, database?: string): string {
  const url = new URL(basisUrl);
  url.username = rol;
  url.password = wachtwoord;
  if (database) url.pathname = `/${database}`;
  return url.toString();
}

export function databaseUrls(basisUrl: string, database: string, wachtwoorden: RolWachtwoorden): DatabaseUrls {
  return {
    portaal: rolUrl(basisUrl, PORTAAL, wachtwoorden.portaal, database),
    eigenaar: rolUrl(basisUrl, EIGENAAR, wachtwoorden.eigenaar, database),
  };
}

/** One client for one piece of work on `url`, always closed. */
export async function metClient<T>(url: string, werk: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await werk(client);
  } finally {
    await client.end();
  }
}

const ROL_ATTRIBUTEN = 'login nosuperuser nocreatedb nocreaterole noreplication nobypassrls';

/**
 * As a superuser (or a role with CREATEROLE): both roles exist with these passwords and no special attributes.
 * Idempotent; safe when two test runs do it at once on one cluster.
 */
export async function zorgVoorRollen(superuserUrl: string, wachtwoorden: RolWachtwoorden): Promise<void> {
  await metClient(superuserUrl, async (client) => {
    for (const [rol, wachtwoord] of [[EIGENAAR, wachtwoorden.eigenaar], [PORTAAL, wachtwoorden.portaal]] as const) {
      const bestaat = (await client.query('select 1 from pg_roles where rolname = $1', [rol])).rowCount === 1;
      const sql = `${bestaat ? 'alter' : 'create'} role ${rol} with ${ROL_ATTRIBUTEN} password ${client.escapeLiteral(wachtwoord)}`;
      try {
        await client.query(sql);
      } catch (error) {
        if ((error as { code?: string }).code !== '42710') throw error; // created by a concurrent run meanwhile
        await client.query(sql.replace(/^create/, 'alter'));
      }
    }
    for (const rol of SESSIEROLLEN) {
      try {
        await client.query(`create role ${rol} with nologin ${ROL_ATTRIBUTEN.replace('login ', '')}`);
      } catch (error) {
        if ((error as { code?: string }).code !== '42710') throw error; // exists already (or made by a concurrent run)
      }
      await client.query(`alter role ${rol} with nologin ${ROL_ATTRIBUTEN.replace('login ', '')}`);
      await client.query(`grant ${rol} to ${PORTAAL}`);
    }
    // The portal role must not inherit the owner's rights through membership, in either direction.
    await client.query(`revoke ${EIGENAAR} from ${PORTAAL}`).catch(() => {});
  });
}

/**
 * As a superuser: database `naam` exists, is owned by the owner role and only the portal role (besides the owner)
 * may connect, without TEMP. Objects an older single-role setup created (owned by the superuser) are handed to the
 * owner, so a data dir or a bench template from before the two roles migrates on.
 */
export async function zorgVoorDatabase(superuserUrl: string, naam: string): Promise<void> {
  const database = naam.replaceAll('"', '');
  await metClient(superuserUrl, async (client) => {
    const bestaat = (await client.query('select 1 from pg_database where datname = $1', [database])).rowCount === 1;
    if (!bestaat) {
      try {
        await client.query(`create database "${database}" owner ${EIGENAAR}`);
      } catch (error) {
        if ((error as { code?: string }).code !== '42P04') throw error; // created by a concurrent start
      }
    }
    await client.query(`alter database "${database}" owner to ${EIGENAAR}`);
    await client.query(`revoke all on database "${database}" from public`);
    await client.query(`grant connect on database "${database}" to ${PORTAAL}`);
  });
  const inDatabase = new URL(superuserUrl);
  inDatabase.pathname = `/${database}`;
  await metClient(inDatabase.toString(), overdragenAanEigenaar);
}

/** Every object outside the system schemas that is not the owner's (and no extension's) becomes the owner's. */
async function overdragenAanEigenaar(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ sql: string }>(`
    with eigen as (select oid from pg_roles where rolname = $1),
    schemas as (
      select n.oid, n.nspname from pg_namespace n
      where n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast') and n.nspname not like 'pg\\_%'
    ),
    lid_van_extensie as (select objid, classid from pg_depend where deptype = 'e')
    select format('alter schema %I owner to %I', s.nspname, $1) as sql, 0 as volgorde
      from schemas s join pg_namespace n on n.oid = s.oid
      where n.nspowner <> (select oid from eigen) and n.nspname <> 'public'
    union all
    select format('alter %s %I.%I owner to %I',
        case c.relkind when 'v' then 'view' when 'm' then 'materialized view' when 'S' then 'sequence' when 'f' then 'foreign table' else 'table' end,
        s.nspname, c.relname, $1), 1
      from pg_class c join schemas s on s.oid = c.relnamespace
      where c.relkind in ('r', 'p', 'v', 'm', 'S', 'f') and c.relowner <> (select oid from eigen)
        and not exists (select 1 from lid_van_extensie e where e.objid = c.oid and e.classid = 'pg_class'::regclass)
        -- Sequences of identity and serial columns follow their table.
        and not (c.relkind = 'S' and exists (select 1 from pg_depend d where d.objid = c.oid and d.classid = 'pg_class'::regclass and d.deptype in ('a', 'i')))
    union all
    select format('alter routine %s owner to %I', p.oid::regprocedure, $1), 2
      from pg_proc p join schemas s on s.oid = p.pronamespace
      where p.proowner <> (select oid from eigen)
        and not exists (select 1 from lid_van_extensie e where e.objid = p.oid and e.classid = 'pg_proc'::regclass)
    union all
    select format('alter type %s owner to %I', t.oid::regtype, $1), 3
      from pg_type t join schemas s on s.oid = t.typnamespace
      where t.typowner <> (select oid from eigen) and t.typtype in ('e', 'd', 'r', 'm') and t.typelem = 0
        and not exists (select 1 from lid_van_extensie e where e.objid = t.oid and e.classid = 'pg_type'::regclass)
    order by volgorde`, [EIGENAAR]);
  for (const { sql } of rows) await client.query(sql);
}

/**
 * Refuses to serve as a role that could erase what the logs and version triggers protect: a superuser, a role with
 * BYPASSRLS, a member of the owner, or a role that owns anything in this database. Runs once at the start.
 */
export async function controleerPortaalrol(databaseUrl: string): Promise<void> {
  const rij = await metClient(databaseUrl, async (client) => (await client.query<{
    rol: string; superuser: boolean; bypassrls: boolean; eigenaar_bestaat: boolean; is_eigenaar: boolean; lid_van_eigenaar: boolean; bezit: number;
  }>(`select r.rolname as rol, r.rolsuper as superuser, r.rolbypassrls as bypassrls, e.oid is not null as eigenaar_bestaat,
        r.oid = e.oid as is_eigenaar, r.oid <> e.oid and pg_has_role(r.oid, e.oid, 'member') as lid_van_eigenaar,
        (select count(*)::int from pg_shdepend d where d.refobjid = r.oid and d.deptype = 'o'
           and d.dbid in (0, (select oid from pg_database where datname = current_database()))) as bezit
      from pg_roles r left join pg_roles e on e.rolname = $1
      where r.rolname = current_user`, [EIGENAAR])).rows[0]!);
  const bezwaren = [
    !rij.eigenaar_bestaat && `the owner role ${EIGENAAR} does not exist`,
    rij.is_eigenaar && 'it is the owner role',
    rij.superuser && 'it is a superuser',
    rij.bypassrls && 'it has BYPASSRLS',
    rij.lid_van_eigenaar && `it has the rights of ${EIGENAAR}`,
    rij.bezit > 0 && `it owns ${rij.bezit} object(s)`,
  ].filter(Boolean);
  if (bezwaren.length) {
    throw new Error(`The portal refuses to serve as database role "${rij.rol}": ${bezwaren.join(', ')}. Set DATABASE_URL to the `
      + `portal role (${PORTAAL}) and MIGRATION_DATABASE_URL to the owner (${EIGENAAR}); see README, "Database roles".`);
  }
}
