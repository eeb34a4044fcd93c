import { isDeepStrictEqual } from 'node:util';
import type { Overtredingen } from '../../shared/domain-error.js';
import type { Rapportagesoort } from '../rapportage.codes.js';
import type { RapportageContext } from './context.js';
import { controleerMapResultaat, controleerPvtResultaat, controleerZRouteResultaat } from './route.rules.js';
import { controleerExamenresultaat, controleerTaalschakelResultaat, controleerVoortgang } from './taal.rules.js';

interface Soortregels {
  controleer: (gegevens: never, ctx: RapportageContext, fouten: Overtredingen) => void;
  /** What makes two reports of this soort on one traject different reports rather than versions of one. */
  sleutel: (gegevens: never) => string;
  /** The only fields stored for this soort: anything else a client sends is dropped, never kept. */
  velden: readonly string[];
  /** What a field reads as when a version does not hold it (stored before the field existed, or left at its default). */
  standaard?: Readonly<Record<string, unknown>>;
}

export const REGELS_PER_SOORT: Record<Rapportagesoort, Soortregels> = {
  VOORTGANG: {
    controleer: controleerVoortgang, sleutel: (g: { peildatum: string }) => g.peildatum,
    velden: ['peildatum', 'voortgang', 'belemmeringen', 'belemmeringGevolgen', 'belemmeringToelichting', 'examenvoorbereiding', 'toetsresultaten', 'advies', 'adviesGronden', 'adviesToelichting'],
    standaard: { belemmeringGevolgen: [] },
  },
  TAALSCHAKEL_RESULTAAT: { controleer: controleerTaalschakelResultaat, sleutel: () => '', velden: ['resultaat', 'datum'] },
  EXAMENRESULTAAT: {
    controleer: controleerExamenresultaat, sleutel: (g: { onderdeel: string; examendatum: string }) => `${g.onderdeel}/${g.examendatum}`,
    velden: ['onderdeel', 'niveau', 'examendatum', 'resultaat', 'redenGeenResultaat'],
  },
  Z_ROUTE_RESULTAAT: { controleer: controleerZRouteResultaat, sleutel: () => '', velden: ['afgerond', 'datumAfrondingZroute', 'urenTaalGerealiseerd', 'urenParticipatieGerealiseerd', 'niveauBereikt'] },
  MAP_RESULTAAT: { controleer: controleerMapResultaat, sleutel: () => '', velden: ['gerealiseerdeStartdatum', 'aangepasteEinddatum', 'redenLateStart', 'resultaat', 'datumEindgesprekMap', 'redenNietAfgerond'] },
  PVT_RESULTAAT: { controleer: controleerPvtResultaat, sleutel: () => '', velden: ['gerealiseerdeStartdatum', 'gerealiseerdeEinddatum', 'datumOndertekeningPvt', 'redenNietVoldaan'] },
};

/**
 * The payload as it is stored and compared: only the soort's fields, text trimmed, empty values left out
 * (null and absent mean the same), and lists of codes in a fixed order, so "the same report again" is
 * recognised however a client spells it.
 */
export function schoonGegevens(soort: Rapportagesoort, gegevens: Record<string, unknown>): Record<string, unknown> {
  const { velden, standaard = {} } = REGELS_PER_SOORT[soort];
  const schoon: Record<string, unknown> = {};
  for (const veld of velden) {
    const waarde = normaliseer(gegevens[veld]);
    // A default is not stored, so a version from before the field existed equals the same report sent today.
    if (waarde !== undefined && !isDeepStrictEqual(waarde, standaard[veld])) schoon[veld] = waarde;
  }
  return schoon;
}

/** A stored payload as it reads: the soort's defaults under what was stored. */
export function metStandaard(soort: Rapportagesoort, gegevens: Record<string, unknown>): Record<string, unknown> {
  return { ...REGELS_PER_SOORT[soort].standaard, ...gegevens };
}

function normaliseer(waarde: unknown): unknown {
  if (waarde === null || waarde === undefined) return undefined;
  if (typeof waarde === 'string') return waarde.trim() === '' ? undefined : waarde.trim();
  if (Array.isArray(waarde)) {
    const lijst = waarde.map((w) => (typeof w === 'object' && w !== null ? schoonObject(w as Record<string, unknown>) : normaliseer(w)));
    return lijst.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  return waarde;
}

function schoonObject(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, normaliseer(v)]).filter(([, v]) => v !== undefined));
}
