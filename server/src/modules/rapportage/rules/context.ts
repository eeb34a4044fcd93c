import type { Trajectsoort } from '../../organisatie/trajectsoort.js';
import { datumNl, isIsoDatum, type IsoDatum } from '../../shared/datum.js';
import type { Overtredingen } from '../../shared/domain-error.js';
import { RapportageFout as F } from '../rapportage.errors.js';

/** What report rules may look at besides the report itself. */
export interface RapportageContext {
  vandaag: IsoDatum;
  traject: { soort: Trajectsoort; geplandeStart: IsoDatum; geplandeEinde: IsoDatum };
  /** End of the inburgeringstermijn, or null while no PIP was set (PVT time windows). */
  termijnEinddatum: IsoDatum | null;
}

/**
 * Checks a date field: valid, and optionally not in the future (`nietNa`: today), not after another date of the
 * report (`nietNaDatum`, e.g. the peildatum) and not before a bound. Returns whether the value is a usable date, so
 * later rules comparing it can be skipped when it is not.
 */
export function controleerDatum(
  fouten: Overtredingen, veld: string, waarde: string | null | undefined,
  opties: { verplicht?: boolean; nietNa?: IsoDatum; nietNaDatum?: { datum: IsoDatum; wat: string }; nietVoor?: { datum: IsoDatum; wat: string } } = {},
): waarde is string {
  if (waarde == null || waarde === '') {
    if (opties.verplicht) fouten.add(F.VELD_VERPLICHT, `input.${veld}`, 'Vul deze datum in.');
    return false;
  }
  if (!isIsoDatum(waarde)) {
    fouten.add(F.DATUM_ONGELDIG, `input.${veld}`, `"${waarde}" is geen geldige datum; gebruik JJJJ-MM-DD.`);
    return false;
  }
  if (opties.nietNa && waarde > opties.nietNa) {
    fouten.add(F.DATUM_IN_TOEKOMST, `input.${veld}`, `Deze datum (${datumNl(waarde)}) ligt na vandaag (${datumNl(opties.nietNa)}); meld alleen wat al gebeurd is.`);
    return false;
  }
  if (opties.nietNaDatum && waarde > opties.nietNaDatum.datum) {
    fouten.add(F.DATUM_TE_LAAT, `input.${veld}`, `Deze datum (${datumNl(waarde)}) ligt na ${opties.nietNaDatum.wat} (${datumNl(opties.nietNaDatum.datum)}).`);
    return false;
  }
  if (opties.nietVoor && waarde < opties.nietVoor.datum) {
    fouten.add(F.DATUM_TE_VROEG, `input.${veld}`, `Deze datum (${datumNl(waarde)}) ligt vóór ${opties.nietVoor.wat} (${datumNl(opties.nietVoor.datum)}).`);
    return false;
  }
  return true;
}

export function controleerCode(fouten: Overtredingen, veld: string, waarde: string | null | undefined, lijst: readonly string[], verplicht = true): void {
  if (waarde == null || waarde === '') {
    if (verplicht) fouten.add(F.VELD_VERPLICHT, `input.${veld}`, 'Maak een keuze.');
  } else if (!lijst.includes(waarde)) {
    fouten.add(F.CODE_ONBEKEND, `input.${veld}`, `"${waarde}" is geen geldige waarde; kies uit ${lijst.join(', ')}.`);
  }
}

export function controleerTekst(fouten: Overtredingen, veld: string, waarde: string | null | undefined, max: number): void {
  if (waarde && waarde.length > max) fouten.add(F.TEKST_TE_LANG, `input.${veld}`, `Hoogstens ${max} tekens; beschrijf omstandigheden als categorie, niet in detail.`);
}
