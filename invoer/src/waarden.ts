import { InvoerFout } from './problemen.js';

/** What one typed or uploaded value says: nothing at all (an empty cell is never a zero), a value, or why it is none. */
export type Gelezen<T> = { soort: 'leeg' } | { soort: 'waarde'; waarde: T } | { soort: 'fout'; code: InvoerFout; melding: string };

/** A value quoted back in a message, cut short so a pasted page of text does not become the message. */
function citaat(tekst: string): string {
  return `"${tekst.length > 20 ? `${tekst.slice(0, 20)}…` : tekst}"`;
}

const fout = (code: InvoerFout, melding: string) => ({ soort: 'fout', code, melding }) as const;

/**
 * Hours as a person types them: "1,5" as well as "1.5", at least 0, at most two decimals (what the server stores).
 * Checked here so one unreadable cell fails alone instead of making GraphQL refuse the whole batch.
 */
export function leesUren(tekst: string): Gelezen<number> {
  const schoon = tekst.trim();
  if (schoon === '') return { soort: 'leeg' };
  if (/^-\s*[\d.,]/.test(schoon)) return fout(InvoerFout.UREN_NEGATIEF, 'Het aantal uren kan niet negatief zijn.');
  const getal = /^(\d+)?(?:[.,](\d+))?$/.exec(schoon);
  const waarde = getal && (getal[1] ?? getal[2]) !== undefined ? Number(`${getal[1] ?? '0'}.${getal[2] ?? '0'}`) : NaN;
  if (!Number.isFinite(waarde)) return fout(InvoerFout.UREN_ONLEESBAAR, `${citaat(schoon)} is geen aantal uren; gebruik cijfers, bijvoorbeeld 1,5.`);
  if ((getal![2] ?? '').length > 2) return fout(InvoerFout.UREN_TE_VEEL_DECIMALEN, 'Geef uren op met hoogstens twee decimalen (bijvoorbeeld 1,25).');
  return { soort: 'waarde', waarde };
}

/**
 * A calendar date as JJJJ-MM-DD or DD-MM-JJJJ (what Dutch spreadsheets write), returned as JJJJ-MM-DD. Only dates that
 * exist (no 31-02) in the years 2000–2099: nothing else is attendance, and the API refuses a whole request for one bad date.
 */
export function leesDatum(tekst: string): Gelezen<string> {
  const schoon = tekst.trim();
  if (schoon === '') return { soort: 'leeg' };
  const nl = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(schoon);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(schoon);
  const [j, m, d] = nl ? [nl[3], nl[2], nl[1]].map(Number) : iso ? [iso[1], iso[2], iso[3]].map(Number) : [NaN, NaN, NaN];
  if (!nl && !iso) return fout(InvoerFout.DATUM_ONLEESBAAR, `${citaat(schoon)} is geen datum; gebruik DD-MM-JJJJ of JJJJ-MM-DD.`);
  const dag = new Date(Date.UTC(j!, m! - 1, d!));
  if (dag.getUTCFullYear() !== j || dag.getUTCMonth() !== m! - 1 || dag.getUTCDate() !== d) {
    return fout(InvoerFout.DATUM_ONBESTAAND, `${citaat(schoon)} is geen bestaande datum.`);
  }
  if (j! < 2000 || j! > 2099) return fout(InvoerFout.DATUM_BUITEN_BEREIK, `${citaat(schoon)} ligt niet tussen 2000 en 2099.`);
  return { soort: 'waarde', waarde: `${j}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}
