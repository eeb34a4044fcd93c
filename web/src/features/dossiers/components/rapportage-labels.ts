/**
 * Dutch labels for the codes in an aanbieder's report, as the gemeente reads them. The aanbieder's forms keep their
 * own (unexported) lists; these follow the gemeente schema's enums. An unknown code is shown as itself, never hidden.
 */
export const VOORTGANG_LABEL: Record<string, string> = { OP_SCHEMA: 'Op schema', ACHTER: 'Achter', ERNSTIG_ACHTER: 'Ernstig achter' };

export const EXAMENVOORBEREIDING_LABEL: Record<string, string> = { NIET_GESTART: 'Niet gestart', BEZIG: 'Bezig', KLAAR_VOOR_EXAMEN: 'Klaar voor het examen' };

export const ONDERDEEL_LABEL: Record<string, string> = { LE: 'Lezen', LU: 'Luisteren', SC: 'Schrijven', SP: 'Spreken', KNM: 'Kennis van de Nederlandse Maatschappij' };

export const BELEMMERING_LABEL: Record<string, string> = {
  GEZONDHEID: 'Gezondheid', ZORGTAKEN: 'Zorgtaken', WERK: 'Werk', HUISVESTING: 'Huisvesting',
  PSYCHOSOCIAAL: 'Psychosociaal', LEERBAARHEID: 'Leerbaarheid', MOTIVATIE: 'Motivatie', OVERIG: 'Overig',
};

export const BELEMMERING_GEVOLG_LABEL: Record<string, string> = {
  MINDER_UREN: 'Kan minder uren volgen', WISSELENDE_AANWEZIGHEID: 'Wisselend aanwezig', TIJDELIJK_AFWEZIG: 'Tijdelijk afwezig',
  ANDER_LESMOMENT: 'Heeft een ander lesmoment nodig', AANPASSING_IN_DE_LES: 'Heeft een aanpassing in de les nodig',
  LAGER_TEMPO: 'Leert in een lager tempo', EXTRA_BEGELEIDING: 'Heeft extra begeleiding nodig', ONLINE_LESSEN: 'Volgt (tijdelijk) online lessen',
};

export const ADVIES_LABEL: Record<string, string> = { GEEN: 'Geen advies', AFSCHALEN: 'Afschalen', OPSCHALEN: 'Opschalen', ROUTEWISSEL: 'Routewissel' };

export const ADVIESGROND_LABEL: Record<string, string> = {
  UREN_GEVOLGD_ZONDER_VOORTGANG: 'Uren gevolgd zonder voldoende voortgang', TOETSRESULTATEN: 'Toetsresultaten', LEERBAARHEID: 'Leerbaarheid',
  SNELLERE_VOORTGANG_DAN_VERWACHT: 'Snellere voortgang dan verwacht', OMSTANDIGHEDEN: 'Omstandigheden',
};

export const EXAMENRESULTAAT_LABEL: Record<string, string> = { GESLAAGD: 'Geslaagd', GEZAKT: 'Gezakt', GEEN: 'Geen resultaat' };

export const REDEN_GEEN_RESULTAAT_LABEL: Record<string, string> = {
  ABSENT: 'Absent', AFGEMELD: 'Afgemeld', NIET_VERWIJTBAAR: 'Niet verwijtbaar', VERWIJTBAAR: 'Verwijtbaar',
};

export const MAP_RESULTAAT_LABEL: Record<string, string> = { AFGEROND: 'Afgerond', NIET_AFGEROND: 'Niet afgerond' };

export const REDEN_LATE_START_LABEL: Record<string, string> = {
  NIET_BEREIKBAAR: 'Niet bereikbaar', OVERIG: 'Overig', PERSOONLIJKE_OMSTANDIGHEDEN: 'Persoonlijke omstandigheden',
  PLANNING_AANBIEDER: 'Planning van de aanbieder', WACHTLIJST: 'Wachtlijst',
};

export const REDEN_MAP_NIET_AFGEROND_LABEL: Record<string, string> = {
  GESTOPT: 'Gestopt', NIET_VERSCHENEN: 'Niet verschenen', OVERIG: 'Overig', VERHUISD: 'Verhuisd', WERK: 'Werk', ZIEKTE: 'Ziekte',
};

export const REDEN_PVT_NIET_VOLDAAN_LABEL: Record<string, string> = {
  DETENTIE: 'Bijzondere omstandigheden – detentie', GEEN_AANBOD_GEMEENTE: 'Gemeente kon binnen de PVT-termijn geen PV-traject aanbieden',
  NIET_OPGEKOMEN: 'Zonder reden niet op komen dagen', OVERMACHT: 'Bijzondere omstandigheden – overmacht',
  REAGEERT_NIET: 'Reageert niet op de uitnodiging van de gemeente', WEIGERT_DEELNAME: 'Weigert deel te nemen aan het PV-traject',
  WEIGERT_ONDERTEKENING: 'Nam deel, maar weigert de verklaring te ondertekenen', ZIEKTE: 'Bijzondere omstandigheden – ziekte',
};

export const TAALSCHAKEL_RESULTAAT_LABEL: Record<string, string> = { BEHAALD: 'Behaald', NIET_BEHAALD: 'Niet behaald', VOORTIJDIG_GESTOPT: 'Voortijdig gestopt' };

/** The label of a code, the code itself when no label is known, a dash when empty. */
export function label(labels: Record<string, string>, code: string | null | undefined): string {
  if (!code) return '–';
  return labels[code] ?? code;
}

/** Labels of a list of codes, in the order given; "geen" for an empty list. */
export function labels(lijst: Record<string, string>, codes: readonly string[]): string {
  return codes.length ? codes.map((c) => label(lijst, c)).join(', ') : 'Geen';
}
