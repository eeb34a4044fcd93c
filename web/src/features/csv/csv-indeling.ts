import { KOLOMMEN, leesAanwezigheidBestand, leesCsvTekst, type Inlezen, type InvoerRegel, type Kolom } from '@portal/invoer';
import Papa from 'papaparse';

/**
 * The documented layout for attendance files, read by @portal/invoer: a header row, semicolon-separated (what Dutch
 * spreadsheets write), decimals with a comma or a point, dates as JJJJ-MM-DD or DD-MM-JJJJ. A line without any hours
 * (a template line left alone) is skipped; an empty cell is never read as 0, except in the verzuim columns.
 */
export { KOLOMMEN, type Inlezen, type Kolom };

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

export type CsvRegel = InvoerRegel;

/** Text already decoded (tests, the fuzz run): the same reading as a file's. */
export function leesCsv(tekst: string): Inlezen {
  return leesCsvTekst(tekst);
}

/** An uploaded file, CSV or .xlsx, in whatever encoding the school's program wrote it. */
export async function leesBestand(bestand: File): Promise<Inlezen> {
  return leesAanwezigheidBestand(new Uint8Array(await bestand.arrayBuffer()), bestand.name);
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
