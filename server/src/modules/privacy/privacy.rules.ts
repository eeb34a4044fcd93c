import type { Overtredingen } from '../shared/domain-error.js';
import type { MedischeCategorie } from './medische-termen.data.js';
import { vindMedischeTermen } from './medische-termen.js';
import { PrivacyFout } from './privacy.errors.js';

const SOORT: Record<MedischeCategorie, string> = {
  diagnose: 'diagnose', medicatie: 'medicatie', behandeling: 'behandeling of zorg', symptoom: 'medische klacht', zwangerschap: 'zwangerschap',
};

/** What to do instead, when the field has no category of its own. */
const STANDAARD_ADVIES = 'Laat diagnose, medicatie en behandeling weg.';

/**
 * Refuses a free text that names medical details (domain.md §5, §7; 002 "Gezondheidsgegevens": medical data
 * offered must be refused, not stored). One call per free-text field, after its length check. `advies` says what
 * the user should do instead, e.g. which category code to choose.
 */
export function controleerMedischeGegevens(fouten: Overtredingen, veld: string, tekst: string | null | undefined, advies = STANDAARD_ADVIES): void {
  if (!tekst) return;
  const treffers = vindMedischeTermen(tekst);
  if (treffers.length === 0) return;
  const genoemd = treffers.slice(0, 3).map((t) => `"${t.gevonden}" (${SOORT[t.categorie]})`).join(', ');
  fouten.add(PrivacyFout.MEDISCHE_GEGEVENS, `input.${veld}`,
    `Medische gegevens mogen niet worden vastgelegd; gevonden: ${genoemd}${treffers.length > 3 ? ' en meer' : ''}. ${advies}`);
}
