import { Migration } from '@mikro-orm/migrations';

/** The gemeente's decisions on MAP, PVT and Z-route completion, versioned, as DUO's MAP-PVT-Zroute API takes them. */
export class Migration20261122120000Besluiten extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table "besluit" (
  "id" uuid not null primary key,
  "inburgeraar_id" uuid not null references "inburgeraar" ("id"),
  "gemeente_id" uuid not null references "gemeente" ("id"),
  "soort" text not null constraint "besluit_soort_check" check ("soort" in ('MAP', 'PVT', 'Z_ROUTE')),
  "versie" int not null,
  "datum" date null,
  "verwijtbaar" text null constraint "besluit_verwijtbaar_check" check ("verwijtbaar" in ('JA', 'NEE')),
  "traject_id" uuid null references "traject" ("id"),
  "genomen_door" uuid not null references "gebruiker" ("id"),
  "genomen_op" timestamptz not null,
  "vervangen_op" timestamptz null,
  constraint "besluit_versie_unique" unique ("inburgeraar_id", "soort", "versie"),
  constraint "besluit_z_route_check" check ("soort" <> 'Z_ROUTE' or "verwijtbaar" is null)
);
create unique index "besluit_actueel_unique" on "besluit" ("inburgeraar_id", "soort") where "vervangen_op" is null;
`);
  }
}
