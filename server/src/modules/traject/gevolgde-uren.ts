import type { EntityManager } from '@mikro-orm/postgresql';
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

/** For many people in one statement. */
export async function gevolgdeUrenPerInburgeraar(em: EntityManager, inburgeraarIds: string[]): Promise<Map<string, GevolgdeUren>> {
  const result = new Map<string, GevolgdeUren>();
  if (inburgeraarIds.length === 0) return result;
  const taal = `{${TAAL_SOORTEN.join(',')}}`;
  const participatie = `{${PARTICIPATIE_SOORTEN.join(',')}}`;
  const rows = await em.execute<{ inburgeraar_id: string; taal: number; taal_bi: number; participatie: number; bekend_tot: string | null }[]>(
    `select t.inburgeraar_id,
            floor(coalesce(sum(a.uren_aanwezig) filter (where t.soort = any(?::text[]) and not t.tijdens_brede_intake), 0))::int as taal,
            floor(coalesce(sum(a.uren_aanwezig) filter (where t.soort = any(?::text[]) and t.tijdens_brede_intake), 0))::int as taal_bi,
            floor(coalesce(sum(a.uren_aanwezig) filter (where t.soort = any(?::text[])), 0))::int as participatie,
            to_char(max(a.periode_tot) + 1, 'YYYY-MM-DD') as bekend_tot
       from aanwezigheid a join traject t on t.id = a.traject_id
      where a.vervangen_op is null and t.inburgeraar_id = any(?::uuid[])
      group by t.inburgeraar_id`,
    [taal, taal, participatie, `{${inburgeraarIds.join(',')}}`],
  );
  for (const row of rows) {
    result.set(row.inburgeraar_id, {
      participatieAlsTaalles: row.taal,
      taallesEnKnmBredeIntake: row.taal_bi,
      participatieactiviteitenBredeIntake: row.participatie,
      bekendTot: row.bekend_tot,
    });
  }
  return result;
}

export async function gevolgdeUren(em: EntityManager, inburgeraarId: string): Promise<GevolgdeUren> {
  return (await gevolgdeUrenPerInburgeraar(em, [inburgeraarId])).get(inburgeraarId) ?? GEEN_GEVOLGDE_UREN;
}
