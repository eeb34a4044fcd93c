import { Migration } from '@mikro-orm/migrations';

/**
 * A traject can end (AFGEROND on a date, INGETROKKEN for a coded reason), and a person has at most one running
 * traject of a soort at an aanbieder. Double clicks from before that rule are cleaned up first: of each group of
 * running copies the one with reports or attendance (else the oldest) stays, copies without any are withdrawn as
 * DUBBELE_TOEWIJZING. Copies that both carry reports are not guessed at: the migration stops and names them.
 */
export class Migration20261202090000TrajectEenLopend extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "traject"
      add column "einddatum" date null,
      add column "reden_intrekking" text null,
      add column "beeindigd_door" uuid null,
      add column "beeindigd_op" timestamptz null,
      add constraint "traject_reden_intrekking_check" check ("reden_intrekking" in (
        'TEN_ONRECHTE_TOEGEWEZEN', 'DUBBELE_TOEWIJZING', 'PIP_GEWIJZIGD', 'ANDERE_AANBIEDER', 'DEELNEMER_GESTOPT', 'ONTHEFFING_OF_VRIJSTELLING', 'DOSSIER_INGETROKKEN')),
      add constraint "traject_reden_alleen_ingetrokken_check" check ("reden_intrekking" is null or "status" = 'INGETROKKEN'),
      add constraint "traject_einddatum_alleen_beeindigd_check" check ("einddatum" is null or "status" <> 'ACTIEF');`);

    this.addSql(`with lopend as (
        select t.id, t.inburgeraar_id, t.aanbieder_id, t.soort, coalesce(t.toegewezen_op, '-infinity'::timestamptz) as op,
               exists (select 1 from "aanwezigheid" a where a.traject_id = t.id) or exists (select 1 from "rapportage" r where r.traject_id = t.id) as met_gegevens
          from "traject" t where t.status = 'ACTIEF'),
      gerangschikt as (
        select id, met_gegevens, row_number() over (partition by inburgeraar_id, aanbieder_id, soort order by met_gegevens desc, op asc, id asc) as rang from lopend)
      update "traject" t set status = 'INGETROKKEN', reden_intrekking = 'DUBBELE_TOEWIJZING', einddatum = current_date, beeindigd_op = now()
        from gerangschikt g where g.id = t.id and g.rang > 1 and not g.met_gegevens;`);

    this.addSql(`do $$ declare dubbel text; begin
      select string_agg(inburgeraar_id || ' ' || soort, ', ') into dubbel from (
        select inburgeraar_id, soort from "traject" where status = 'ACTIEF' group by inburgeraar_id, aanbieder_id, soort having count(*) > 1) d;
      if dubbel is not null then
        raise exception 'Meer dan één lopend traject van dezelfde soort bij dezelfde aanbieder, alle met meldingen (inburgeraar soort): %. Beëindig de verkeerde eerst.', dubbel;
      end if; end $$;`);

    this.addSql(`create unique index "traject_een_lopend_per_soort" on "traject" ("inburgeraar_id", "aanbieder_id", "soort") where "status" = 'ACTIEF';`);
  }
}
