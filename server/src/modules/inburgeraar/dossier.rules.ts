import { isIsoDatum, type IsoDatum } from '../shared/datum.js';
import type { Overtredingen } from '../shared/domain-error.js';
import { DossierFout as F } from './dossier.errors.js';

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
    if (!isIsoDatum(waarde)) fouten.add(F.DATUM_ONGELDIG, `${prefix}.${veld}`, `"${waarde}" is geen geldige datum; gebruik JJJJ-MM-DD.`);
  }
  if (g.postcode && !/^[1-9][0-9]{3}[A-Z]{2}$/.test(normaliseerPostcode(g.postcode))) {
    fouten.add(F.POSTCODE_ONGELDIG, `${prefix}.postcode`);
  }
  if (g.email && (g.email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(g.email))) {
    fouten.add(F.EMAIL_ONGELDIG, `${prefix}.email`);
  }
  if (g.telefoon && !/^\+?[0-9][0-9 -]{7,17}$/.test(g.telefoon)) {
    fouten.add(F.TELEFOON_ONGELDIG, `${prefix}.telefoon`);
  }
  if (g.startOntzorgen && g.eindeOntzorgen && g.eindeOntzorgen < g.startOntzorgen) {
    fouten.add(F.ONTZORGEN_OMGEKEERD, `${prefix}.eindeOntzorgen`);
  }
  if (g.eindeOntzorgen && !g.startOntzorgen) {
    fouten.add(F.ONTZORGEN_ZONDER_START, `${prefix}.startOntzorgen`);
  }
  if (g.startMaatschappelijkeBegeleiding && g.rechtMaatschappelijkeBegeleiding === false) {
    fouten.add(F.BEGELEIDING_ZONDER_RECHT, `${prefix}.startMaatschappelijkeBegeleiding`);
  }
  for (const veld of ['lbtDatumAfname', 'datumVestiging', 'startMaatschappelijkeBegeleiding', 'startOntzorgen'] as const) {
    const waarde = g[veld];
    if (waarde && isIsoDatum(waarde) && waarde > vandaag) fouten.add(F.DATUM_IN_TOEKOMST, `${prefix}.${veld}`);
  }
  for (const veld of ['straat', 'huisnummer', 'woonplaats'] as const) {
    if ((g[veld] ?? '').length > 100) fouten.add(F.TEKST_TE_LANG, `${prefix}.${veld}`, 'Hoogstens 100 tekens.');
  }
}
