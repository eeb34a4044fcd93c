/** Domain codes of the attendance rules; each has a Dutch message in the service that raises it. */
export enum AanwezigheidFout {
  TRAJECT_ONBEKEND = 'TRAJECT_ONBEKEND',
  DATUM_ONGELDIG = 'DATUM_ONGELDIG',
  PERIODE_OMGEKEERD = 'PERIODE_OMGEKEERD',
  PERIODE_TE_LANG = 'PERIODE_TE_LANG',
  /** The period starts after today (veld periodeVan) or ends after today (veld periodeTot): only days that have happened. */
  PERIODE_IN_TOEKOMST = 'PERIODE_IN_TOEKOMST',
  PERIODE_BUITEN_TRAJECT = 'PERIODE_BUITEN_TRAJECT',
  PERIODE_OVERLAPT = 'PERIODE_OVERLAPT',
  UREN_NEGATIEF = 'UREN_NEGATIEF',
  UREN_ONGELDIG = 'UREN_ONGELDIG',
  UREN_MEER_DAN_PERIODE = 'UREN_MEER_DAN_PERIODE',
  UREN_MEER_DAN_INGEROOSTERD = 'UREN_MEER_DAN_INGEROOSTERD',
  VERZUIMREDEN_ONBEKEND = 'VERZUIMREDEN_ONBEKEND',
  VERZUIMREDEN_ONTBREEKT = 'VERZUIMREDEN_ONTBREEKT',
  VERZUIMREDEN_ZONDER_UREN = 'VERZUIMREDEN_ZONDER_UREN',
}

/** The longest period one submission may cover: a week is the norm, a month the most a school batches. */
export const MAX_PERIODE_DAGEN = 31;
