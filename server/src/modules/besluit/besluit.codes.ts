export const BESLUITSOORTEN = ['MAP', 'PVT', 'Z_ROUTE'] as const;
export type Besluitsoort = (typeof BESLUITSOORTEN)[number];

/** DUO InburgeringJaNeeType, as 'Ja'/'Nee' in the payload to DUO. */
export const VERWIJTBAARHEID = ['JA', 'NEE'] as const;
export type Verwijtbaarheid = (typeof VERWIJTBAARHEID)[number];

/** A decision must be registered at DUO within this many working days (001 §4.4). */
export const DUO_TERMIJN_WERKDAGEN = 10;
