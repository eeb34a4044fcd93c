import type { EntityManager } from '@mikro-orm/postgresql';
import type { GemeentePrincipal } from '../auth/principal.js';
import type { IsoDatum } from '../shared/datum.js';
import { ALLEEN_TELLINGEN } from '../inzage/inzage.js';
import { sqlStatement } from '../../db/sql-transactie.js';
import { gemeenteTrajectScopeSql, type SqlParam } from '../tenancy/scope.js';
import { GEEN_UREN, type UrenTotalen } from '../traject/uren-totalen.js';
import { vorigeZondag } from '../traject/te-doen.js';

/** What one aanbieder did for one gemeente, over all the gemeente's trajecten there. */
export interface AanbiederCijfers {
  uren: UrenTotalen;
  /** Reported periods whose first version came within the meldtermijn. */
  opTijd: number;
  /** Distinct people with a running traject there. */
  deelnemers: number;
  /** Running trajecten whose last full week is still unreported. */
  zonderVorigeWeek: number;
}

export const GEEN_CIJFERS: AanbiederCijfers = { uren: GEEN_UREN, opTijd: 0, deelnemers: 0, zonderVorigeWeek: 0 };

export interface CijferVraag {
  /** Only this aanbieder; all of the gemeente's aanbieders when absent. */
  aanbiederId?: string;
  vandaag: IsoDatum;
}

/**
 * Figures per aanbieder in one statement over the gemeente's trajecten, however many aanbieders, trajecten
 * or periods there are: each traject carries the totals of its current attendance versions and how many of its
 * periods were first reported on time (kept by the database, Migration20261204400000), so no attendance row is read.
 * It carries ALLEEN_TELLINGEN: it reads people's rows only to count them per aanbieder, so on its own it names nobody and
 * needs no access-log line (test/http/inzage-dekking.test.ts reads the marker).
 */
export async function cijfersPerAanbieder(em: EntityManager, gemeente: GemeentePrincipal, vraag: CijferVraag): Promise<Map<string, AanbiederCijfers>> {
  const waarden: unknown[] = [];
  const param: SqlParam = (waarde) => `$${waarden.push(waarde)}`;
  const scope = gemeenteTrajectScopeSql(gemeente, 't', param);
  const aanbieder = vraag.aanbiederId ? ` and t.aanbieder_id = ${param(vraag.aanbiederId)}::uuid` : '';
  const zondag = param(vorigeZondag(vraag.vandaag));
  // "Last week missing" is the rule of te-doen.ts `aanwezigheidOntbreekt`, in SQL so no row per traject leaves the database.
  // Distinct people are counted apart, by hashing (aanbieder, person): a count(distinct) beside the sums makes
  // PostgreSQL sort the gemeente's whole traject set (to disk at regional scale) instead of hashing 1,000 groups.
  const rijen = await sqlStatement<{
    aanbieder_id: string; ingeroosterd: number; aanwezig: number; geoorloofd: number; ongeoorloofd: number; perioden: number;
    gemeld_tot: string | null; op_tijd: number; deelnemers: number; zonder_vorige_week: number;
  }>(em,
    `with t as materialized (select t.aanbieder_id, t.inburgeraar_id, t.status, t.geplande_start, t.geplande_einde, t.gemeld_tot,
                                    t.uren_ingeroosterd, t.uren_aanwezig, t.uren_geoorloofd_verzuim, t.uren_ongeoorloofd_verzuim,
                                    t.perioden, t.perioden_op_tijd
                               from traject t where ${scope}${aanbieder})
     select ${ALLEEN_TELLINGEN} s.*, coalesce(d.deelnemers, 0)::int as deelnemers
       from (select t.aanbieder_id,
                    sum(t.uren_ingeroosterd)::float8 as ingeroosterd,
                    sum(t.uren_aanwezig)::float8 as aanwezig,
                    sum(t.uren_geoorloofd_verzuim)::float8 as geoorloofd,
                    sum(t.uren_ongeoorloofd_verzuim)::float8 as ongeoorloofd,
                    sum(t.perioden)::int as perioden,
                    to_char(max(t.gemeld_tot), 'YYYY-MM-DD') as gemeld_tot,
                    sum(t.perioden_op_tijd)::int as op_tijd,
                    count(*) filter (where t.status = 'ACTIEF' and t.geplande_start <= least(${zondag}::date, t.geplande_einde)
                                       and coalesce(t.gemeld_tot, '-infinity'::date) < least(${zondag}::date, t.geplande_einde))::int as zonder_vorige_week
               from t group by t.aanbieder_id) s
       left join (select p.aanbieder_id, count(*) as deelnemers
                    from (select distinct t.aanbieder_id, t.inburgeraar_id from t where t.status = 'ACTIEF') p
                   group by p.aanbieder_id) d on d.aanbieder_id = s.aanbieder_id`,
    waarden,
  );
  return new Map(rijen.map((r) => [r.aanbieder_id, {
    uren: { ingeroosterd: r.ingeroosterd, aanwezig: r.aanwezig, geoorloofdVerzuim: r.geoorloofd, ongeoorloofdVerzuim: r.ongeoorloofd, perioden: r.perioden, gemeldTot: r.gemeld_tot },
    opTijd: r.op_tijd,
    deelnemers: r.deelnemers,
    zonderVorigeWeek: r.zonder_vorige_week,
  }]));
}
