import type { Trajectsoort } from '../organisatie/trajectsoort.js';

/** The kinds of report an aanbieder sends the gemeente (domain.md §5, 002 "Gegevenslevering aan gemeenten"). */
export const RAPPORTAGESOORTEN = ['VOORTGANG', 'TAALSCHAKEL_RESULTAAT', 'EXAMENRESULTAAT', 'Z_ROUTE_RESULTAAT', 'MAP_RESULTAAT', 'PVT_RESULTAAT'] as const;
export type Rapportagesoort = (typeof RAPPORTAGESOORTEN)[number];

/** Which report belongs to which traject. */
export const TRAJECTSOORTEN_PER_RAPPORTAGE: Record<Rapportagesoort, readonly Trajectsoort[]> = {
  VOORTGANG: ['B1_ROUTE', 'TAALSCHAKELTRAJECT', 'ONDERWIJSROUTE', 'Z_ROUTE'],
  EXAMENRESULTAAT: ['B1_ROUTE', 'TAALSCHAKELTRAJECT', 'ONDERWIJSROUTE', 'Z_ROUTE'],
  TAALSCHAKEL_RESULTAAT: ['TAALSCHAKELTRAJECT', 'ONDERWIJSROUTE'],
  Z_ROUTE_RESULTAAT: ['Z_ROUTE', 'Z_ROUTE_PARTICIPATIE'],
  MAP_RESULTAAT: ['MAP'],
  PVT_RESULTAAT: ['PVT'],
};

/** After this many days a report is final for the aanbieder; only the gemeente can reopen it (DUO's PVT practice, 003 §3.5). */
export const CORRECTIE_DAGEN = 14;

export const VOORTGANG_OORDELEN = ['OP_SCHEMA', 'ACHTER', 'ERNSTIG_ACHTER'] as const;
/** Hindering circumstances as categories; GEZONDHEID is a category only, never a detail (002 Gezondheidsgegevens). */
export const BELEMMERINGEN = ['GEZONDHEID', 'ZORGTAKEN', 'WERK', 'HUISVESTING', 'PSYCHOSOCIAAL', 'LEERBAARHEID', 'MOTIVATIE', 'OVERIG'] as const;
/**
 * What the hindrances mean for taking part, as codes: what the gemeente needs to know, so no free text has to say why
 * (domain.md §7: free text invites health data). Replaces the free-text belemmeringToelichting.
 */
export const BELEMMERING_GEVOLGEN = {
  MINDER_UREN: 'Kan minder uren volgen',
  WISSELENDE_AANWEZIGHEID: 'Wisselend aanwezig',
  TIJDELIJK_AFWEZIG: 'Tijdelijk afwezig',
  ANDER_LESMOMENT: 'Heeft een ander lesmoment nodig',
  AANPASSING_IN_DE_LES: 'Heeft een aanpassing in de les nodig',
  LAGER_TEMPO: 'Leert in een lager tempo',
  EXTRA_BEGELEIDING: 'Heeft extra begeleiding nodig',
  ONLINE_LESSEN: 'Volgt (tijdelijk) online lessen',
} as const;
export const BELEMMERING_GEVOLG_CODES = Object.keys(BELEMMERING_GEVOLGEN) as (keyof typeof BELEMMERING_GEVOLGEN)[];
export const EXAMENVOORBEREIDING = ['NIET_GESTART', 'BEZIG', 'KLAAR_VOOR_EXAMEN'] as const;
/** DUO ExamenonderdeelWI2021Inburgering: KNM, LE (lezen), LU (luisteren), SC (schrijven), SP (spreken). */
export const EXAMENONDERDELEN = ['KNM', 'LE', 'LU', 'SC', 'SP'] as const;
export const TOETSNIVEAUS = ['A0', 'A1', 'A2', 'B1', 'B2'] as const;
export const ADVIEZEN = ['GEEN', 'AFSCHALEN', 'OPSCHALEN', 'ROUTEWISSEL'] as const;
export const ADVIESGRONDEN = ['UREN_GEVOLGD_ZONDER_VOORTGANG', 'TOETSRESULTATEN', 'LEERBAARHEID', 'SNELLERE_VOORTGANG_DAN_VERWACHT', 'OMSTANDIGHEDEN'] as const;

export const TAALSCHAKEL_RESULTATEN = ['BEHAALD', 'NIET_BEHAALD', 'VOORTIJDIG_GESTOPT'] as const;
/** DUO ExamenniveauWI2021. */
export const EXAMENNIVEAUS = ['A2', 'B1', 'B2'] as const;
/** DUO ExamenresultaatWI2021: Geslaagd, Gezakt, Geen. */
export const EXAMENRESULTATEN = ['GESLAAGD', 'GEZAKT', 'GEEN'] as const;
/** DUO RedenGeenResultaatInburgeringsexamen: Verwijtbaar, Nietverwijtbaar, Afgemeld, Absent. */
export const REDENEN_GEEN_RESULTAAT = ['VERWIJTBAAR', 'NIET_VERWIJTBAAR', 'AFGEMELD', 'ABSENT'] as const;
export const Z_NIVEAUS = ['A1', 'A2'] as const;

export const MAP_RESULTATEN = ['AFGEROND', 'NIET_AFGEROND'] as const;
export const REDENEN_LATE_START_TRAJECT = ['WACHTLIJST', 'PERSOONLIJKE_OMSTANDIGHEDEN', 'NIET_BEREIKBAAR', 'PLANNING_AANBIEDER', 'OVERIG'] as const;
export const REDENEN_MAP_NIET_AFGEROND = ['NIET_VERSCHENEN', 'GESTOPT', 'ZIEKTE', 'VERHUISD', 'WERK', 'OVERIG'] as const;
