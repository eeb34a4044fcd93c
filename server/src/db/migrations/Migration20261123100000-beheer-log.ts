import { Migration } from '@mikro-orm/migrations';

/**
 * Who changed users, roles and contracts, and how (an auditor must be able to trace it). Append-only like
 * `inzage`; kept apart from it because `inzage` is about personal data of inburgeraars, this about the
 * organisation's own administration.
 */
export class Migration20261123100000BeheerLog extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table "beheer_log" (
  "id" uuid primary key,
  "tijdstip" timestamptz not null default now(),
  "organisatie_soort" text not null constraint "beheer_log_soort_check" check ("organisatie_soort" in ('gemeente', 'aanbieder')),
  "organisatie_id" uuid not null,
  "door_gebruiker_id" uuid not null references "gebruiker" ("id"),
  "actie" text not null,
  "onderwerp_id" uuid not null,
  "details" jsonb not null default '{}'
);
create index "beheer_log_organisatie_idx" on "beheer_log" ("organisatie_id", "tijdstip");
create index "beheer_log_onderwerp_idx" on "beheer_log" ("onderwerp_id");
create function beheer_log_alleen_toevoegen() returns trigger language plpgsql as $$
begin
  raise exception 'beheer_log is append-only';
end $$;
create trigger "beheer_log_alleen_toevoegen" before update or delete on "beheer_log" for each row execute function beheer_log_alleen_toevoegen();
`);
  }
}
