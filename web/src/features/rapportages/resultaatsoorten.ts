import type { Trajectsoort } from '../../gql/aanbieder/graphql';

/** The schema's Rapportagesoort values these forms send (no operation selects the enum, so codegen does not emit it). */
export type Resultaatsoort = 'EXAMENRESULTAAT' | 'Z_ROUTE_RESULTAAT' | 'TAALSCHAKEL_RESULTAAT';

/**
 * Which result belongs to which traject, as the server's TRAJECTSOORTEN_PER_RAPPORTAGE (rapportage.codes.ts) has it;
 * the aanbieder schema does not expose that mapping, so it is restated here (and checked against the server's in
 * test/e2e/resultaatformulieren.test.ts). A form for another soort would only ever get RAPPORTAGE_SOORT_PAST_NIET_BIJ_TRAJECT.
 */
export const RESULTATEN_PER_TRAJECTSOORT = {
  B1_ROUTE: ['EXAMENRESULTAAT'],
  TAALSCHAKELTRAJECT: ['EXAMENRESULTAAT', 'TAALSCHAKEL_RESULTAAT'],
  ONDERWIJSROUTE: ['EXAMENRESULTAAT', 'TAALSCHAKEL_RESULTAAT'],
  Z_ROUTE: ['EXAMENRESULTAAT', 'Z_ROUTE_RESULTAAT'],
  Z_ROUTE_PARTICIPATIE: ['Z_ROUTE_RESULTAAT'],
  MAP: [],
  PVT: [],
} as const satisfies Record<Trajectsoort, readonly Resultaatsoort[]>;
