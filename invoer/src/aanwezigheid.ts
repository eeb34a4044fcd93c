import { InvoerFout } from './problemen.js';
import { leesDatum, leesUren } from './waarden.js';

/** One attendance row as the API takes it (the aanbieder schema's AanwezigheidInput). */
export interface AanwezigheidRij {
  trajectId: string;
  periodeVan: string;
  periodeTot: string;
  urenIngeroosterd: number;
  urenAanwezig: number;
  urenGeoorloofdVerzuim: number;
  redenGeoorloofdVerzuim: string | null;
  urenOngeoorloofdVerzuim: number;
  redenOngeoorloofdVerzuim: string | null;
}

export type AanwezigheidVeld = keyof AanwezigheidRij;

/** One attendance row as typed in the group week or read from a file's line: every cell still text. */
export type RuweAanwezigheid = Record<AanwezigheidVeld, string>;

export interface Celfout {
  veld: AanwezigheidVeld;
  code: InvoerFout;
  melding: string;
}

/** A row is left out (nothing typed), refused at its cells before it is sent, or ready to send. */
export type GelezenRij = { soort: 'leeg' } | { soort: 'fout'; fouten: Celfout[] } | { soort: 'rij'; input: AanwezigheidRij };

export const UREN_VELDEN = ['urenIngeroosterd', 'urenAanwezig', 'urenGeoorloofdVerzuim', 'urenOngeoorloofdVerzuim'] as const;
const REDEN_VELDEN = ['redenGeoorloofdVerzuim', 'redenOngeoorloofdVerzuim'] as const;
/** Scheduled and present hours must be given; an empty verzuim cell means there was none. */
const VERPLICHTE_UREN = new Set<AanwezigheidVeld>(['urenIngeroosterd', 'urenAanwezig']);

export const LEEG_UREN = 'Leeg: vul het aantal uren in (0 als er geen waren). Een lege cel telt niet als 0.';

/** Nothing typed in any hour or reason cell: a template line left alone, which is skipped, never saved as zeros. */
export function isLeegeRij(ruw: RuweAanwezigheid): boolean {
  return [...UREN_VELDEN, ...REDEN_VELDEN].every((veld) => ruw[veld].trim() === '');
}

/**
 * The one reading of an attendance row, for the group week and the uploaded file alike: checked cell by cell before
 * sending, so a wrong row fails alone, at its cells, in Dutch, while the other rows go on. The server's rules still apply after.
 */
export function leesAanwezigheid(ruw: RuweAanwezigheid): GelezenRij {
  if (isLeegeRij(ruw)) return { soort: 'leeg' };
  const fouten: Celfout[] = [];
  const datum = (veld: 'periodeVan' | 'periodeTot') => {
    const gelezen = leesDatum(ruw[veld]);
    if (gelezen.soort === 'waarde') return gelezen.waarde;
    fouten.push(gelezen.soort === 'leeg' ? { veld, code: InvoerFout.LEEG, melding: 'Leeg: vul de datum in.' } : { veld, code: gelezen.code, melding: gelezen.melding });
    return '';
  };
  const uren = (veld: (typeof UREN_VELDEN)[number]) => {
    const gelezen = leesUren(ruw[veld]);
    if (gelezen.soort === 'waarde') return gelezen.waarde;
    if (gelezen.soort === 'fout') fouten.push({ veld, code: gelezen.code, melding: gelezen.melding });
    else if (VERPLICHTE_UREN.has(veld)) fouten.push({ veld, code: InvoerFout.LEEG, melding: LEEG_UREN });
    return 0;
  };
  const trajectId = ruw.trajectId.trim();
  if (trajectId === '') fouten.push({ veld: 'trajectId', code: InvoerFout.TRAJECT_ONTBREEKT, melding: 'Leeg: vul de portaalreferentie van het traject in (zie het sjabloon).' });
  const input: AanwezigheidRij = {
    trajectId, periodeVan: datum('periodeVan'), periodeTot: datum('periodeTot'),
    urenIngeroosterd: uren('urenIngeroosterd'), urenAanwezig: uren('urenAanwezig'),
    urenGeoorloofdVerzuim: uren('urenGeoorloofdVerzuim'), redenGeoorloofdVerzuim: ruw.redenGeoorloofdVerzuim.trim() || null,
    urenOngeoorloofdVerzuim: uren('urenOngeoorloofdVerzuim'), redenOngeoorloofdVerzuim: ruw.redenOngeoorloofdVerzuim.trim() || null,
  };
  return fouten.length > 0 ? { soort: 'fout', fouten } : { soort: 'rij', input };
}
