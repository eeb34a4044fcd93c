import type { Aanwezigheid } from '../aanwezigheid/aanwezigheid.entity.js';
import type { Rapportagesoort } from '../rapportage/rapportage.codes.js';
import type { IsoDatum } from '../shared/datum.js';
import type { TrajectView } from './traject.views.js';

/**
 * A traject as the hand-written read pages select it: one json object per traject with what `trajectView` shows, its
 * hour totals (the columns the database keeps on traject, no attendance read) and the date of its latest current report
 * per soort (for `teDoen`), all inside the page's own statement. `trajectView` maps the same fields from a Traject entity
 * for the ORM paths (writes' answers, the gemeente's trajecten at one aanbieder); te-doen.sql.test.ts holds the teDoen
 * rules to what this fragment returns.
 */
export function trajectJsonSql(t: string): string {
  return `json_build_object(
    'id', ${t}.id, 'soort', ${t}.soort, 'status', ${t}.status, 'cursusnaam', ${t}.cursusnaam,
    'geplandeStart', ${t}.geplande_start, 'geplandeEinde', ${t}.geplande_einde, 'geplandeUren', ${t}.geplande_uren,
    'aanbiederNaam', (select b.naam from aanbieder b where b.id = ${t}.aanbieder_id),
    'gemeenteNaam', (select g.naam from gemeente g where g.id = ${t}.gemeente_id),
    'onderdelen', ${t}.onderdelen, 'uiterlijkeAfrondingsdatum', ${t}.uiterlijke_afrondingsdatum,
    'tijdensBredeIntake', ${t}.tijdens_brede_intake, 'einddatum', ${t}.einddatum, 'redenIntrekking', ${t}.reden_intrekking,
    'aanbiederReferentie', ${t}.aanbieder_referentie,
    'uren', json_build_object(
        'ingeroosterd', ${t}.uren_ingeroosterd, 'aanwezig', ${t}.uren_aanwezig,
        'geoorloofdVerzuim', ${t}.uren_geoorloofd_verzuim, 'ongeoorloofdVerzuim', ${t}.uren_ongeoorloofd_verzuim,
        'perioden', ${t}.perioden, 'gemeldTot', ${t}.gemeld_tot),
    'laatsteRapportage', coalesce((select json_object_agg(r.soort, r.laatste)
      from (select r.soort, to_char(max(r.ingediend_op at time zone 'Europe/Amsterdam'), 'YYYY-MM-DD') as laatste
              from rapportage r where r.traject_id = ${t}.id and r.vervangen_op is null group by r.soort) r), '{}'))`;
}

/** The current attendance of traject alias `t`, newest period first, as a json array (empty when none). */
export function aanwezighedenJsonSql(t: string): string {
  return `coalesce((select json_agg(json_build_object(
      'id', a.id, 'periodeVan', a.periode_van, 'periodeTot', a.periode_tot, 'versie', a.versie,
      'urenIngeroosterd', a.uren_ingeroosterd, 'urenAanwezig', a.uren_aanwezig,
      'urenGeoorloofdVerzuim', a.uren_geoorloofd_verzuim, 'redenGeoorloofdVerzuim', a.reden_geoorloofd_verzuim,
      'urenOngeoorloofdVerzuim', a.uren_ongeoorloofd_verzuim, 'redenOngeoorloofdVerzuim', a.reden_ongeoorloofd_verzuim,
      'ingediendOp', a.ingediend_op) order by a.periode_van desc)
    from aanwezigheid a where a.traject_id = ${t}.id and a.vervangen_op is null), '[]')`;
}

/** What `trajectJsonSql` yields: the view without attendance, and the latest report dates. */
export type TrajectJson = Omit<TrajectView, 'aanwezigheden'> & { laatsteRapportage: Partial<Record<Rapportagesoort, IsoDatum>> };

/** One attendance line as the GraphQL type reads it. */
export type AanwezigheidRegel = Pick<Aanwezigheid, 'id' | 'periodeVan' | 'periodeTot' | 'versie' | 'urenIngeroosterd' | 'urenAanwezig'
  | 'urenGeoorloofdVerzuim' | 'redenGeoorloofdVerzuim' | 'urenOngeoorloofdVerzuim' | 'redenOngeoorloofdVerzuim' | 'ingediendOp'>;

/** json has no instant: `ingediendOp` arrives as text and becomes the Date the DateTime scalar serialises. */
export function aanwezigheidUitJson(regel: Omit<AanwezigheidRegel, 'ingediendOp'> & { ingediendOp: string }): AanwezigheidRegel {
  return { ...regel, ingediendOp: new Date(regel.ingediendOp) };
}
