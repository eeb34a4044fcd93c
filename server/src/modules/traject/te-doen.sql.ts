import type { IsoDatum } from '../shared/datum.js';
import type { SqlParam } from '../tenancy/scope.js';
import { MET_VOORTGANG, SLUITENDE_RAPPORTAGE, VOORTGANG_ELKE_MAANDEN, vorigeZondag } from './te-doen.js';

const lijst = (waarden: readonly string[]) => waarden.map((w) => `'${w}'`).join(', ');
const sluitend = (t: string) => `case ${t}.soort ${Object.entries(SLUITENDE_RAPPORTAGE).map(([soort, rapportage]) => `when '${soort}' then '${rapportage}'`).join(' ')} end`;

/**
 * `teDoen(…)` of te-doen.ts as an SQL condition on a `traject` alias, so a list can be narrowed to what is due
 * in the database, page by page. The codes, soorten and rhythm come from te-doen.ts; a test holds both to the
 * same answers. (Status ACTIEF is part of every aanbieder's scope already.) `gemeld_tot` is the last day of current
 * attendance, kept per traject by a trigger on aanwezigheid (migration 20261203110000), so no aggregate runs per row.
 * `param` appends a value and returns its placeholder: `$n` for a hand-written statement, `?` for the ORM.
 */
export function teDoenSql(t: string, vandaag: IsoDatum, param: SqlParam): string {
  const huidige = (soort: string) => `from rapportage r where r.traject_id = ${t}.id and r.vervangen_op is null and r.soort = ${soort}`;
  const zondag = vorigeZondag(vandaag);
  return `${t}.status = 'ACTIEF' and (
      (${t}.geplande_start <= least(${param(zondag)}::date, ${t}.geplande_einde)
        and coalesce(${t}.gemeld_tot, '-infinity'::date)
            < least(${param(zondag)}::date, ${t}.geplande_einde))
      or (not exists (select 1 ${huidige(sluitend(t))})
        and (coalesce(${t}.uiterlijke_afrondingsdatum, ${t}.geplande_einde) < ${param(vandaag)}::date
          or (${t}.soort in (${lijst(MET_VOORTGANG)})
            and (coalesce((select max((r.ingediend_op at time zone 'Europe/Amsterdam')::date) ${huidige(`'VOORTGANG'`)}), ${t}.geplande_start)
                 + interval '${VOORTGANG_ELKE_MAANDEN} months')::date <= ${param(vandaag)}::date))))`;
}
