/**
 * The kinds of traject a gemeente buys from an aanbieder (domain.md §2, 001 §3.4.4).
 * Taal-trajecten exist under a gemeente contract only for asielstatushouders; MAP and PVT for everybody.
 */
export const TRAJECTSOORTEN = ['B1_ROUTE', 'ONDERWIJSROUTE', 'Z_ROUTE', 'MAP', 'PVT'] as const;
export type Trajectsoort = (typeof TRAJECTSOORTEN)[number];

export const TRAJECTSOORT_OMSCHRIJVING: Record<Trajectsoort, string> = {
  B1_ROUTE: 'B1-route',
  ONDERWIJSROUTE: 'Onderwijsroute (taalschakeltraject)',
  Z_ROUTE: 'Z-route',
  MAP: 'Module Arbeidsmarkt en Participatie',
  PVT: 'Participatieverklaringstraject',
};
