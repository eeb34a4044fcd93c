import { Migration } from '@mikro-orm/migrations';

/**
 * Retention (Besluit inburgering art. 9.9, issue 11 item 7) as ONE owner function, `retentie_toepassen(vandaag, proef)`:
 * SECURITY DEFINER with a fixed search_path, so the portal role, which may not delete, runs it with EXECUTE only. It
 * takes nothing but a day (never later than today in the Netherlands, so no caller can make data expire early) and
 * deletes only what has expired on it:
 * - of each dossier whose `verwijderen_vanaf` has come: everything but the 50-year fields (BSN, names, address,
 *   woonplaats, date of birth, the end of the obligation with its reason and date — vrijstelling, ontheffing, or met —
 *   the date of death, and the current decisions that say a MAP, PVT or Z-route was met and when); so contact details,
 *   the other dossier fields, doelgroepen, PIP versions and term extensions, trajecten with their attendance and
 *   reports, other decisions, attendance batch answers, uploads naming the trajecten and job payloads naming any of it;
 * - access log lines (`inzage`) five years after the day they were written: the log's own term (README "Retention").
 * With `proef` it does all of that in a subtransaction it then rolls back, so a dry run counts exactly what a run
 * deletes. Either way it leaves one line in the beheer log (organisatie_soort 'systeem': no user, no organisation).
 * The append-only triggers let a delete through only inside it: `retentie_bezig(table)` is true when the function's
 * own setting `portaal.retentie` is on (set by it, transaction-local, and off again before it returns) and the current
 * user owns the table, which a role that sets the flag itself is not.
 */
export class Migration20261204500100Retentie extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
-- A run has no user and no organisation; everything else in the beheer log still has both.
alter table "beheer_log" alter column "organisatie_id" drop not null, alter column "door_gebruiker_id" drop not null;
alter table "beheer_log" drop constraint "beheer_log_soort_check",
  add constraint "beheer_log_soort_check" check ("organisatie_soort" in ('gemeente', 'aanbieder', 'systeem')),
  add constraint "beheer_log_systeem_check" check (
    ("organisatie_soort" = 'systeem') = ("organisatie_id" is null) and ("organisatie_soort" = 'systeem') = ("door_gebruiker_id" is null));

create function retentie_bezig(tabel regclass) returns boolean language sql stable set search_path = pg_catalog as $$
  select coalesce(current_setting('portaal.retentie', true), '') = 'aan'
     and exists (select 1 from pg_class c join pg_roles r on r.oid = c.relowner where c.oid = tabel and r.rolname = current_user);
$$;

-- The access log stays append-only (TRUNCATE too, where a statement trigger uses this function), except for retention.
create or replace function inzage_alleen_toevoegen() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' and retentie_bezig(tg_relid) then
    return old;
  end if;
  raise exception 'inzage is append-only';
end $$;

create function retentie_toepassen(p_vandaag date, p_proef boolean)
returns table (dossier_id uuid, tabel text, aantal bigint)
language plpgsql security definer
set search_path = pg_catalog, public, pg_temp
as $$
#variable_conflict use_column
declare
  v_ids uuid[];
  v_trajecten uuid[];
  v_uploads uuid[];
  v_namen text[];
  v_uit jsonb := '[]';
  v_deel jsonb;
  v_bewaard jsonb;
  v_n bigint;
  v_jobtabel text;
