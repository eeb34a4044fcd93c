import { Migration } from '@mikro-orm/migrations';

/** The staff's own data (accounts, sessions, tokens, the beheer log): row-level security like the people's. */
export const MEDEWERKERTABELLEN = ['gebruiker', 'sessie', 'api_token', 'beheer_log'] as const;

/**
 * Row-level security on the staff's data (issue 11 item 2), after the people's (Migration20261205100000). The same
 * principals, plus two kinds of work without a user, both in `auth`:
 * - `portaal.systeem = 'aanmelden'`: before anyone is known. A login reads the account by its address, writes its
 *   session and its login times; each request finds its session or token. The lookups run as one statement each
 *   through `aanmelden_sessie()` / `aanmelden_token()`, which set the principal for themselves, so a request still
 *   costs one round trip for who it is;
 * - `portaal.systeem = 'opruimen'`: the scheduled job that removes expired sessions.
 * Per kind, TO its own role as in Migration20261205100000. A gemeente or aanbieder sees and manages the accounts,
 * sessions and tokens of its own organisation, and its own lines
 * of the beheer log. A gemeente also reads the accounts and tokens of the aanbieders it has a contract with: their
 * names appear in the access log of its people ("who read this").
 *
 * The login throttle's table (`inlog_drempel`) keeps only SHA-256 hashes of addresses (inlog-drempel.ts): no personal
 * data in clear, and rate-limiter-flexible writes it with statements of its own, so it has no policies.
 */
export class Migration20261205110000RijBeveiligingMedewerkers extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create policy "gemeente" on "gebruiker" for all to portaal_gemeente
  using ("gemeente_id" = (select portaal_gemeente())) with check ("gemeente_id" = (select portaal_gemeente()));
create policy "aanbieder" on "gebruiker" for all to portaal_aanbieder
  using ("aanbieder_id" = (select portaal_aanbieder())) with check ("aanbieder_id" = (select portaal_aanbieder()));
create policy "gemeente_leest_aanbieders" on "gebruiker" for select to portaal_gemeente
  using ("aanbieder_id" in (select c.aanbieder_id from "contract" c where c.gemeente_id = (select portaal_gemeente())));
create policy "aanmelden" on "gebruiker" for select using ((select portaal_systeem()) = 'aanmelden');
create policy "aanmelden_bijwerken" on "gebruiker" for update using ((select portaal_systeem()) = 'aanmelden');

create policy "gemeente" on "sessie" for all to portaal_gemeente
  using (exists (select 1 from "gebruiker" g where g.id = "sessie"."gebruiker_id" and g.gemeente_id = (select portaal_gemeente())));
create policy "aanbieder" on "sessie" for all to portaal_aanbieder
  using (exists (select 1 from "gebruiker" g where g.id = "sessie"."gebruiker_id" and g.aanbieder_id = (select portaal_aanbieder())));
create policy "aanmelden" on "sessie" for all
  using ((select portaal_systeem()) = 'aanmelden') with check ((select portaal_systeem()) = 'aanmelden');
create policy "opruimen" on "sessie" for select using ((select portaal_systeem()) = 'opruimen');
create policy "opruimen_verwijderen" on "sessie" for delete using ((select portaal_systeem()) = 'opruimen');

create policy "aanbieder" on "api_token" for all to portaal_aanbieder
  using ("aanbieder_id" = (select portaal_aanbieder())) with check ("aanbieder_id" = (select portaal_aanbieder()));
create policy "gemeente_leest_aanbieders" on "api_token" for select to portaal_gemeente
  using ("aanbieder_id" in (select c.aanbieder_id from "contract" c where c.gemeente_id = (select portaal_gemeente())));
create policy "aanmelden" on "api_token" for select using ((select portaal_systeem()) = 'aanmelden');

create policy "gemeente" on "beheer_log" for all to portaal_gemeente
  using ("organisatie_soort" = 'gemeente' and "organisatie_id" = (select portaal_gemeente()))
  with check ("organisatie_soort" = 'gemeente' and "organisatie_id" = (select portaal_gemeente()));
create policy "aanbieder" on "beheer_log" for all to portaal_aanbieder
  using ("organisatie_soort" = 'aanbieder' and "organisatie_id" = (select portaal_aanbieder()))
  with check ("organisatie_soort" = 'aanbieder' and "organisatie_id" = (select portaal_aanbieder()));

-- Who a session belongs to, as one statement: the principal 'aanmelden' for this statement only (set back after).
create function aanmelden_sessie(p_token_hash text, p_schrijfgrens timestamptz, p_nu timestamptz, p_idlegrens timestamptz)
returns table (gebruiker_id uuid, naam text, rollen text[], wachtwoord_wijzigen boolean, gemeente_id uuid, gemeente_naam text,
               aanbieder_id uuid, aanbieder_naam text, bijwerken boolean)
language plpgsql volatile set search_path = pg_catalog, public as $$
#variable_conflict use_column
declare
  v_vorig text := coalesce(current_setting('portaal.systeem', true), '');
begin
  perform set_config('portaal.systeem', 'aanmelden', true);
  return query
    select g.id, g.naam::text, g.rollen, g.wachtwoord_wijzigen, gm.id, gm.naam::text, a.id, a.naam::text,
           s.laatste_activiteit_op < p_schrijfgrens
      from sessie s
      join gebruiker g on g.id = s.gebruiker_id and g.actief
      left join gemeente gm on gm.id = g.gemeente_id
      left join aanbieder a on a.id = g.aanbieder_id
     where s.token_hash = p_token_hash and s.verloopt_op > p_nu and s.laatste_activiteit_op > p_idlegrens;
  perform set_config('portaal.systeem', v_vorig, true);
end $$;

-- Which system an API token belongs to, likewise.
create function aanmelden_token(p_token_hash text)
returns table (id uuid, naam text, rollen text[], aanbieder_id uuid, aanbieder_naam text)
language plpgsql volatile set search_path = pg_catalog, public as $$
#variable_conflict use_column
declare
  v_vorig text := coalesce(current_setting('portaal.systeem', true), '');
begin
  perform set_config('portaal.systeem', 'aanmelden', true);
  return query
    select t.id, t.naam::text, t.rollen, a.id, a.naam::text
      from api_token t join aanbieder a on a.id = t.aanbieder_id
     where t.token_hash = p_token_hash and t.ingetrokken_op is null;
  perform set_config('portaal.systeem', v_vorig, true);
end $$;
`);
    for (const tabel of MEDEWERKERTABELLEN) {
      this.addSql(`create policy "eigenaar_werk" on "${tabel}" for all to current_user using ((select portaal_eigenaar_werk())) with check ((select portaal_eigenaar_werk()));`);
      this.addSql(`create policy "principaal_vereist" on "${tabel}" as restrictive for all using ((select portaal_principaal_gezet())) with check ((select portaal_principaal_gezet()));`);
      this.addSql(`alter table "${tabel}" enable row level security, force row level security;`);
    }
  }
}
