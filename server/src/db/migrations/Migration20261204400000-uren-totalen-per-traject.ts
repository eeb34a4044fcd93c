import { Migration } from '@mikro-orm/migrations';
import { meldtermijnKalender } from '../../modules/aanbieder-overzicht/meldtermijn.js';

/**
 * Hour totals per traject kept by PostgreSQL, so no read aggregates attendance: traject carries the sums of its
 * current attendance versions, their count, the last reported day and how many of those periods were first reported
 * within the meldtermijn. One statement-level trigger function keeps them on every write path (it replaces the
 * gemeld_tot one of Migration20261203110000).
 *
 * Timeliness needs the working-day calendar (holidays), which lives in JS: each version records, when it is written,
 * whether it came within its period's meldtermijn (aanwezigheid.op_tijd, a plain fact about that row); the trigger
 * counts a current period as on time when its first version was. The backfill computes op_tijd with the same
 * calendar the overview used (meldtermijn.ts) over every period end in the data, which is the old read-time rule
 * exactly for every period that lies within a contract.
 */
export class Migration20261204400000UrenTotalenPerTraject extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop trigger "aanwezigheid_gemeld_tot_insert" on "aanwezigheid";
drop trigger "aanwezigheid_gemeld_tot_update" on "aanwezigheid";
drop trigger "aanwezigheid_gemeld_tot_delete" on "aanwezigheid";
drop function "traject_gemeld_tot_bijwerken"();`);

    const [bereik] = await this.execute(`select min(periode_tot)::text as van, max(periode_tot)::text as tot from "aanwezigheid"`) as { van: string | null; tot: string | null }[];
    this.addSql(`alter table "aanwezigheid" add column "op_tijd" boolean null;`);
    if (bereik?.van && bereik.tot) {
      // The deadlines of every period end in the data, as an array indexed by day; a registration counts on the Dutch
      // calendar day it was made, as opTijdGemeld() decides for new versions. Filled by one rewrite of the table (indexes
      // rebuilt once) rather than an UPDATE of every row: at 5M rows that is minutes less under the migration's lock.
      const kalender = meldtermijnKalender(bereik.van, bereik.tot);
      this.addSql(`create function pg_temp.uiterlijke_melddatum(periode_tot date) returns date language sql immutable
  return ('{${kalender.uiterlijk.join(',')}}'::date[])[periode_tot - date '${bereik.van}' + 1];`);
      this.addSql(`alter table "aanwezigheid" alter column "op_tijd" set data type boolean
  using (ingediend_op at time zone 'Europe/Amsterdam')::date <= pg_temp.uiterlijke_melddatum(periode_tot);`);
      this.addSql(`drop function pg_temp.uiterlijke_melddatum(date);`);
    }
    this.addSql(`alter table "aanwezigheid" alter column "op_tijd" set not null;`);

    this.addSql(`alter table "traject"
  add column "uren_ingeroosterd" numeric(10,2) not null default 0,
  add column "uren_aanwezig" numeric(10,2) not null default 0,
  add column "uren_geoorloofd_verzuim" numeric(10,2) not null default 0,
  add column "uren_ongeoorloofd_verzuim" numeric(10,2) not null default 0,
  add column "perioden" integer not null default 0,
  add column "perioden_op_tijd" integer not null default 0;`);

    // Recomputes the touched trajecten from their current versions, set-based, once per statement. The trajecten are
    // locked first (in id order, as the bulk writer does): under READ COMMITTED the recomputing statement then sees
    // every concurrent write to them that committed meanwhile, so two writers cannot overwrite each other's totals.
    this.addSql(`create function "traject_totalen_bijwerken"() returns trigger language plpgsql as $$
begin
  perform 1 from "traject" t where t.id in (select distinct traject_id from gewijzigd) order by t.id for update;
  update "traject" t
     set "uren_ingeroosterd" = s.ingeroosterd, "uren_aanwezig" = s.aanwezig, "uren_geoorloofd_verzuim" = s.geoorloofd,
         "uren_ongeoorloofd_verzuim" = s.ongeoorloofd, "perioden" = s.perioden, "perioden_op_tijd" = s.op_tijd, "gemeld_tot" = s.tot
    from (${TOTALEN_SQL('(select distinct traject_id from gewijzigd)')}) s
   where t.id = s.traject_id
     and (t.uren_ingeroosterd, t.uren_aanwezig, t.uren_geoorloofd_verzuim, t.uren_ongeoorloofd_verzuim, t.perioden, t.perioden_op_tijd, t.gemeld_tot)
         is distinct from (s.ingeroosterd, s.aanwezig, s.geoorloofd, s.ongeoorloofd, s.perioden, s.op_tijd, s.tot);
  return null;
end $$;`);
    this.addSql(`update "traject" t
   set "uren_ingeroosterd" = s.ingeroosterd, "uren_aanwezig" = s.aanwezig, "uren_geoorloofd_verzuim" = s.geoorloofd,
       "uren_ongeoorloofd_verzuim" = s.ongeoorloofd, "perioden" = s.perioden, "perioden_op_tijd" = s.op_tijd, "gemeld_tot" = s.tot
  from (${TOTALEN_SQL('(select distinct traject_id from "aanwezigheid")')}) s
 where t.id = s.traject_id;`);
    this.addSql(`create trigger "aanwezigheid_totalen_insert" after insert on "aanwezigheid"
  referencing new table as gewijzigd for each statement execute function traject_totalen_bijwerken();
create trigger "aanwezigheid_totalen_update" after update on "aanwezigheid"
  referencing new table as gewijzigd for each statement execute function traject_totalen_bijwerken();
create trigger "aanwezigheid_totalen_delete" after delete on "aanwezigheid"
  referencing old table as gewijzigd for each statement execute function traject_totalen_bijwerken();`);
  }
}

/**
 * The totals of the trajecten `trajecten` selects, from their current versions; a traject without any gets zeros.
 * A period is on time when its first version (lowest versie) was: only a correction needs the look-up.
 */
const TOTALEN_SQL = (trajecten: string) => `select g.traject_id,
         coalesce(sum(a.uren_ingeroosterd), 0) as ingeroosterd, coalesce(sum(a.uren_aanwezig), 0) as aanwezig,
         coalesce(sum(a.uren_geoorloofd_verzuim), 0) as geoorloofd, coalesce(sum(a.uren_ongeoorloofd_verzuim), 0) as ongeoorloofd,
         count(a.id)::int as perioden, max(a.periode_tot) as tot,
         count(a.id) filter (where case when a.versie = 1 then a.op_tijd
                                        else (select e.op_tijd from "aanwezigheid" e where e.traject_id = a.traject_id and e.periode_van = a.periode_van
                                               order by e.versie limit 1) end)::int as op_tijd
    from ${trajecten} g(traject_id)
    left join "aanwezigheid" a on a.traject_id = g.traject_id and a.vervangen_op is null
   group by g.traject_id`;
