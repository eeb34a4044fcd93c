import { Migration } from '@mikro-orm/migrations';

/**
 * What nobody erases (issue 11, item 3). The access log (`inzage`) and the beheer log: the portal role may add and read
 * lines, nothing else; their row triggers (from their own migrations) refuse UPDATE and DELETE to the owner too, and
 * a statement trigger here refuses TRUNCATE, which fires no row trigger. The version tables of attendance, reports,
 * decisions and the PIP: the portal role cannot delete from them; a trigger lets an UPDATE through only when it marks
 * a current version replaced (vervangen_op from empty to a moment) or reopens a current report (heropend_op set
 * again, with heropend_door), and freezes a replaced version altogether. The PIP is never updated at all (its current
 * version is the highest). Being no owner and no superuser, the portal role cannot drop or disable these triggers,
 * nor skip them with session_replication_role. Retention (a later issue) deletes as the owner.
 */
export class Migration20261204300100AlleenToevoegen extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
revoke update, delete on "inzage", "beheer_log" from portaal_app;
create trigger "inzage_niet_legen" before truncate on "inzage" for each statement execute function inzage_alleen_toevoegen();
create trigger "beheer_log_niet_legen" before truncate on "beheer_log" for each statement execute function beheer_log_alleen_toevoegen();

revoke delete on "aanwezigheid", "rapportage", "besluit" from portaal_app;
revoke update, delete on "pip_versie" from portaal_app;

-- Arguments: the one moment column besides vervangen_op that may be set again but never cleared, then the columns
-- that go with it. Everything else of a version, once written, stays as it was.
create function versie_alleen_vervangen() returns trigger language plpgsql as $$
declare
  vrij text[] := array['vervangen_op'] || coalesce(tg_argv::text[], '{}');
  oud jsonb;
  nieuw jsonb;
begin
  if tg_op = 'TRUNCATE' then
    raise exception '% keeps its history: it is never emptied', tg_table_name;
  end if;
  if tg_op <> 'UPDATE' then
    raise exception '% keeps its history: only an update is checked here, not %', tg_table_name, tg_op;
  end if;
  if old.vervangen_op is not null then
    raise exception '% keeps its history: version % was replaced at % and never changes again', tg_table_name, old.id, old.vervangen_op;
  end if;
  oud := to_jsonb(old);
  nieuw := to_jsonb(new);
  if (nieuw - vrij) is distinct from (oud - vrij) then
    raise exception '% keeps its history: of a current version only % may change', tg_table_name, array_to_string(vrij, ', ');
  end if;
  if tg_nargs > 0 and oud ->> tg_argv[0] is not null and nieuw ->> tg_argv[0] is null then
    raise exception '% keeps its history: % is never cleared', tg_table_name, tg_argv[0];
  end if;
  return new;
end $$;

create trigger "aanwezigheid_alleen_vervangen" before update on "aanwezigheid" for each row execute function versie_alleen_vervangen();
create trigger "besluit_alleen_vervangen" before update on "besluit" for each row execute function versie_alleen_vervangen();
create trigger "rapportage_alleen_vervangen" before update on "rapportage" for each row execute function versie_alleen_vervangen('heropend_op', 'heropend_door');

create function pip_versie_alleen_toevoegen() returns trigger language plpgsql as $$
begin
  raise exception 'pip_versie keeps its history: a changed PIP is a new version, never an update';
end $$;
create trigger "pip_versie_alleen_toevoegen" before update on "pip_versie" for each row execute function pip_versie_alleen_toevoegen();
create trigger "aanwezigheid_niet_legen" before truncate on "aanwezigheid" for each statement execute function versie_alleen_vervangen();
create trigger "besluit_niet_legen" before truncate on "besluit" for each statement execute function versie_alleen_vervangen();
create trigger "rapportage_niet_legen" before truncate on "rapportage" for each statement execute function versie_alleen_vervangen();
create trigger "pip_versie_niet_legen" before truncate on "pip_versie" for each statement execute function pip_versie_alleen_toevoegen();
`);
  }
}
