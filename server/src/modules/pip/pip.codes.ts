/** DUO Leerroute: B = B1-route, O = onderwijsroute, Z = zelfredzaamheidsroute. */
export const LEERROUTES = ['B', 'O', 'Z'] as const;
export type Leerroute = (typeof LEERROUTES)[number];

/** DUO NiveauPip. The Z-route has no examination level in the PIP. */
export const PIP_NIVEAUS = ['A2', 'B1'] as const;
export type PipNiveau = (typeof PIP_NIVEAUS)[number];

/** Why a PIP was changed; every change after the first PIP is a new version with one of these. */
export const PIP_WIJZIGINGSREDENEN = ['AFSCHALEN', 'OPSCHALEN', 'ROUTEWISSEL', 'INTENSITEIT', 'CORRECTIE'] as const;
export type PipWijzigingsreden = (typeof PIP_WIJZIGINGSREDENEN)[number];

/** Why the inburgeringsaanbod came later than 3 months after the PIP (001 §3.4.4, §4.8). */
export const REDENEN_LATE_START = ['GEEN_PLEK_BIJ_AANBIEDER', 'PERSOONLIJKE_OMSTANDIGHEDEN', 'WACHTEN_OP_ONDERZOEK', 'VERHUIZING', 'OVERIG'] as const;

/** The inburgeringstermijn is three years from the first PIP's dagtekening (001 §3.4.3). */
export const TERMIJN_JAREN = 3;
/** A route switch is allowed up to 18 months after the term starts; from the onderwijsroute the whole term (001 §3.4.4). */
export const ROUTEWISSEL_MAANDEN = 18;
/** Afschalen B1 → A2 only after at least 600 hours of language lessons (001 §3.4.4). */
export const AFSCHALEN_MIN_UREN = 600;
/** DUO's geschatteIntensiteitB1Route, in hours: the bounds of the column's CHECK (pip_versie_intensiteit_check). */
export const INTENSITEIT_MIN_UREN = 1;
export const INTENSITEIT_MAX_UREN = 9999;
/** The inburgeringsaanbod is due within three months after the PIP. */
export const AANBOD_BINNEN_MAANDEN = 3;
