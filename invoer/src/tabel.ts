import { leesAanwezigheid, type GelezenRij, type RuweAanwezigheid } from './aanwezigheid.js';
import { bestandsfout, InvoerFout, type Bestandsfout } from './problemen.js';

/**
 * The documented layout of an attendance file: a header row, then one period of one traject per line. `deelnemer` is
 * for people reading the file and is ignored on import; `trajectId` identifies the traject (see the template).
 */
export const KOLOMMEN = [
  'trajectId', 'deelnemer', 'periodeVan', 'periodeTot', 'urenIngeroosterd', 'urenAanwezig',
  'urenGeoorloofdVerzuim', 'redenGeoorloofdVerzuim', 'urenOngeoorloofdVerzuim', 'redenOngeoorloofdVerzuim',
] as const;
export type Kolom = (typeof KOLOMMEN)[number];
const VERPLICHT = KOLOMMEN.filter((k): k is Exclude<Kolom, 'deelnemer'> => k !== 'deelnemer');

export interface InvoerRegel {
  /** Line (CSV) or row (spreadsheet) number as the school's program shows it, header included, for messages and the error report. */
  regel: number;
  /** The line's cells by column name, as text. */
  bron: Record<string, string>;
  /** The line read as one attendance row: skipped (no hours), refused at its cells, or ready to send. */
  lezing: GelezenRij;
}

export interface Ingelezen {
  ok: true;
  regels: InvoerRegel[];
}

export type Inlezen = Ingelezen | Bestandsfout;

/** One line of a file, its cells as text, with the number the school's program shows for it. */
export interface Tabelregel {
  regel: number;
  cellen: string[];
}

const isLeeg = (cellen: string[]) => cellen.every((c) => c.trim() === '');

/**
 * Turns a table (CSV or spreadsheet, already text) into attendance lines: the first non-blank line is the header, its
 * names matched without regard to case or surrounding spaces; blank lines are dropped, keeping the others' numbers.
 */
export function leesTabel(tabel: Tabelregel[]): Inlezen {
  const kopIndex = tabel.findIndex((r) => !isLeeg(r.cellen));
  const kop = (tabel[kopIndex]?.cellen ?? []).map((naam) => {
    const schoon = naam.trim();
    return KOLOMMEN.find((k) => k.toLowerCase() === schoon.toLowerCase()) ?? schoon;
  });
  const ontbrekend = VERPLICHT.filter((k) => !kop.includes(k));
  if (ontbrekend.length > 0) {
    return bestandsfout(InvoerFout.KOLOMMEN_ONTBREKEN, `Deze kolommen ontbreken: ${ontbrekend.join(', ')}. Gebruik het sjabloon.`);
  }
  const regels = tabel.slice(kopIndex + 1).filter((r) => !isLeeg(r.cellen)).map(({ regel, cellen }): InvoerRegel => {
    const bron: Record<string, string> = {};
    kop.forEach((naam, i) => { if (naam !== '') bron[naam] = cellen[i] ?? ''; });
    const ruw = Object.fromEntries(VERPLICHT.map((k) => [k, bron[k] ?? ''])) as RuweAanwezigheid;
    return { regel, bron, lezing: leesAanwezigheid(ruw) };
  });
  return { ok: true, regels };
}
