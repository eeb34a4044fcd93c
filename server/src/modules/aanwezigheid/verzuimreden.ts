/**
 * Coded reasons for absence (domain.md §5). A code, never free text: illness is a category, never a
 * diagnosis (002 "Gezondheidsgegevens"), so there is nowhere to type one.
 */
export type VerzuimSoort = 'GEOORLOOFD' | 'ONGEOORLOOFD';

export interface Verzuimreden {
  code: string;
  soort: VerzuimSoort;
  omschrijving: string;
}

export const VERZUIMREDENEN: readonly Verzuimreden[] = [
  { code: 'ZIEKTE', soort: 'GEOORLOOFD', omschrijving: 'Ziek gemeld (geen medische details)' },
  { code: 'AFSPRAAK_INSTANTIE', soort: 'GEOORLOOFD', omschrijving: 'Afspraak bij gemeente, IND, COA of andere instantie' },
  { code: 'WERK_OF_OPLEIDING', soort: 'GEOORLOOFD', omschrijving: 'Werk, stage of opleiding (afgestemd met de gemeente)' },
  { code: 'ZORGTAKEN', soort: 'GEOORLOOFD', omschrijving: 'Zorg voor kind of gezinslid' },
  { code: 'BIJZONDERE_GEBEURTENIS', soort: 'GEOORLOOFD', omschrijving: 'Bijzondere familiegebeurtenis' },
  { code: 'VERLOF', soort: 'GEOORLOOFD', omschrijving: 'Toegekend verlof' },
  { code: 'EXAMEN', soort: 'GEOORLOOFD', omschrijving: 'Examen of toets elders' },
  { code: 'OVERMACHT', soort: 'GEOORLOOFD', omschrijving: 'Overmacht (vervoer, weer, calamiteit)' },
  { code: 'ZONDER_BERICHT', soort: 'ONGEOORLOOFD', omschrijving: 'Afwezig zonder bericht' },
  { code: 'TE_LAAT', soort: 'ONGEOORLOOFD', omschrijving: 'Te laat gekomen of eerder vertrokken' },
  { code: 'AFGEMELD_ZONDER_GELDIGE_REDEN', soort: 'ONGEOORLOOFD', omschrijving: 'Afgemeld zonder geldige reden' },
  { code: 'WEIGERT_DEELNAME', soort: 'ONGEOORLOOFD', omschrijving: 'Weigert deel te nemen' },
];

const BY_CODE = new Map(VERZUIMREDENEN.map((r) => [r.code, r]));

export function verzuimreden(code: string): Verzuimreden | undefined {
  return BY_CODE.get(code);
}
