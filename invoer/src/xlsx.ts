import type { CellValue } from 'exceljs';
import { bestandsfout, InvoerFout } from './problemen.js';
import { leesTabel, type Inlezen, type Tabelregel } from './tabel.js';

/** 2026-11-16 from a date cell; the spreadsheet stores a day without a zone, which exceljs gives as UTC midnight. */
const isoDag = (d: Date) => `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;

/**
 * A cell as the text a school would have typed, so the one row reader decides what it means: a number as digits (its
 * binary noise such as 10.500000000000002 dropped), a date cell as JJJJ-MM-DD, a formula as its stored result, an
 * error (#REF!) as itself, which then fails its cell. An empty cell stays empty, never 0.
 */
export function celTekst(waarde: CellValue): string {
  if (waarde === null || waarde === undefined) return '';
  if (waarde instanceof Date) return Number.isNaN(waarde.getTime()) ? '' : isoDag(waarde);
  if (typeof waarde === 'number') return String(Number(waarde.toPrecision(12)));
  if (typeof waarde === 'string') return waarde;
  if (typeof waarde === 'boolean') return waarde ? 'WAAR' : 'ONWAAR';
  if ('richText' in waarde) return waarde.richText.map((deel) => deel.text).join('');
  if ('error' in waarde) return waarde.error;
  if ('formula' in waarde || 'sharedFormula' in waarde) return celTekst((waarde as { result?: CellValue }).result ?? null);
  if ('text' in waarde) return celTekst(waarde.text as CellValue);
  return '';
}

/**
 * The first worksheet of an .xlsx workbook. exceljs is loaded only when a workbook comes in, so the web client keeps
 * it in a chunk of its own instead of in every page's bundle.
 */
export async function leesXlsx(bytes: Uint8Array): Promise<Inlezen> {
  const module = await import('exceljs');
  // exceljs is CommonJS: Node hands it over as the default export, a bundler may spread it over the namespace.
  const { Workbook } = module.default ?? module;
  const werkboek = new Workbook();
  try {
    // exceljs's types say Buffer; its zip reader takes any byte array, in Node and in the browser.
    await werkboek.xlsx.load(bytes as unknown as Parameters<typeof werkboek.xlsx.load>[0]);
  } catch {
    return bestandsfout(InvoerFout.BESTAND_ONLEESBAAR, 'Het bestand is geen leesbare Excel-werkmap (.xlsx). Sla het opnieuw op als .xlsx of als .csv.');
  }
  const blad = werkboek.worksheets[0];
  if (!blad) return bestandsfout(InvoerFout.BESTAND_ONLEESBAAR, 'De werkmap heeft geen werkblad.');
  const tabel: Tabelregel[] = [];
  blad.eachRow({ includeEmpty: false }, (rij, regel) => {
    tabel.push({ regel, cellen: Array.from({ length: rij.cellCount }, (_, i) => celTekst(rij.getCell(i + 1).value)) });
  });
  return leesTabel(tabel);
}
