import type { Trajectsoort } from '../organisatie/trajectsoort.js';

export const BESLUITSOORTEN = ['MAP', 'PVT', 'Z_ROUTE'] as const;
export type Besluitsoort = (typeof BESLUITSOORTEN)[number];

/** DUO InburgeringJaNeeType, as 'Ja'/'Nee' in the payload to DUO. */
export const VERWIJTBAARHEID = ['JA', 'NEE'] as const;
export type Verwijtbaarheid = (typeof VERWIJTBAARHEID)[number];

/** A decision must be registered at DUO within this many working days (001 §4.4). */
export const DUO_TERMIJN_WERKDAGEN = 10;

/** The traject a decision may rest on: a MAP decision on a MAP traject, PVT on PVT, the Z-route on a Z-route traject. */
export const TRAJECTSOORTEN_PER_BESLUIT: Record<Besluitsoort, readonly Trajectsoort[]> = {
  MAP: ['MAP'],
  PVT: ['PVT'],
  Z_ROUTE: ['Z_ROUTE', 'Z_ROUTE_PARTICIPATIE'],
};
