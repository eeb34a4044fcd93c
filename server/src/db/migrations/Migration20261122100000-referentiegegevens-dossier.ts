import { Migration } from '@mikro-orm/migrations';

/**
 * The dossier as the referentiegegevensset describes it (domain.md §2–§3): identification, address,
 * doelgroep history, law regime, milestones; PIP as versioned decisions; extensions of the term;
 * trajecten of every soort with what the gemeente gives the aanbieder.
 */
export class Migration20261122100000ReferentiegegevensDossier extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table "inburgeraar"
  add column "geslacht" text not null default 'ONBEKEND' constraint "inburgeraar_geslacht_check" check ("geslacht" in ('MAN', 'VROUW', 'ONBEKEND')),
  add column "straat" varchar(255) null,
  add column "huisnummer" varchar(16) null,
  add column "postcode" varchar(6) null constraint "inburgeraar_postcode_check" check ("postcode" ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
  add column "woonplaats" varchar(255) null,
  add column "regime" text not null default 'WI2021' constraint "inburgeraar_regime_check" check ("regime" in ('WI2021', 'WI2013', 'WI2007')),
  add column "begindatum_inburgeringsplicht" date null,
  add column "datum_vestiging" date null,
  add column "lbt_resultaat" text null constraint "inburgeraar_lbt_check" check ("lbt_resultaat" in ('B1_ROUTE_HAALBAAR', 'B1_ROUTE_NIET_HAALBAAR', 'ONBEKEND')),
  add column "lbt_datum_afname" date null,
  add column "recht_maatschappelijke_begeleiding" boolean not null default false,
  add column "start_maatschappelijke_begeleiding" date null,
  add column "start_ontzorgen" date null,
  add column "einde_ontzorgen" date null,
  add column "opleidingsniveau" text not null default 'ONBEKEND' constraint "inburgeraar_opleidingsniveau_check" check ("opleidingsniveau" in ('GEEN', 'BASISONDERWIJS', 'VOORTGEZET_ONDERWIJS', 'MBO', 'HBO_WO', 'ONBEKEND')),
  add column "alfabetisering" text not null default 'NVT' constraint "inburgeraar_alfabetisering_check" check ("alfabetisering" in ('A', 'AA', 'NVT')),
  add column "status" text not null default 'ACTIEF' constraint "inburgeraar_status_check" check ("status" in ('ACTIEF', 'VERHUISD', 'PLICHT_BEEINDIGD', 'INGETROKKEN')),
  add constraint "inburgeraar_ontzorgen_check" check ("einde_ontzorgen" is null or "einde_ontzorgen" >= "start_ontzorgen");

create table "doelgroep_periode" (
  "id" uuid not null primary key,
  "inburgeraar_id" uuid not null references "inburgeraar" ("id"),
  "doelgroep" text not null constraint "doelgroep_periode_doelgroep_check" check ("doelgroep" in ('ASIELSTATUSHOUDER', 'GEZINSMIGRANT', 'OVERIGE_MIGRANT')),
  "begindatum" date not null,
  "einddatum" date null,
  constraint "doelgroep_periode_check" check ("einddatum" is null or "einddatum" >= "begindatum")
);
-- One current doelgroep per person.
create unique index "doelgroep_periode_actueel_unique" on "doelgroep_periode" ("inburgeraar_id") where "einddatum" is null;

create table "pip_versie" (
  "id" uuid not null primary key,
  "inburgeraar_id" uuid not null references "inburgeraar" ("id"),
  "gemeente_id" uuid not null references "gemeente" ("id"),
  "versie" int not null,
  "dagtekening_pip" date not null,
  "leerroute" text not null constraint "pip_versie_leerroute_check" check ("leerroute" in ('B', 'O', 'Z')),
  "niveau" text null constraint "pip_versie_niveau_check" check ("niveau" in ('A2', 'B1')),
  "geschatte_intensiteit_b1_route" int null constraint "pip_versie_intensiteit_check" check ("geschatte_intensiteit_b1_route" between 1 and 9999),
  "indicator_alfabetiseringsonderwijs" text not null default 'NVT' constraint "pip_versie_alfa_check" check ("indicator_alfabetiseringsonderwijs" in ('A', 'AA', 'NVT')),
  "datum_inburgeringsaanbod" date null,
  "reden_late_start" text null,
  "eenzijdig_vastgesteld" boolean not null default false,
  "wijzigingsreden" text null constraint "pip_versie_wijzigingsreden_check" check ("wijzigingsreden" in ('AFSCHALEN', 'OPSCHALEN', 'ROUTEWISSEL', 'INTENSITEIT', 'CORRECTIE')),
  "vastgesteld_door" uuid not null references "gebruiker" ("id"),
  "vastgesteld_op" timestamptz not null,
  constraint "pip_versie_unique" unique ("inburgeraar_id", "versie"),
  -- The first PIP has no reason for a change; every later version has one.
  constraint "pip_versie_reden_check" check (("versie" = 1) = ("wijzigingsreden" is null)),
  constraint "pip_versie_aanbod_check" check ("datum_inburgeringsaanbod" is null or "datum_inburgeringsaanbod" >= "dagtekening_pip")
);

create table "termijn_verlenging" (
  "id" uuid not null primary key,
  "inburgeraar_id" uuid not null references "inburgeraar" ("id"),
  "verlengingsgrondcode" varchar(16) not null,
  "verlengingsgrondomschrijving" varchar(255) not null,
  "nieuwe_einddatum" date not null,
  "wijzigingsdatum" date not null,
  "vastgesteld_door" uuid not null references "gebruiker" ("id"),
  "vastgesteld_op" timestamptz not null
);
create index "termijn_verlenging_inburgeraar_idx" on "termijn_verlenging" ("inburgeraar_id");

alter table "traject" drop constraint "traject_soort_check";
alter table "traject" add constraint "traject_soort_check"
  check ("soort" in ('B1_ROUTE', 'TAALSCHAKELTRAJECT', 'ONDERWIJSROUTE', 'Z_ROUTE', 'Z_ROUTE_PARTICIPATIE', 'MAP', 'PVT'));
alter table "contract" drop constraint "contract_trajectsoorten_check";
alter table "contract" add constraint "contract_trajectsoorten_check"
  check ("trajectsoorten" <@ array['B1_ROUTE', 'TAALSCHAKELTRAJECT', 'ONDERWIJSROUTE', 'Z_ROUTE', 'Z_ROUTE_PARTICIPATIE', 'MAP', 'PVT']::text[] and cardinality("trajectsoorten") > 0);
alter table "traject"
  add column "onderdelen" text[] not null default '{}',
  add column "uiterlijke_afrondingsdatum" date null,
  add column "tijdens_brede_intake" boolean not null default false,
  add column "toegewezen_door" uuid null references "gebruiker" ("id"),
  add column "toegewezen_op" timestamptz null,
  add constraint "traject_onderdelen_check" check ("onderdelen" <@ array['LEZEN', 'LUISTEREN', 'SCHRIJVEN', 'SPREKEN', 'KNM', 'ALFABETISERING', 'DEFICIENTIES', 'PARTICIPATIE', 'WORKSHOP_KERNWAARDEN']::text[]);
create index "pip_versie_inburgeraar_idx" on "pip_versie" ("inburgeraar_id", "versie");
`);
  }
}
