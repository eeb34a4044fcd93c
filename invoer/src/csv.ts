import Papa from 'papaparse';
import { bestandsfout, InvoerFout } from './problemen.js';
import { leesTabel, type Inlezen } from './tabel.js';

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

/** A CSV already decoded to text: semicolon, comma or tab separated, as the header line shows. */
export function leesCsvTekst(invoer: string): Inlezen {
  const tekst = invoer.replace(/^\uFEFF/, '');
  const { data, errors } = Papa.parse<string[]>(tekst, { header: false, skipEmptyLines: false, delimiter: scheidingsteken(tekst) });
  if (errors.length > 0 && data.length === 0) return bestandsfout(InvoerFout.BESTAND_ONLEESBAAR, `Het bestand is geen leesbare CSV: ${errors[0]!.message}`);
  // Records are numbered as lines: a quoted cell spanning lines would shift the numbers, and attendance has none.
  return leesTabel(data.map((cellen, i) => ({ regel: i + 1, cellen })));
}
