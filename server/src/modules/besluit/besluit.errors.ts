/** Domain codes of decisions that are not DUO's conditions themselves (those are in besluit.rules.ts). */
export enum BesluitFout {
  TRAJECT_ONBEKEND = 'TRAJECT_ONBEKEND',
  BESLUIT_TRAJECT_ANDER_DOSSIER = 'BESLUIT_TRAJECT_ANDER_DOSSIER',
  BESLUIT_TRAJECT_SOORT_PAST_NIET = 'BESLUIT_TRAJECT_SOORT_PAST_NIET',
}
