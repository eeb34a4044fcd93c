import { Migration } from '@mikro-orm/migrations';

/** Organisations, accounts, inburgeraars, trajecten and versioned attendance: the foundation slice. */
export class Migration20261122000000Foundation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table "gemeente" (
  "id" uuid not null primary key,
  "naam" varchar(255) not null,
  "gemeentecode" varchar(4) not null constraint "gemeente_gemeentecode_unique" unique,
  constraint "gemeente_gemeentecode_check" check ("gemeentecode" ~ '^[0-9]{4}$')
);

create table "aanbieder" (
  "id" uuid not null primary key,
  "naam" varchar(255) not null,
  "kvk_nummer" varchar(8) not null constraint "aanbieder_kvk_nummer_unique" unique,
  constraint "aanbieder_kvk_nummer_check" check ("kvk_nummer" ~ '^[0-9]{8}$')
);

create table "contract" (
  "id" uuid not null primary key,
  "gemeente_id" uuid not null references "gemeente" ("id"),
  "aanbieder_id" uuid not null references "aanbieder" ("id"),
  "trajectsoorten" text[] not null,
  "ingangsdatum" date not null,
  "einddatum" date null,
  "datum_verwerkersovereenkomst" date not null,
  constraint "contract_trajectsoorten_check" check ("trajectsoorten" <@ array['B1_ROUTE', 'ONDERWIJSROUTE', 'Z_ROUTE', 'MAP', 'PVT']::text[] and cardinality("trajectsoorten") > 0),
  constraint "contract_periode_check" check ("einddatum" is null or "einddatum" >= "ingangsdatum"),
  constraint "contract_partijen_unique" unique ("id", "gemeente_id", "aanbieder_id")
);
create index "contract_aanbieder_idx" on "contract" ("aanbieder_id");
create index "contract_gemeente_idx" on "contract" ("gemeente_id");

create table "gebruiker" (
  "id" uuid not null primary key,
  "email" varchar(255) not null constraint "gebruiker_email_unique" unique,
  "naam" varchar(255) not null,
  "wachtwoord_hash" varchar(255) not null,
  "gemeente_id" uuid null references "gemeente" ("id"),
  "aanbieder_id" uuid null references "aanbieder" ("id"),
  "rollen" text[] not null,
  "actief" boolean not null default true,
  constraint "gebruiker_rollen_check" check ("rollen" <@ array['RAADPLEGEN', 'MUTEREN', 'BEHEER']::text[]),
  constraint "gebruiker_email_lower_check" check ("email" = lower("email")),
  -- A user works for exactly one organisation: a gemeente or an aanbieder.
  constraint "gebruiker_een_organisatie_check" check (num_nonnulls("gemeente_id", "aanbieder_id") = 1)
);

create table "sessie" (
  "token_hash" varchar(255) not null primary key,
  "gebruiker_id" uuid not null references "gebruiker" ("id") on delete cascade,
  "aangemaakt_op" timestamptz not null,
  "verloopt_op" timestamptz not null
);
create index "sessie_gebruiker_idx" on "sessie" ("gebruiker_id");
create index "sessie_verloopt_op_idx" on "sessie" ("verloopt_op");

create table "api_token" (
  "id" uuid not null primary key,
  "aanbieder_id" uuid not null references "aanbieder" ("id"),
  "naam" varchar(255) not null,
  "token_hash" varchar(255) not null constraint "api_token_token_hash_unique" unique,
  "rollen" text[] not null,
  "aangemaakt_door" uuid null references "gebruiker" ("id"),
  "aangemaakt_op" timestamptz not null,
  "ingetrokken_op" timestamptz null,
  constraint "api_token_rollen_check" check ("rollen" <@ array['RAADPLEGEN', 'MUTEREN']::text[])
);
create index "api_token_aanbieder_idx" on "api_token" ("aanbieder_id");

