import { foutcatalogus } from '../shared/domain-error.js';

/** Domain codes of the privacy guards on free text (domain.md §7). */
export enum PrivacyFout {
  /** A free-text field names a diagnosis, medicine, treatment, medical symptom or pregnancy (002 "Gezondheidsgegevens"). */
  MEDISCHE_GEGEVENS = 'MEDISCHE_GEGEVENS',
}

foutcatalogus('privacy', PrivacyFout, {
  MEDISCHE_GEGEVENS: { soort: 'BAD_USER_INPUT', melding: 'Deze tekst noemt medische gegevens (een diagnose, medicijn, behandeling, klacht of zwangerschap); die mogen hier niet worden vastgelegd. Kies de passende categorie of code.' },
});
