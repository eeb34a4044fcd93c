import type { EntityManager } from '@mikro-orm/postgresql';
import type { GemeentePrincipal } from '../auth/principal.js';
import type { IsoDatum } from '../shared/datum.js';
import { ALLEEN_TELLINGEN } from '../inzage/inzage.js';
import { gemeenteTrajectScopeSql } from '../tenancy/scope.js';
import { GEEN_UREN, type UrenTotalen } from '../traject/uren-totalen.js';
import { vorigeZondag } from '../traject/te-doen.js';
import { meldtermijnKalender } from './meldtermijn.js';

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
  /** Trajecten lie within a contract, so no period ends before the gemeente's earliest contract start. */
  kalenderVan: IsoDatum;
}

const pgArray = (waarden: string[]) => `{${waarden.join(',')}}`;

/**
 * Figures per aanbieder in two grouped statements, however many aanbieders, trajecten or periods there are.
 * Only current attendance versions count for hours; timeliness looks at the first version of each period.
 * Both carry ALLEEN_TELLINGEN: they read people's rows only to count them per aanbieder, so on their own they name
 * nobody and need no access-log line (test/http/inzage-dekking.test.ts reads the marker).
 */
export async function cijfersPerAanbieder(em: EntityManager, gemeente: GemeentePrincipal, vraag: CijferVraag): Promise<Map<string, AanbiederCijfers>> {
  const scope = gemeenteTrajectScopeSql(gemeente, 't');
  const aanbieder = vraag.aanbiederId ? { sql: ' and t.aanbieder_id = ?', params: [vraag.aanbiederId] } : { sql: '', params: [] };
  // Periods ending later than this have not reached their deadline; the fallback below treats them right.
  const kalender = meldtermijnKalender(vraag.kalenderVan, vraag.vandaag);
  const zondag = vorigeZondag(vraag.vandaag);
  const [uren, trajecten] = await Promise.all([
    em.execute<{ aanbieder_id: string; ingeroosterd: number; aanwezig: number; geoorloofd: number; ongeoorloofd: number; perioden: number; bekend_tot: string | null; op_tijd: number }[]>(
      `select ${ALLEEN_TELLINGEN} t.aanbieder_id,
              sum(a.uren_ingeroosterd)::float8 as ingeroosterd,
              sum(a.uren_aanwezig)::float8 as aanwezig,
              sum(a.uren_geoorloofd_verzuim)::float8 as geoorloofd,
              sum(a.uren_ongeoorloofd_verzuim)::float8 as ongeoorloofd,
              count(*)::int as perioden,
              to_char(max(a.periode_tot), 'YYYY-MM-DD') as bekend_tot,
              -- A registration counts on the Dutch calendar day it was made; outside the calendar (not yet due,
              -- or impossibly early) a period is on time only when reported by its own last day.
              count(*) filter (where (eerste.op at time zone 'Europe/Amsterdam')::date <= coalesce(k.uiterlijk, a.periode_tot))::int as op_tijd
         from aanwezigheid a
         join traject t on t.id = a.traject_id
         cross join lateral (select min(v.ingediend_op) as op from aanwezigheid v
                              where v.traject_id = a.traject_id and v.periode_van = a.periode_van) eerste
         left join unnest(?::date[], ?::date[]) as k(periode_tot, uiterlijk) on k.periode_tot = a.periode_tot
        where a.vervangen_op is null and ${scope.sql}${aanbieder.sql}
        group by t.aanbieder_id`,
      [pgArray(kalender.periodeTot), pgArray(kalender.uiterlijk), ...scope.params, ...aanbieder.params],
    ),
    // Same rule as te-doen.ts `aanwezigheidOntbreekt`, in SQL so no row per traject leaves the database; gemeld_tot is
    // the last reported day, kept per traject by a trigger on aanwezigheid.
    em.execute<{ aanbieder_id: string; deelnemers: number; zonder_vorige_week: number }[]>(
      `select ${ALLEEN_TELLINGEN} t.aanbieder_id,
              count(distinct t.inburgeraar_id) filter (where t.status = 'ACTIEF')::int as deelnemers,
              count(*) filter (where t.status = 'ACTIEF' and t.geplande_start <= least(?::date, t.geplande_einde)
                                 and coalesce(t.gemeld_tot, '-infinity'::date) < least(?::date, t.geplande_einde))::int as zonder_vorige_week
         from traject t
        where ${scope.sql}${aanbieder.sql}
        group by t.aanbieder_id`,
      [zondag, zondag, ...scope.params, ...aanbieder.params],
    ),
  ]);
  const result = new Map<string, AanbiederCijfers>();
  const cijfers = (id: string) => {
    let c = result.get(id);
    if (!c) result.set(id, (c = { ...GEEN_CIJFERS }));
    return c;
  };
  for (const r of uren) {
    Object.assign(cijfers(r.aanbieder_id), {
      uren: { ingeroosterd: r.ingeroosterd, aanwezig: r.aanwezig, geoorloofdVerzuim: r.geoorloofd, ongeoorloofdVerzuim: r.ongeoorloofd, perioden: r.perioden, gemeldTot: r.bekend_tot },
      opTijd: r.op_tijd,
    });
  }
  for (const r of trajecten) Object.assign(cijfers(r.aanbieder_id), { deelnemers: r.deelnemers, zonderVorigeWeek: r.zonder_vorige_week });
  return result;
}
