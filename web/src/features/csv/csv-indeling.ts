import Papa from 'papaparse';
import { leesAanwezigheid, type GelezenRij, type RuweAanwezigheid } from '../aanwezigheid/invoer';

/**
 * The documented CSV layout for attendance. Semicolon-separated (what Dutch spreadsheets write), a header row,
 * decimals with a comma or a point, dates as JJJJ-MM-DD or DD-MM-JJJJ. `deelnemer` is for people reading the
 * file and is ignored on import; `trajectId` identifies the traject (see the template). A line without any hours
 * (a template line left alone) is skipped; an empty cell is never read as 0, except in the verzuim columns.
 */
export const KOLOMMEN = [
  'trajectId', 'deelnemer', 'periodeVan', 'periodeTot', 'urenIngeroosterd', 'urenAanwezig',
  'urenGeoorloofdVerzuim', 'redenGeoorloofdVerzuim', 'urenOngeoorloofdVerzuim', 'redenOngeoorloofdVerzuim',
] as const;
const VERPLICHT = KOLOMMEN.filter((k) => k !== 'deelnemer');
export type Kolom = (typeof KOLOMMEN)[number];

/** What goes in each column, as the page documents it; the reason columns list their codes from the server. */
export const KOLOM_UITLEG: Record<Kolom, { verplicht: string; inhoud: string; redenen?: 'GEOORLOOFD' | 'ONGEOORLOOFD' }> = {
  trajectId: { verplicht: 'ja', inhoud: 'De portaalreferentie van het traject, zoals in het sjabloon.' },
  deelnemer: { verplicht: 'nee', inhoud: 'Naam en soort traject, alleen om de regel te herkennen; wordt niet ingelezen.' },
  periodeVan: { verplicht: 'ja', inhoud: 'Eerste dag van de periode, JJJJ-MM-DD of DD-MM-JJJJ.' },
  periodeTot: { verplicht: 'ja', inhoud: 'Laatste dag van de periode (tot en met).' },
  urenIngeroosterd: { verplicht: 'ja', inhoud: 'Uren les ingeroosterd in de periode, met komma of punt; 0 als er geen les was (leeg is een fout, geen 0).' },
  urenAanwezig: { verplicht: 'ja', inhoud: 'Uren aanwezig; 0 als de deelnemer er niet was (leeg is een fout, geen 0).' },
  urenGeoorloofdVerzuim: { verplicht: 'nee', inhoud: 'Uren geoorloofd verzuim; leeg betekent geen.' },
  redenGeoorloofdVerzuim: { verplicht: 'bij verzuim', inhoud: 'Code van de reden:', redenen: 'GEOORLOOFD' },
  urenOngeoorloofdVerzuim: { verplicht: 'nee', inhoud: 'Uren ongeoorloofd verzuim; leeg betekent geen.' },
  redenOngeoorloofdVerzuim: { verplicht: 'bij verzuim', inhoud: 'Code van de reden:', redenen: 'ONGEOORLOOFD' },
};

export interface CsvRegel {
  /** Line number in the file (header = 1), for messages and the error report. */
  regel: number;
  bron: Record<string, string>;
  /** The line read as one attendance row: skipped (no hours), refused at its cells, or ready to send. */
  lezing: GelezenRij;
}

export type Inlezen = { ok: true; regels: CsvRegel[] } | { ok: false; melding: string };

const SCHEIDINGSTEKENS = [';', ',', '\t'] as const;

/**
 * The separator is read off the header line, which only holds column names. Papa's own guess looks at the first
 * lines as a whole, and blank lines plus decimal commas ("12,5") or a name like "Jansen, P." make it pick the comma.
 */
function scheidingsteken(tekst: string): string {
  const kop = tekst.split(/\r?\n/).find((regel) => regel.trim() !== '') ?? '';
  const aantal = (teken: string) => kop.split(teken).length - 1;
  return SCHEIDINGSTEKENS.reduce((beste, teken) => (aantal(teken) > aantal(beste) ? teken : beste));
}

export function leesCsv(invoer: string): Inlezen {
  const tekst = invoer.replace(/^\uFEFF/, '');
  const { data, errors, meta } = Papa.parse<Record<string, string>>(tekst, { header: true, skipEmptyLines: false, delimiter: scheidingsteken(tekst) });
  if (errors.length > 0 && data.length === 0) return { ok: false, melding: `Het bestand is geen leesbare CSV: ${errors[0]!.message}` };
  const ontbrekend = VERPLICHT.filter((k) => !(meta.fields ?? []).includes(k));
  if (ontbrekend.length > 0) return { ok: false, melding: `Deze kolommen ontbreken: ${ontbrekend.join(', ')}. Gebruik het sjabloon.` };
  return {
    ok: true,
    // Blank lines are dropped after numbering, so a message names the line the spreadsheet shows.
    regels: data.flatMap((bron, i) => (Object.values(bron).every((v) => typeof v !== 'string' || v.trim() === '') ? [] : [{
      regel: i + 2,
      bron,
      lezing: leesAanwezigheid(Object.fromEntries(VERPLICHT.map((k) => [k, bron[k] ?? ''])) as RuweAanwezigheid),
    }])),
  };
}

export function maakCsv(rijen: Record<string, string | number>[], kolommen: readonly string[]): string {
  return `\uFEFF${Papa.unparse({ fields: [...kolommen], data: rijen.map((r) => kolommen.map((k) => r[k] ?? '')) }, { delimiter: ';' })}\r\n`;
}

export function download(naam: string, inhoud: string): void {
  const url = URL.createObjectURL(new Blob([inhoud], { type: 'text/csv;charset=utf-8' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: naam });
  a.click();
  URL.revokeObjectURL(url);
}
