import type { Trajectsoort } from '../../organisatie/trajectsoort.js';
import { isIsoDatum, type IsoDatum } from '../../shared/datum.js';
import type { Overtredingen } from '../../shared/domain-error.js';

/** What report rules may look at besides the report itself. */
export interface RapportageContext {
  vandaag: IsoDatum;
  traject: { soort: Trajectsoort; geplandeStart: IsoDatum; geplandeEinde: IsoDatum };
  /** End of the inburgeringstermijn, or null while no PIP was set (PVT time windows). */
  termijnEinddatum: IsoDatum | null;
}

/**
 * Checks a date field: valid, and optionally not in the future and not before a bound. Returns whether the
 * value is a usable date, so later rules comparing it can be skipped when it is not.
 */
export function controleerDatum(
  fouten: Overtredingen, veld: string, waarde: string | null | undefined,
  opties: { verplicht?: boolean; nietNa?: IsoDatum; nietVoor?: { datum: IsoDatum; wat: string } } = {},
): waarde is string {
  if (waarde == null || waarde === '') {
    if (opties.verplicht) fouten.add('VELD_VERPLICHT', `input.${veld}`, 'Vul deze datum in.');
    return false;
  }
  if (!isIsoDatum(waarde)) {
    fouten.add('DATUM_ONGELDIG', `input.${veld}`, `"${waarde}" is geen geldige datum; gebruik JJJJ-MM-DD.`);
    return false;
  }
  if (opties.nietNa && waarde > opties.nietNa) {
    fouten.add('DATUM_IN_TOEKOMST', `input.${veld}`, 'Deze datum kan niet in de toekomst liggen.');
    return false;
  }
  if (opties.nietVoor && waarde < opties.nietVoor.datum) {
    fouten.add('DATUM_TE_VROEG', `input.${veld}`, `Deze datum ligt vóór ${opties.nietVoor.wat} (${opties.nietVoor.datum}).`);
    return false;
  }
  return true;
}

export function controleerCode(fouten: Overtredingen, veld: string, waarde: string | null | undefined, lijst: readonly string[], verplicht = true): void {
  if (waarde == null || waarde === '') {
    if (verplicht) fouten.add('VELD_VERPLICHT', `input.${veld}`, 'Maak een keuze.');
  } else if (!lijst.includes(waarde)) {
    fouten.add('CODE_ONBEKEND', `input.${veld}`, `"${waarde}" is geen geldige waarde; kies uit ${lijst.join(', ')}.`);
  }
}

export function controleerTekst(fouten: Overtredingen, veld: string, waarde: string | null | undefined, max: number): void {
  if (waarde && waarde.length > max) fouten.add('TEKST_TE_LANG', `input.${veld}`, `Hoogstens ${max} tekens; beschrijf omstandigheden als categorie, niet in detail.`);
}
