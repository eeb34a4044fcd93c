import { Migration } from '@mikro-orm/migrations';

/** Versioned reports of aanbieders: voortgang, results of every soort, MAP and PVT (domain.md §5). */
export class Migration20261122110000Rapportages extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table "rapportage" (
  "id" uuid not null primary key,
  "traject_id" uuid not null references "traject" ("id"),
  "soort" text not null constraint "rapportage_soort_check"
    check ("soort" in ('VOORTGANG', 'TAALSCHAKEL_RESULTAAT', 'EXAMENRESULTAAT', 'Z_ROUTE_RESULTAAT', 'MAP_RESULTAAT', 'PVT_RESULTAAT')),
  "sleutel" varchar(64) not null,
  "versie" int not null constraint "rapportage_versie_check" check ("versie" >= 1),
  "gegevens" jsonb not null,
  "ingediend_op" timestamptz not null,
  "ingediend_door_gebruiker" uuid null references "gebruiker" ("id"),
  "ingediend_door_token" uuid null references "api_token" ("id"),
  "vervangen_op" timestamptz null,
  "heropend_op" timestamptz null,
  "heropend_door" uuid null references "gebruiker" ("id"),
  constraint "rapportage_indiener_check" check (num_nonnulls("ingediend_door_gebruiker", "ingediend_door_token") = 1),
  constraint "rapportage_versie_unique" unique ("traject_id", "soort", "sleutel", "versie")
);
-- One current version per (traject, soort, sleutel).
create unique index "rapportage_actueel_unique" on "rapportage" ("traject_id", "soort", "sleutel") where "vervangen_op" is null;
create index "rapportage_traject_idx" on "rapportage" ("traject_id", "soort");
`);
  }
}
