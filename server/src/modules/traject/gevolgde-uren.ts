import type { EntityManager } from '@mikro-orm/postgresql';
import { leesSql } from '../../db/sql-transactie.js';
import { PARTICIPATIE_SOORTEN, TAAL_SOORTEN } from '../organisatie/trajectsoort.js';

/**
 * DUO's three buckets of followed hours (duo-m2m GevolgdeUren API), derived from what aanbieders reported:
 * - participatieAlsTaalles: language and KNM lessons at a course institution within the leerroute
 *   (across route switches), brede intake excluded — also the hours the 600-hour afschalen rule counts;
 * - taallesEnKnmBredeIntake: language and KNM lessons during the brede intake;
 * - participatieactiviteitenBredeIntake: participation for the Z-route, MAP and PVT included, brede intake included.
 * DUO counts whole hours; `bekendTot` is exclusive, as in DUO's API (the day after the last reported day).
 */
export interface GevolgdeUren {
  participatieAlsTaalles: number;
  taallesEnKnmBredeIntake: number;
  participatieactiviteitenBredeIntake: number;
  bekendTot: string | null;
}

export const GEEN_GEVOLGDE_UREN: GevolgdeUren = { participatieAlsTaalles: 0, taallesEnKnmBredeIntake: 0, participatieactiviteitenBredeIntake: 0, bekendTot: null };

const soorten = (lijst: readonly string[]) => `array[${lijst.map((s) => `'${s}'`).join(', ')}]`;

/**
 * The three buckets of person alias `persoon` as one json object with GevolgdeUren's keys, for a hand-written statement
 * (the dossier page's); the one definition of the rule. Only current attendance versions count.
 */
export function gevolgdeUrenJsonSql(persoon: string): string {
  return `(select json_build_object(
      'participatieAlsTaalles', floor(coalesce(sum(a.uren_aanwezig) filter (where t.soort = any(${soorten(TAAL_SOORTEN)}) and not t.tijdens_brede_intake), 0))::int,
      'taallesEnKnmBredeIntake', floor(coalesce(sum(a.uren_aanwezig) filter (where t.soort = any(${soorten(TAAL_SOORTEN)}) and t.tijdens_brede_intake), 0))::int,
      'participatieactiviteitenBredeIntake', floor(coalesce(sum(a.uren_aanwezig) filter (where t.soort = any(${soorten(PARTICIPATIE_SOORTEN)})), 0))::int,
      'bekendTot', to_char(max(a.periode_tot) + 1, 'YYYY-MM-DD'))
    from aanwezigheid a join traject t on t.id = a.traject_id
   where a.vervangen_op is null and t.inburgeraar_id = ${persoon}.id)`;
}

export async function gevolgdeUren(em: EntityManager, inburgeraarId: string): Promise<GevolgdeUren> {
  const [rij] = await leesSql<{ uren: GevolgdeUren }>(em, `select ${gevolgdeUrenJsonSql('p')} as uren from (select $1::uuid as id) p`, [inburgeraarId]);
  return rij?.uren ?? GEEN_GEVOLGDE_UREN;
}
