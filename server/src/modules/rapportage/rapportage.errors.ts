/**
 * Domain codes of the report rules. Only the newest are here yet; the older ones are still literals in the rules
 * and move here with the catalogue of issue 9.
 */
export enum RapportageFout {
  GEVOLG_ZONDER_BELEMMERING = 'GEVOLG_ZONDER_BELEMMERING',
}
