import { Migration } from '@mikro-orm/migrations';

/** Every table that holds a person's data or links to it: RLS enabled and forced (the catalog test holds this list). */
export const TABELLEN_MET_RIJBEVEILIGING = [
  'inburgeraar', 'traject', 'aanwezigheid', 'rapportage', 'besluit', 'pip_versie', 'termijn_verlenging', 'doelgroep_periode',
  'inzage', 'aanwezigheid_reeks', 'aanwezigheid_upload', 'aanwezigheid_upload_rij',
] as const;

/**
 * Row-level security, the second wall (issue 11 item 2). The policies say what `modules/tenancy/scope.ts` says, over
 * the principal the portal sets per transaction with `set_config(…, true)` (`modules/tenancy/database-principaal.ts`):
 * - `portaal.gemeente_id`: gemeente staff see and change only their own gemeente's dossiers and what hangs from them;
 * - `portaal.aanbieder_id` with `portaal.vandaag` (the portal's day in the Netherlands, not the database clock): an
 *   aanbieder sees its own active trajecten of an active dossier under a contract in force that day, the people behind
 *   them, and what hangs from those trajecten;
 * - `portaal.systeem = 'aanmelden'`: work before anyone is logged in may write a refused login to the access log, no more.
 * A statement on these tables without any principal is an error (42501) as soon as PostgreSQL checks a row's policies,
 * not an empty answer: a check such as "is anything still running under this contract?" must not pass because it saw
 * nothing. Best effort: where another condition of the policies rules a row out first, such a statement still sees
 * nothing, which is no less safe. A row about a person is visible
 * when its person is; a row about a traject when its traject is: the policies of those tables decide, so each rule is
 * written once.
 *
 * The owner is bound by the policies too (FORCE). Its own two kinds of work without a user have a policy for the owner
 * role only, so the portal role cannot use them by setting the same names: retention (`portaal.retentie`, set inside
 * `retentie_toepassen`) and setting up a world (`portaal.systeem = 'inrichting'`: the demo data, test fixtures, and a
 * later migration that changes rows, which sets it first).
 *
 * The policies of a gemeente and of an aanbieder are written TO its own role (`portaal_gemeente`, `portaal_aanbieder`,
 * db/rollen.ts), which the portal role becomes for the transaction: PostgreSQL then plans each statement with one
 * kind's policies, not both ORed (which made a school's deelnemers list 8 times slower than the statement alone).
 *
 * An aanbieder's traject policy cannot ask the dossier's status from `inburgeraar`: that table's aanbieder policy asks
 * for the aanbieder's trajecten, and the two would recurse. So the traject carries its dossier's state as
 * `dossier_actief`, kept by a trigger on every status change.
 */
export class Migration20261205100000RijBeveiliging extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create function portaal_gemeente() returns uuid language sql stable
  as $$ select nullif(current_setting('portaal.gemeente_id', true), '')::uuid $$;
create function portaal_aanbieder() returns uuid language sql stable
  as $$ select nullif(current_setting('portaal.aanbieder_id', true), '')::uuid $$;
create function portaal_vandaag() returns date language sql stable
  as $$ select nullif(current_setting('portaal.vandaag', true), '')::date $$;
create function portaal_systeem() returns text language sql stable
  as $$ select nullif(current_setting('portaal.systeem', true), '') $$;
-- The owner's own work without a user: retention (set inside retentie_toepassen) or setting up a world.
create function portaal_eigenaar_werk() returns boolean language sql stable
  as $$ select coalesce(current_setting('portaal.retentie', true), '') = 'aan' or portaal_systeem() is not distinct from 'inrichting' $$;
