/**
 * The kinds of traject a gemeente buys from an aanbieder (domain.md §2, 001 §3.4.4).
 * Taal-trajecten exist under a gemeente contract only for asielstatushouders; MAP and PVT for everybody.
 */
export const TRAJECTSOORTEN = ['B1_ROUTE', 'TAALSCHAKELTRAJECT', 'ONDERWIJSROUTE', 'Z_ROUTE', 'Z_ROUTE_PARTICIPATIE', 'MAP', 'PVT'] as const;
export type Trajectsoort = (typeof TRAJECTSOORTEN)[number];

export const TRAJECTSOORT_OMSCHRIJVING: Record<Trajectsoort, string> = {
  B1_ROUTE: 'B1-route',
  TAALSCHAKELTRAJECT: 'Taalschakeltraject',
  ONDERWIJSROUTE: 'Onderwijsroute',
  Z_ROUTE: 'Z-route (taal)',
  Z_ROUTE_PARTICIPATIE: 'Z-route (participatie)',
  MAP: 'Module Arbeidsmarkt en Participatie',
  PVT: 'Participatieverklaringstraject',
};

/** Language trajecten: bought by the gemeente only for asielstatushouders; their lessons count as taaluren. */
export const TAAL_SOORTEN: readonly Trajectsoort[] = ['B1_ROUTE', 'TAALSCHAKELTRAJECT', 'ONDERWIJSROUTE', 'Z_ROUTE'];

/** Participation activities; for the Z-route, MAP and PVT hours count towards participation (domain.md §2). */
export const PARTICIPATIE_SOORTEN: readonly Trajectsoort[] = ['Z_ROUTE_PARTICIPATIE', 'MAP', 'PVT'];

export function isTaalSoort(soort: Trajectsoort): boolean {
  return TAAL_SOORTEN.includes(soort);
}

/** Course components, as codes (domain.md §4: "course name and components"). */
export const TRAJECT_ONDERDELEN = ['LEZEN', 'LUISTEREN', 'SCHRIJVEN', 'SPREKEN', 'KNM', 'ALFABETISERING', 'DEFICIENTIES', 'PARTICIPATIE', 'WORKSHOP_KERNWAARDEN'] as const;
