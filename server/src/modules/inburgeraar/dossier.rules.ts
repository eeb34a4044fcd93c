import { isIsoDatum, type IsoDatum } from '../shared/datum.js';
import type { Overtredingen } from '../shared/domain-error.js';

/** The fields of a dossier a regisseur keeps up to date (identification is in `RegistratieInvoer`). */
export interface DossierGegevens {
  email?: string | null;
  telefoon?: string | null;
  straat?: string | null;
  huisnummer?: string | null;
  postcode?: string | null;
  woonplaats?: string | null;
  datumVestiging?: IsoDatum | null;
  begindatumInburgeringsplicht?: IsoDatum | null;
  lbtResultaat?: 'B1_ROUTE_HAALBAAR' | 'B1_ROUTE_NIET_HAALBAAR' | 'ONBEKEND' | null;
  lbtDatumAfname?: IsoDatum | null;
  rechtMaatschappelijkeBegeleiding?: boolean | null;
  startMaatschappelijkeBegeleiding?: IsoDatum | null;
  startOntzorgen?: IsoDatum | null;
  eindeOntzorgen?: IsoDatum | null;
  opleidingsniveau?: 'GEEN' | 'BASISONDERWIJS' | 'VOORTGEZET_ONDERWIJS' | 'MBO' | 'HBO_WO' | 'ONBEKEND' | null;
  alfabetisering?: 'A' | 'AA' | 'NVT' | null;
}

const DATUMVELDEN = ['datumVestiging', 'begindatumInburgeringsplicht', 'lbtDatumAfname', 'startMaatschappelijkeBegeleiding', 'startOntzorgen', 'eindeOntzorgen'] as const;

export function normaliseerPostcode(postcode: string): string {
  return postcode.replace(/\s+/g, '').toUpperCase();
}

/** Checks the dossier fields; `vandaag` bounds dates that cannot lie in the future. */
export function controleerDossierGegevens(g: DossierGegevens, vandaag: IsoDatum, fouten: Overtredingen, prefix = 'input'): void {
  for (const veld of DATUMVELDEN) {
    const waarde = g[veld];
    if (waarde == null) continue;
    if (!isIsoDatum(waarde)) fouten.add('DATUM_ONGELDIG', `${prefix}.${veld}`, `"${waarde}" is geen geldige datum; gebruik JJJJ-MM-DD.`);
  }
  if (g.postcode && !/^[1-9][0-9]{3}[A-Z]{2}$/.test(normaliseerPostcode(g.postcode))) {
    fouten.add('POSTCODE_ONGELDIG', `${prefix}.postcode`, 'Een postcode is vier cijfers en twee letters, bijvoorbeeld 3511AB.');
  }
  if (g.email && (g.email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(g.email))) {
    fouten.add('EMAIL_ONGELDIG', `${prefix}.email`, 'Dit is geen geldig e-mailadres.');
  }
  if (g.telefoon && !/^\+?[0-9][0-9 -]{7,17}$/.test(g.telefoon)) {
    fouten.add('TELEFOON_ONGELDIG', `${prefix}.telefoon`, 'Een telefoonnummer bestaat uit cijfers (eventueel met +, spaties of streepjes), 8 tot 18 tekens.');
  }
  if (g.startOntzorgen && g.eindeOntzorgen && g.eindeOntzorgen < g.startOntzorgen) {
    fouten.add('ONTZORGEN_OMGEKEERD', `${prefix}.eindeOntzorgen`, 'Het einde van ontzorgen ligt vóór de start.');
  }
  if (g.eindeOntzorgen && !g.startOntzorgen) {
    fouten.add('ONTZORGEN_ZONDER_START', `${prefix}.startOntzorgen`, 'Vul de start van ontzorgen in bij een einde.');
  }
  if (g.startMaatschappelijkeBegeleiding && g.rechtMaatschappelijkeBegeleiding === false) {
    fouten.add('BEGELEIDING_ZONDER_RECHT', `${prefix}.startMaatschappelijkeBegeleiding`, 'Maatschappelijke begeleiding kan alleen starten bij recht erop.');
  }
  for (const veld of ['lbtDatumAfname', 'datumVestiging', 'startMaatschappelijkeBegeleiding', 'startOntzorgen'] as const) {
    const waarde = g[veld];
    if (waarde && isIsoDatum(waarde) && waarde > vandaag) fouten.add('DATUM_IN_TOEKOMST', `${prefix}.${veld}`, 'Deze datum kan niet in de toekomst liggen.');
  }
  for (const veld of ['straat', 'huisnummer', 'woonplaats'] as const) {
    if ((g[veld] ?? '').length > 100) fouten.add('TEKST_TE_LANG', `${prefix}.${veld}`, 'Hoogstens 100 tekens.');
  }
}