-- A restrictive policy on every table: no principal at all is a mistake in the code, said loudly where PostgreSQL
-- checks it (a statement that meets no row has nothing to hide; one whose row another policy condition rules out
-- first sees nothing, as without this check).
--
-- Every policy calls these functions as a scalar subquery, (select portaal_gemeente()): PostgreSQL then computes each
-- once per statement (an InitPlan) instead of once per row it checks, and an index can use the value. Called bare, the
-- checks cost more than the statements they guard at regional scale (bench: a school's 12,073 deelnemers).
create function portaal_principaal_gezet() returns boolean language plpgsql stable as $$
begin
  if portaal_gemeente() is null and portaal_aanbieder() is null and portaal_systeem() is null
     and coalesce(current_setting('portaal.retentie', true), '') <> 'aan' then
    raise exception 'no principal set for a statement on personal data (row-level security: see database-principaal.ts)'
      using errcode = '42501';
  end if;
  return true;
end $$;
-- The ids a refused attempt asked for are the caller's text: only those that are uuids can name a person.
create function portaal_als_uuid(tekst text) returns uuid language sql immutable
  as $$ select case when tekst ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then tekst::uuid end $$;

alter table "traject" add column "dossier_actief" boolean not null default true;
update "traject" t set "dossier_actief" = false from "inburgeraar" i where i.id = t.inburgeraar_id and i.status <> 'ACTIEF';
create function traject_dossier_actief_bij_nieuw() returns trigger language plpgsql as $$
begin
  new.dossier_actief := coalesce((select i.status = 'ACTIEF' from inburgeraar i where i.id = new.inburgeraar_id), false);
  return new;
end $$;
create trigger "traject_dossier_actief_bij_nieuw" before insert on "traject" for each row execute function traject_dossier_actief_bij_nieuw();
create function traject_dossier_actief_volgen() returns trigger language plpgsql as $$
begin
  update traject set dossier_actief = (new.status = 'ACTIEF') where inburgeraar_id = new.id;
  return null;
end $$;
create trigger "traject_dossier_actief_volgen" after update of "status" on "inburgeraar"
  for each row when (old.status is distinct from new.status) execute function traject_dossier_actief_volgen();

-- The kinds' own roles (db/rollen.ts) hold exactly the portal role's rights: each grant of the portal role on a table,
-- sequence or function is given to them too, and so are later tables' (default privileges); a catalog test keeps them equal.
do $$
declare
  r record;
begin
  for r in select distinct table_schema, table_name, privilege_type from information_schema.role_table_grants
            where grantee = 'portaal_app' and table_schema in ('public', 'pgboss') loop
    execute format('grant %s on %I.%I to portaal_gemeente, portaal_aanbieder', r.privilege_type, r.table_schema, r.table_name);
  end loop;
  for r in select p.oid::regprocedure as routine from pg_proc p join pg_namespace n on n.oid = p.pronamespace
            where n.nspname in ('public', 'pgboss') and has_function_privilege('portaal_app', p.oid, 'execute')
              and not has_function_privilege('public', p.oid, 'execute') loop
    execute format('grant execute on function %s to portaal_gemeente, portaal_aanbieder', r.routine);
  end loop;
end $$;
grant usage on schema public, pgboss to portaal_gemeente, portaal_aanbieder;
grant usage, select on all sequences in schema public, pgboss to portaal_gemeente, portaal_aanbieder;
alter default privileges for role portaal_eigenaar in schema public grant select, insert, update, delete on tables to portaal_gemeente, portaal_aanbieder;
alter default privileges for role portaal_eigenaar in schema public grant usage, select on sequences to portaal_gemeente, portaal_aanbieder;
alter default privileges for role portaal_eigenaar in schema pgboss grant select, insert, update, delete on tables to portaal_gemeente, portaal_aanbieder;
alter default privileges for role portaal_eigenaar in schema pgboss grant usage, select on sequences to portaal_gemeente, portaal_aanbieder;

-- inburgeraar. The aanbieder's people as a set (an IN, which PostgreSQL hashes once per statement): at a school of
-- 12,073 deelnemers a check per row cost more than the list it guarded.
create policy "gemeente" on "inburgeraar" for all to portaal_gemeente
  using ("gemeente_id" = (select portaal_gemeente())) with check ("gemeente_id" = (select portaal_gemeente()));
create policy "aanbieder" on "inburgeraar" for select to portaal_aanbieder
  using ("status" = 'ACTIEF' and "id" in (select t.inburgeraar_id from "traject" t));

-- traject: the aanbieder also writes its own (its reference; the totals its attendance keeps up to date)
create policy "gemeente" on "traject" for all to portaal_gemeente
  using ("gemeente_id" = (select portaal_gemeente())) with check ("gemeente_id" = (select portaal_gemeente()));
create policy "aanbieder" on "traject" for select to portaal_aanbieder
  using ("aanbieder_id" = (select portaal_aanbieder()) and "status" = 'ACTIEF' and "dossier_actief"
         and exists (select 1 from "contract" c where c.id = "traject"."contract_id"
                     and c.ingangsdatum <= (select portaal_vandaag()) and (c.einddatum is null or c.einddatum >= (select portaal_vandaag()))));
create policy "aanbieder_bijwerken" on "traject" for update to portaal_aanbieder
  using ("aanbieder_id" = (select portaal_aanbieder()) and "status" = 'ACTIEF' and "dossier_actief"
         and exists (select 1 from "contract" c where c.id = "traject"."contract_id"
                     and c.ingangsdatum <= (select portaal_vandaag()) and (c.einddatum is null or c.einddatum >= (select portaal_vandaag()))));

-- what hangs from a traject: visible and writable when the traject is
create policy "via_traject" on "aanwezigheid" for all to portaal_gemeente, portaal_aanbieder
  using (exists (select 1 from "traject" t where t.id = "aanwezigheid"."traject_id"))
  with check (exists (select 1 from "traject" t where t.id = "aanwezigheid"."traject_id"));
create policy "via_traject" on "rapportage" for all to portaal_gemeente, portaal_aanbieder
  using (exists (select 1 from "traject" t where t.id = "rapportage"."traject_id"))
  with check (exists (select 1 from "traject" t where t.id = "rapportage"."traject_id"));

-- decisions are the gemeente's alone
create policy "gemeente" on "besluit" for all to portaal_gemeente
  using ("gemeente_id" = (select portaal_gemeente())) with check ("gemeente_id" = (select portaal_gemeente()));

-- an aanbieder's own batches and uploads
create policy "aanbieder" on "aanwezigheid_reeks" for all to portaal_aanbieder
  using ("aanbieder_id" = (select portaal_aanbieder())) with check ("aanbieder_id" = (select portaal_aanbieder()));
create policy "aanbieder" on "aanwezigheid_upload" for all to portaal_aanbieder
  using ("aanbieder_id" = (select portaal_aanbieder())) with check ("aanbieder_id" = (select portaal_aanbieder()));
create policy "via_upload" on "aanwezigheid_upload_rij" for all to portaal_aanbieder
  using (exists (select 1 from "aanwezigheid_upload" u where u.id = "aanwezigheid_upload_rij"."upload_id"))
  with check (exists (select 1 from "aanwezigheid_upload" u where u.id = "aanwezigheid_upload_rij"."upload_id"));

-- the access log: each organisation writes its own lines; a gemeente reads its own staff's lines and every line that
-- names one of its people (read, disclosed or asked for in a refused attempt); nobody else reads it
create policy "schrijven" on "inzage" for insert
  with check (("organisatie_soort" = 'gemeente' and "organisatie_id" = (select portaal_gemeente()))
           or ("organisatie_soort" = 'aanbieder' and "organisatie_id" = (select portaal_aanbieder()))
           or ((select portaal_systeem()) = 'aanmelden' and "actie" = 'INLOG_GEWEIGERD'));
create policy "gemeente_lezen" on "inzage" for select to portaal_gemeente
  using (("organisatie_soort" = 'gemeente' and "organisatie_id" = (select portaal_gemeente()))
        or exists (select 1 from "inburgeraar" i where i.id = any("inzage"."inburgeraar_ids"))
        or ("gevraagd" is not null and exists (select 1 from "inburgeraar" i
              where i.id = any(array(select portaal_als_uuid(g) from unnest("inzage"."gevraagd") g)))));
`);
    // What hangs from a person: for a gemeente, visible when the person is; for an aanbieder, when one of its trajecten
    // of that person is (a check per row on the traject index, not the set of all its people that inburgeraar's policy builds).
    for (const tabel of ['pip_versie', 'termijn_verlenging', 'doelgroep_periode']) {
      const persoon = `exists (select 1 from "inburgeraar" i where i.id = "${tabel}"."inburgeraar_id")`;
      this.addSql(`create policy "gemeente" on "${tabel}" for all to portaal_gemeente using (${persoon}) with check (${persoon});`);
      this.addSql(`create policy "aanbieder" on "${tabel}" for select to portaal_aanbieder
        using (exists (select 1 from "traject" t where t.inburgeraar_id = "${tabel}"."inburgeraar_id"));`);
    }
    for (const tabel of TABELLEN_MET_RIJBEVEILIGING) {
      this.addSql(`create policy "eigenaar_werk" on "${tabel}" for all to current_user using ((select portaal_eigenaar_werk())) with check ((select portaal_eigenaar_werk()));`);
      this.addSql(`create policy "principaal_vereist" on "${tabel}" as restrictive for all using ((select portaal_principaal_gezet())) with check ((select portaal_principaal_gezet()));`);
      this.addSql(`alter table "${tabel}" enable row level security, force row level security;`);
    }
  }
}
