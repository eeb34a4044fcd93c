import { Migration } from '@mikro-orm/migrations';

/**
 * An uploaded attendance file (CSV or XLSX as the school sent it) and the result of each of its lines. The file is
 * kept so the jobs that check and save it can run anywhere, after a restart too; it is the aanbieder's own, read
 * only through its aanbieder_id. A line's result holds what the line said (trajectId, dates, hours), never a name.
 */
export class Migration20261203130100AanwezigheidUpload extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "aanwezigheid_upload" (
      "id" uuid not null primary key,
      "aanbieder_id" uuid not null references "aanbieder" ("id"),
      "ingediend_door_gebruiker" uuid null references "gebruiker" ("id"),
      "ingediend_door_token" uuid null references "api_token" ("id"),
      "bestandsnaam" varchar(255) not null,
      "bestand" bytea not null,
      "grootte" int not null,
      "status" text not null constraint "aanwezigheid_upload_status_check"
        check ("status" in ('ONTVANGEN', 'CONTROLEREN', 'GECONTROLEERD', 'OPSLAAN', 'OPGESLAGEN', 'ONLEESBAAR', 'INGETROKKEN')),
      "melding" text null,
      "totaal" int not null default 0,
      "verwerkt" int not null default 0,
      "in_orde" int not null default 0,
      "met_fouten" int not null default 0,
      "overgeslagen" int not null default 0,
      "correcties" int not null default 0,
      "opgeslagen" int not null default 0,
      "ontvangen_op" timestamptz not null,
      "bijgewerkt_op" timestamptz not null,
      constraint "aanwezigheid_upload_door_check" check (("ingediend_door_gebruiker" is null) <> ("ingediend_door_token" is null))
    );`);
    this.addSql(`create index "aanwezigheid_upload_aanbieder_idx" on "aanwezigheid_upload" ("aanbieder_id", "ontvangen_op" desc);`);

    this.addSql(`create table "aanwezigheid_upload_rij" (
      "upload_id" uuid not null references "aanwezigheid_upload" ("id") on delete cascade,
      "regel" int not null,
      "invoer" jsonb null,
      "resultaat" text null constraint "aanwezigheid_upload_rij_resultaat_check" check ("resultaat" in ('NIEUW', 'ONGEWIJZIGD', 'GECORRIGEERD', 'OVERGESLAGEN')),
      "vorige" jsonb null,
      "fouten" jsonb not null default '[]',
      primary key ("upload_id", "regel")
    );`);
  }
}
