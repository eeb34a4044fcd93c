import type { Rapportagesoort } from '../rapportage/rapportage.codes.js';
import type { Trajectsoort } from '../organisatie/trajectsoort.js';
import { plusDagen, plusMaanden, type IsoDatum } from '../shared/datum.js';

/** What an aanbieder still owes the gemeente for one traject, as codes an aanbieder's own system can act on. */
export const TE_DOEN_CODES = ['AANWEZIGHEID_ONTBREEKT', 'VOORTGANG_VERWACHT', 'RESULTAAT_VERWACHT'] as const;
export type TeDoenCode = (typeof TE_DOEN_CODES)[number];

export interface TeDoen {
  code: TeDoenCode;
  /** The first day the thing was due; the oldest item is the most urgent. */
  sinds: IsoDatum;
  /** For RESULTAAT_VERWACHT: which report closes the item. */
  rapportagesoort: Rapportagesoort | null;
}

/**
 * The seeds leave the reporting rhythm to gemeente and aanbieder (001 §4.7); until a contract records its own,
 * a progress report is expected every three months, the rhythm most gemeenten ask for in their contracts.
 */
export const VOORTGANG_ELKE_MAANDEN = 3;

/** The report that closes a traject of each soort. B1 and Z-route close on the exam or the Z-route result. */
export const SLUITENDE_RAPPORTAGE: Record<Trajectsoort, Rapportagesoort> = {
  B1_ROUTE: 'EXAMENRESULTAAT',
  TAALSCHAKELTRAJECT: 'TAALSCHAKEL_RESULTAAT',
  ONDERWIJSROUTE: 'TAALSCHAKEL_RESULTAAT',
  Z_ROUTE: 'Z_ROUTE_RESULTAAT',
  Z_ROUTE_PARTICIPATIE: 'Z_ROUTE_RESULTAAT',
  MAP: 'MAP_RESULTAAT',
  PVT: 'PVT_RESULTAAT',
};

export const MET_VOORTGANG: readonly Trajectsoort[] = ['B1_ROUTE', 'TAALSCHAKELTRAJECT', 'ONDERWIJSROUTE', 'Z_ROUTE'];

export interface TeDoenInvoer {
  soort: Trajectsoort;
  status: 'ACTIEF' | 'AFGEROND' | 'INGETROKKEN';
  geplandeStart: IsoDatum;
  geplandeEinde: IsoDatum;
  uiterlijkeAfrondingsdatum: IsoDatum | null;
  /** Last day covered by attendance, if any (inclusive). */
  gemeldTot: IsoDatum | null;
  /** Date of the latest current report per soort (the day it was first sent or last corrected). */
  laatsteRapportage: Partial<Record<Rapportagesoort, IsoDatum>>;
}

/** Sunday of the last complete week (Monday to Sunday) before `vandaag`. */
export function vorigeZondag(vandaag: IsoDatum): IsoDatum {
  const weekdag = new Date(`${vandaag}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return plusDagen(vandaag, -(weekdag === 0 ? 7 : weekdag));
}

/**
 * Attendance is due up to last Sunday, or up to the planned end when the traject ended before that. The one
 * definition of "attendance missing": the gemeente's Aanbieders page counts the same (in SQL, aanbieder-cijfers.ts).
 */
export function aanwezigheidOntbreekt(t: Pick<TeDoenInvoer, 'status' | 'geplandeStart' | 'geplandeEinde' | 'gemeldTot'>, vandaag: IsoDatum): boolean {
  const meldenTot = min(vorigeZondag(vandaag), t.geplandeEinde);
  return t.status === 'ACTIEF' && t.geplandeStart <= meldenTot && (!t.gemeldTot || t.gemeldTot < meldenTot);
}

export function teDoen(t: TeDoenInvoer, vandaag: IsoDatum): TeDoen[] {
  if (t.status !== 'ACTIEF') return [];
  const uit: TeDoen[] = [];

  if (aanwezigheidOntbreekt(t, vandaag)) {
    uit.push({ code: 'AANWEZIGHEID_ONTBREEKT', sinds: t.gemeldTot ? plusDagen(t.gemeldTot, 1) : t.geplandeStart, rapportagesoort: null });
  }

  const sluitend = SLUITENDE_RAPPORTAGE[t.soort];
  if (MET_VOORTGANG.includes(t.soort) && !t.laatsteRapportage[sluitend]) {
    const vanaf = t.laatsteRapportage.VOORTGANG ?? t.geplandeStart;
    const verwacht = plusMaanden(vanaf, VOORTGANG_ELKE_MAANDEN);
    if (verwacht <= vandaag) uit.push({ code: 'VOORTGANG_VERWACHT', sinds: verwacht, rapportagesoort: 'VOORTGANG' });
  }

  // MAP and PVT are due by the latest completion date the gemeente gave; the others by their planned end.
  const einde = t.uiterlijkeAfrondingsdatum ?? t.geplandeEinde;
  if (einde < vandaag && !t.laatsteRapportage[sluitend]) {
    uit.push({ code: 'RESULTAAT_VERWACHT', sinds: plusDagen(einde, 1), rapportagesoort: sluitend });
  }
  return uit.sort((a, b) => a.sinds.localeCompare(b.sinds));
}

function min(a: IsoDatum, b: IsoDatum): IsoDatum {
  return a < b ? a : b;
}
