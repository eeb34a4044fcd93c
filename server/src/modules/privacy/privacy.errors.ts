/** Domain codes of the privacy guards on free text (domain.md §7). */
export enum PrivacyFout {
  /** A free-text field names a diagnosis, medicine, treatment, medical symptom or pregnancy (002 "Gezondheidsgegevens"). */
  MEDISCHE_GEGEVENS = 'MEDISCHE_GEGEVENS',
}
