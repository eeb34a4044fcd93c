/**
 * The eight reasons a PVT was not fulfilled, with DUO's field rules and time windows (003 §3.5, domain.md §5).
 * One table instead of a chain of ifs: each row says what the participation dates must be and when it may be given.
 */
export type DatumRegel = 'LEEG' | 'GEVULD' | 'OPTIONEEL';
/** NIET_VERWIJTBAAR: from two months before the term ends. NA_TERMIJN: only after the term has passed. */
export type Tijdvak = 'NIET_VERWIJTBAAR' | 'NA_TERMIJN';

export interface PvtReden {
  omschrijving: string;
  deelname: DatumRegel;
  tijdvak: Tijdvak;
}

export const PVT_REDENEN = {
  WEIGERT_DEELNAME: { omschrijving: 'Persoon weigert deel te nemen aan het PV-traject', deelname: 'LEEG', tijdvak: 'NA_TERMIJN' },
  WEIGERT_ONDERTEKENING: { omschrijving: 'Persoon heeft wel deelgenomen maar weigert de verklaring te ondertekenen', deelname: 'GEVULD', tijdvak: 'NA_TERMIJN' },
  REAGEERT_NIET: { omschrijving: 'Persoon reageert niet op uitnodiging van de gemeente', deelname: 'LEEG', tijdvak: 'NA_TERMIJN' },
  NIET_OPGEKOMEN: { omschrijving: 'Persoon is zonder reden niet op komen dagen', deelname: 'OPTIONEEL', tijdvak: 'NA_TERMIJN' },
  GEEN_AANBOD_GEMEENTE: { omschrijving: 'Gemeente kon binnen de PVT-termijn geen PV-traject aanbieden', deelname: 'LEEG', tijdvak: 'NIET_VERWIJTBAAR' },
  ZIEKTE: { omschrijving: 'Bijzondere omstandigheden – Ziekte', deelname: 'OPTIONEEL', tijdvak: 'NIET_VERWIJTBAAR' },
  DETENTIE: { omschrijving: 'Bijzondere omstandigheden – Detentie', deelname: 'OPTIONEEL', tijdvak: 'NIET_VERWIJTBAAR' },
  OVERMACHT: { omschrijving: 'Bijzondere omstandigheden – Overmacht', deelname: 'OPTIONEEL', tijdvak: 'NA_TERMIJN' },
} as const satisfies Record<string, PvtReden>;

export type PvtRedenCode = keyof typeof PVT_REDENEN;
export const PVT_REDEN_CODES = Object.keys(PVT_REDENEN) as PvtRedenCode[];
