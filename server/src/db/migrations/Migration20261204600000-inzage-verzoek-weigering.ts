import { Migration } from '@mikro-orm/migrations';

/**
 * The access log says more (issue 11 item 4): the HTTP request each line came from, refused attempts, and to which
 * aanbieder a disclosure went. Columns only: the table stays insert-only, its existing lines keep their meaning
 * (allowed, no request id).
 */
export class Migration20261204600000InzageVerzoekWeigering extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table "inzage"
  -- The X-Request-Id of the HTTP request, so a line can be matched with the request that caused it; null for work without one.
  add column "verzoek_id" uuid null,
  -- Null: the access happened. Otherwise the domain code it was refused with (DOSSIER_ONBEKEND, ROL_ONTBREEKT, INLOG_ONJUIST, …).
  add column "geweigerd" text null,
  -- The GraphQL field or route of a refused attempt: what was tried.
  add column "operatie" text null,
  -- The ids a refused attempt asked for, as given (another tenant's id too): never shown to the caller.
  add column "gevraagd" text[] null,
  -- The address typed at a refused login (the account may not exist).
  add column "inlognaam" text null,
  -- A disclosure (GEGEVENS_VERSTREKT): the aanbieder the person's data went to.
  add column "ontvanger_aanbieder_id" uuid null references "aanbieder" ("id");

-- A refused login may have no account, so no organisation and nobody; an access that happened always has both.
alter table "inzage" alter column "organisatie_soort" drop not null, alter column "organisatie_id" drop not null;
alter table "inzage" drop constraint "inzage_wie_check";
alter table "inzage" add constraint "inzage_wie_check" check (
  num_nonnulls("gebruiker_id", "api_token_id") = 1
  or ("geweigerd" is not null and num_nonnulls("gebruiker_id", "api_token_id") = 0));
alter table "inzage" add constraint "inzage_organisatie_check" check (
  num_nonnulls("organisatie_soort", "organisatie_id") = 2
  or ("geweigerd" is not null and num_nonnulls("organisatie_soort", "organisatie_id") = 0));
alter table "inzage" add constraint "inzage_verstrekt_check" check (("actie" = 'GEGEVENS_VERSTREKT') = ("ontvanger_aanbieder_id" is not null));
create index "inzage_verzoek_idx" on "inzage" ("verzoek_id") where "verzoek_id" is not null;
create index "inzage_geweigerd_idx" on "inzage" ("tijdstip") where "geweigerd" is not null;
-- A person's log shows refused attempts at their id too (inzagesVan), also by another organisation.
create index "inzage_gevraagd_idx" on "inzage" using gin ("gevraagd") where "gevraagd" is not null;
`);
  }
}