create table "inburgeraar" (
  "id" uuid not null primary key,
  "gemeente_id" uuid not null references "gemeente" ("id"),
  "bsn" varchar(9) not null constraint "inburgeraar_bsn_unique" unique,
  "voornamen" varchar(255) not null,
  "tussenvoegsel" varchar(255) null,
  "achternaam" varchar(255) not null,
  "geboortedatum" date not null,
  "email" varchar(255) null,
  "telefoon" varchar(255) null,
  constraint "inburgeraar_bsn_check" check ("bsn" ~ '^[0-9]{9}$'),
  constraint "inburgeraar_gemeente_unique" unique ("id", "gemeente_id")
);
create index "inburgeraar_gemeente_naam_idx" on "inburgeraar" ("gemeente_id", lower("achternaam"), lower("voornamen"), "id");

create table "traject" (
  "id" uuid not null primary key,
  "inburgeraar_id" uuid not null,
  "gemeente_id" uuid not null references "gemeente" ("id"),
  "aanbieder_id" uuid not null references "aanbieder" ("id"),
  "contract_id" uuid not null,
  "soort" text not null,
  "cursusnaam" varchar(255) null,
  "geplande_start" date not null,
  "geplande_einde" date not null,
  "geplande_uren" numeric(7,2) not null,
  "status" text not null default 'ACTIEF',
  constraint "traject_soort_check" check ("soort" in ('B1_ROUTE', 'ONDERWIJSROUTE', 'Z_ROUTE', 'MAP', 'PVT')),
  constraint "traject_status_check" check ("status" in ('ACTIEF', 'AFGEROND', 'INGETROKKEN')),
  constraint "traject_periode_check" check ("geplande_einde" >= "geplande_start"),
  constraint "traject_uren_check" check ("geplande_uren" >= 0),
  -- The person's gemeente and the contract's gemeente are the same gemeente, and the contract is the aanbieder's.
  constraint "traject_inburgeraar_fk" foreign key ("inburgeraar_id", "gemeente_id") references "inburgeraar" ("id", "gemeente_id"),
  constraint "traject_contract_fk" foreign key ("contract_id", "gemeente_id", "aanbieder_id") references "contract" ("id", "gemeente_id", "aanbieder_id")
);
create index "traject_inburgeraar_idx" on "traject" ("inburgeraar_id");
create index "traject_aanbieder_idx" on "traject" ("aanbieder_id", "status");
create index "traject_gemeente_idx" on "traject" ("gemeente_id");

create table "aanwezigheid" (
  "id" uuid not null primary key,
  "traject_id" uuid not null references "traject" ("id"),
  "periode_van" date not null,
  "periode_tot" date not null,
  "versie" int not null,
  "uren_ingeroosterd" numeric(6,2) not null,
  "uren_aanwezig" numeric(6,2) not null,
  "uren_geoorloofd_verzuim" numeric(6,2) not null,
  "reden_geoorloofd_verzuim" varchar(64) null,
  "uren_ongeoorloofd_verzuim" numeric(6,2) not null,
  "reden_ongeoorloofd_verzuim" varchar(64) null,
  "ingediend_door_gebruiker" uuid null references "gebruiker" ("id"),
  "ingediend_door_token" uuid null references "api_token" ("id"),
  "ingediend_op" timestamptz not null,
  "vervangen_op" timestamptz null,
  constraint "aanwezigheid_periode_check" check ("periode_tot" >= "periode_van"),
  constraint "aanwezigheid_uren_check" check (
    "uren_ingeroosterd" >= 0 and "uren_aanwezig" >= 0 and "uren_geoorloofd_verzuim" >= 0 and "uren_ongeoorloofd_verzuim" >= 0
    and "uren_aanwezig" + "uren_geoorloofd_verzuim" + "uren_ongeoorloofd_verzuim" <= "uren_ingeroosterd"),
  constraint "aanwezigheid_indiener_check" check (num_nonnulls("ingediend_door_gebruiker", "ingediend_door_token") = 1),
  constraint "aanwezigheid_versie_unique" unique ("traject_id", "periode_van", "versie")
);
-- Exactly one current version per (traject, period start): the idempotency key of a submission.
create unique index "aanwezigheid_actueel_unique" on "aanwezigheid" ("traject_id", "periode_van") where "vervangen_op" is null;
`);
  }
}
