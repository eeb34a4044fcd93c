import { Migration } from '@mikro-orm/migrations';

/**
 * Reads at regional scale (100k dossiers, millions of attendance rows): indexes that serve the lists' order and
 * filters, an accent-insensitive trigram name search, and the last reported day per traject kept by a trigger so
 * "what is due" needs no aggregate over attendance.
 */
export class Migration20261203110000LezenOpRegioschaal extends Migration {
  override async up(): Promise<void> {
    // The lists order by achternaam, voornamen, id (the default collation): an index on lower(...) served no order.
    this.addSql(`drop index "inburgeraar_gemeente_naam_idx";
create index "inburgeraar_gemeente_naam_idx" on "inburgeraar" ("gemeente_id", "achternaam", "voornamen", "id");
create index "inburgeraar_naam_idx" on "inburgeraar" ("achternaam", "voornamen", "id");`);

    // unaccent() is only STABLE (it finds its dictionary by search_path); naming the dictionary makes it fixed, so
    // it may feed a generated column. Lower after unaccent, so 'Ç' becomes 'c' whatever the database's locale.
    this.addSql(`create extension if not exists "pg_trgm";
create extension if not exists "unaccent";
create function "portal_zoektekst"(tekst text) returns text language sql immutable parallel safe strict
  return lower(unaccent('unaccent'::regdictionary, tekst));
alter table "inburgeraar" add column "zoeknaam" text generated always as
  (portal_zoektekst("voornamen" || ' ' || coalesce("tussenvoegsel" || ' ', '') || "achternaam")) stored;
create index "inburgeraar_zoeknaam_trgm_idx" on "inburgeraar" using gin ("zoeknaam" gin_trgm_ops);`);

    // The dossier page reads a person's whole doelgroep history; only the current period had an index.
    this.addSql(`create index "doelgroep_periode_inburgeraar_idx" on "doelgroep_periode" ("inburgeraar_id", "begindatum");`);

    // The last day covered by current attendance, per traject: set-based, once per statement, on every write path.
    this.addSql(`alter table "traject" add column "gemeld_tot" date null;
update "traject" t set "gemeld_tot" = a.tot
  from (select traject_id, max(periode_tot) as tot from "aanwezigheid" where vervangen_op is null group by traject_id) a
 where a.traject_id = t.id;
create function "traject_gemeld_tot_bijwerken"() returns trigger language plpgsql as $$
begin
  update "traject" t set "gemeld_tot" = (select max(a.periode_tot) from "aanwezigheid" a where a.traject_id = t.id and a.vervangen_op is null)
   where t.id in (select distinct traject_id from gewijzigd);
  return null;
end $$;
create trigger "aanwezigheid_gemeld_tot_insert" after insert on "aanwezigheid"
  referencing new table as gewijzigd for each statement execute function traject_gemeld_tot_bijwerken();
create trigger "aanwezigheid_gemeld_tot_update" after update on "aanwezigheid"
  referencing new table as gewijzigd for each statement execute function traject_gemeld_tot_bijwerken();
create trigger "aanwezigheid_gemeld_tot_delete" after delete on "aanwezigheid"
  referencing old table as gewijzigd for each statement execute function traject_gemeld_tot_bijwerken();`);
  }
}