begin
  if p_vandaag is null or p_proef is null then
    raise exception 'retentie_toepassen(vandaag, proef) takes a day and whether it is a dry run';
  end if;
  if p_vandaag > (now() at time zone 'Europe/Amsterdam')::date then
    raise exception 'retentie_toepassen: % lies after today; nothing expires ahead of time', p_vandaag using errcode = '22008';
  end if;
  -- Transaction-local and switched off again before returning (an error aborts the transaction or the caller's
  -- savepoint, which undoes it too). Not a SET clause: only a superuser may attach a custom setting to a function.
  perform set_config('portaal.retentie', 'aan', true);

  begin
    select coalesce(array_agg(i.id order by i.id), '{}') into v_ids
      from inburgeraar i where i.verwijderen_vanaf <= p_vandaag;
    perform 1 from inburgeraar i where i.id = any(v_ids) order by i.id for update;
    select coalesce(array_agg(t.id), '{}') into v_trajecten from traject t where t.inburgeraar_id = any(v_ids);

    if cardinality(v_ids) > 0 then
      -- An upload is one file of many lines: one that names an expired person's traject (by id, or by the school's
      -- reference at that school) goes whole, with its lines. By then it is years old and long saved.
      select coalesce(array_agg(distinct r.upload_id), '{}') into v_uploads
        from aanwezigheid_upload_rij r join aanwezigheid_upload u on u.id = r.upload_id
       where u.aanbieder_id in (select t.aanbieder_id from traject t where t.id = any(v_trajecten))
         and r.invoer is not null
         and (lower(r.invoer ->> 'trajectId') = any(v_trajecten::text[])
              or exists (select 1 from traject t where t.id = any(v_trajecten) and t.aanbieder_id = u.aanbieder_id
                            and t.aanbieder_referentie is not null and t.aanbieder_referentie = r.invoer ->> 'aanbiederReferentie'));

      with weg as (delete from aanwezigheid a where a.traject_id = any(v_trajecten) returning a.traject_id)
      select coalesce(jsonb_agg(jsonb_build_object('dossier', s.d, 'tabel', 'aanwezigheid', 'aantal', s.n)), '[]') into v_deel
        from (select t.inburgeraar_id as d, count(*) as n from weg join traject t on t.id = weg.traject_id group by 1) s;
      v_uit := v_uit || v_deel;

      with weg as (delete from rapportage r where r.traject_id = any(v_trajecten) returning r.traject_id)
      select coalesce(jsonb_agg(jsonb_build_object('dossier', s.d, 'tabel', 'rapportage', 'aantal', s.n)), '[]') into v_deel
        from (select t.inburgeraar_id as d, count(*) as n from weg join traject t on t.id = weg.traject_id group by 1) s;
      v_uit := v_uit || v_deel;

      -- Kept: the current decision that a MAP, PVT or Z-route was met, and when (the date and way the obligation was met).
      with weg as (delete from besluit b where b.inburgeraar_id = any(v_ids) and not (b.vervangen_op is null and b.datum is not null)
                   returning b.inburgeraar_id)
      select coalesce(jsonb_agg(jsonb_build_object('dossier', s.d, 'tabel', 'besluit', 'aantal', s.n)), '[]') into v_deel
        from (select inburgeraar_id as d, count(*) as n from weg group by 1) s;
      v_uit := v_uit || v_deel;
      -- A kept decision loses the link to its traject, which goes. A version is never updated (its trigger refuses that
      -- to the owner too), so it is written again, same id and content, without the link.
      select coalesce(jsonb_agg(to_jsonb(b) || '{"traject_id": null}'), '[]') into v_bewaard
        from besluit b where b.inburgeraar_id = any(v_ids) and b.traject_id is not null;
      delete from besluit b where b.inburgeraar_id = any(v_ids) and b.traject_id is not null;
      insert into besluit select * from jsonb_populate_recordset(null::besluit, v_bewaard);

      foreach v_jobtabel in array array['doelgroep_periode', 'pip_versie', 'termijn_verlenging'] loop
        execute format('with weg as (delete from %I x where x.inburgeraar_id = any($1) returning x.inburgeraar_id)
          select coalesce(jsonb_agg(jsonb_build_object(''dossier'', s.d, ''tabel'', %L, ''aantal'', s.n)), ''[]'')
            from (select inburgeraar_id as d, count(*) as n from weg group by 1) s', v_jobtabel, v_jobtabel)
          into v_deel using v_ids;
        v_uit := v_uit || v_deel;
      end loop;

      -- The stored answers of attendance batches (idempotency keys, RijResultaat[] of aanwezigheid-reeks.ts) that name
      -- one of the trajecten: shared by the batch's people, so counted for all dossiers together (dossier_id null).
      with weg as (delete from aanwezigheid_reeks r
                    where r.aanbieder_id in (select t.aanbieder_id from traject t where t.id = any(v_trajecten))
                      and exists (select 1 from jsonb_array_elements(r.antwoord) e
                                   where e #>> '{registratie,aanwezigheid,trajectId}' = any(v_trajecten::text[])) returning 1)
      select count(*) into v_n from weg;
      if v_n > 0 then v_uit := v_uit || jsonb_build_array(jsonb_build_object('dossier', null, 'tabel', 'aanwezigheid_reeks', 'aantal', v_n)); end if;

      -- Job payloads are ids only (jobs/queue.ts): a job naming a person, a traject or an upload that goes, goes too.
      v_namen := v_ids::text[] || v_trajecten::text[] || v_uploads::text[];
      for v_jobtabel in select distinct q.table_name from pgboss.queue q loop
        execute format('with weg as (delete from pgboss.%I j where jsonb_typeof(j.data) = ''object''
            and exists (select 1 from jsonb_each_text(j.data) e where lower(e.value) = any($1)) returning 1) select count(*) from weg', v_jobtabel)
          into v_n using v_namen;
        if v_n > 0 then v_uit := v_uit || jsonb_build_array(jsonb_build_object('dossier', null, 'tabel', 'pgboss.' || v_jobtabel, 'aantal', v_n)); end if;
      end loop;

      with weg as (delete from aanwezigheid_upload u where u.id = any(v_uploads) returning 1)
      select count(*) into v_n from weg;
      if v_n > 0 then v_uit := v_uit || jsonb_build_array(jsonb_build_object('dossier', null, 'tabel', 'aanwezigheid_upload', 'aantal', v_n)); end if;

      with weg as (delete from traject t where t.id = any(v_trajecten) returning t.inburgeraar_id)
      select coalesce(jsonb_agg(jsonb_build_object('dossier', s.d, 'tabel', 'traject', 'aantal', s.n)), '[]') into v_deel
        from (select inburgeraar_id as d, count(*) as n from weg group by 1) s;
      v_uit := v_uit || v_deel;

      -- The dossier row keeps its 50-year fields (and status, regime and gemeente, which say whose and under which
      -- law); the rest goes to empty or its default, and retentie_toegepast_op says those defaults mean "erased".
      with weg as (
        update inburgeraar i set email = null, telefoon = null, geslacht = 'ONBEKEND', begindatum_inburgeringsplicht = null,
               datum_vestiging = null, lbt_resultaat = null, lbt_datum_afname = null, recht_maatschappelijke_begeleiding = false,
               start_maatschappelijke_begeleiding = null, start_ontzorgen = null, einde_ontzorgen = null,
               opleidingsniveau = 'ONBEKEND', alfabetisering = 'NVT', retentie_toegepast_op = p_vandaag
         where i.id = any(v_ids)
           and (i.retentie_toegepast_op is null
                or row(i.email, i.telefoon, i.geslacht, i.begindatum_inburgeringsplicht, i.datum_vestiging, i.lbt_resultaat, i.lbt_datum_afname,
                       i.recht_maatschappelijke_begeleiding, i.start_maatschappelijke_begeleiding, i.start_ontzorgen, i.einde_ontzorgen,
                       i.opleidingsniveau, i.alfabetisering)
                   is distinct from row(null::varchar, null::varchar, 'ONBEKEND'::text, null::date, null::date, null::text, null::date,
                       false, null::date, null::date, null::date, 'ONBEKEND'::text, 'NVT'::text))
        returning i.id)
      select coalesce(jsonb_agg(jsonb_build_object('dossier', weg.id, 'tabel', 'inburgeraar', 'aantal', 1)), '[]') into v_deel from weg;
      v_uit := v_uit || v_deel;
    end if;

    -- The access log's own term: a line written on day D goes on D + 5 years (Amsterdam days), whoever it names.
    with weg as (delete from inzage z
                  where z.tijdstip < (((p_vandaag - interval '5 years')::date + 1)::timestamp at time zone 'Europe/Amsterdam') returning 1)
    select count(*) into v_n from weg;
    if v_n > 0 then v_uit := v_uit || jsonb_build_array(jsonb_build_object('dossier', null, 'tabel', 'inzage', 'aantal', v_n)); end if;

    if p_proef then
      raise exception 'dry run' using errcode = 'PR001';
    end if;
  exception when sqlstate 'PR001' then
    -- The dry run: every delete above is undone, the counts stay.
    null;
  end;

  insert into beheer_log (id, tijdstip, organisatie_soort, organisatie_id, door_gebruiker_id, actie, onderwerp_id, details)
  select gen_random_uuid(), now(), 'systeem', null, null, case when p_proef then 'RETENTIE_PROEF' else 'RETENTIE_TOEGEPAST' end, gen_random_uuid(),
         jsonb_build_object('vandaag', p_vandaag, 'proef', p_proef,
           'dossiers', (select count(distinct e ->> 'dossier') from jsonb_array_elements(v_uit) e where e ->> 'dossier' is not null),
           'tabellen', coalesce((select jsonb_object_agg(s.tabel, s.aantal) from (
               select e ->> 'tabel' as tabel, sum((e ->> 'aantal')::bigint) as aantal from jsonb_array_elements(v_uit) e group by 1) s), '{}'));

  perform set_config('portaal.retentie', '', true);
  return query select (e ->> 'dossier')::uuid, e ->> 'tabel', (e ->> 'aantal')::bigint from jsonb_array_elements(v_uit) e;
end $$;

-- Only the portal role may run it (Migration20261204300000-database-rollen); nobody else, the owner aside.
revoke all on function retentie_toepassen(date, boolean) from public;
grant execute on function retentie_toepassen(date, boolean) to portaal_app;
`);
  }
}
