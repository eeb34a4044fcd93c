import { Migration } from '@mikro-orm/migrations';

/** Who saw or changed which person's data, and when (002: access must be traceable). Append-only. */
export class Migration20261122130000InzageLog extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table "inzage" (
  "id" bigint generated always as identity primary key,
  "tijdstip" timestamptz not null default now(),
  "organisatie_soort" text not null constraint "inzage_soort_check" check ("organisatie_soort" in ('gemeente', 'aanbieder')),
  "organisatie_id" uuid not null,
  "gebruiker_id" uuid null references "gebruiker" ("id"),
  "api_token_id" uuid null references "api_token" ("id"),
  "actie" text not null,
  "inburgeraar_ids" uuid[] not null,
  constraint "inzage_wie_check" check (num_nonnulls("gebruiker_id", "api_token_id") = 1)
);
create index "inzage_inburgeraar_idx" on "inzage" using gin ("inburgeraar_ids");
create index "inzage_tijdstip_idx" on "inzage" ("tijdstip");
-- The log is evidence: the application may add to it, never change or remove a line.
create function inzage_alleen_toevoegen() returns trigger language plpgsql as $$
begin
  raise exception 'inzage is append-only';
end $$;
create trigger "inzage_alleen_toevoegen" before update or delete on "inzage" for each row execute function inzage_alleen_toevoegen();
`);
  }
}
