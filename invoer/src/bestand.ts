import { leesCsvTekst } from './csv.js';
import { bestandsfout, InvoerFout } from './problemen.js';
import { decodeer } from './tekst.js';
import { leesXlsx } from './xlsx.js';
import type { Inlezen } from './tabel.js';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const begintMet = (bytes: Uint8Array, kop: number[]) => kop.every((b, i) => bytes[i] === b);

const NIET_ONDERSTEUND = 'Dit soort bestand lezen we niet. Sla het op als .xlsx (Excel-werkmap) of als .csv.';

/**
 * Reads an uploaded attendance file, whatever program wrote it: a CSV in UTF-8 or Windows-1252 (or Excel's UTF-16),
 * or an .xlsx workbook. The name only tells the old binary formats apart; the bytes decide the rest, so a workbook
 * renamed to .csv is still read as one. Never throws for what a file holds: a file it cannot read is a coded
 * Bestandsfout, a bad cell is a coded Celfout on its line.
 */
export async function leesAanwezigheidBestand(bytes: Uint8Array, bestandsnaam: string): Promise<Inlezen> {
  const naam = bestandsnaam.toLowerCase();
  if (begintMet(bytes, OLE) || naam.endsWith('.xls') || naam.endsWith('.ods')) return bestandsfout(InvoerFout.BESTANDSTYPE_ONBEKEND, NIET_ONDERSTEUND);
  if (begintMet(bytes, ZIP) || naam.endsWith('.xlsx')) return leesXlsx(bytes);
  return leesCsvTekst(decodeer(bytes).tekst);
}
