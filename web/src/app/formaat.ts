const uren = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

export function formatUren(waarde: number): string {
  return uren.format(waarde);
}

/** 2026-11-23 → 23-11-2026 */
export function formatDatum(iso: string | null | undefined): string {
  if (!iso) return '–';
  const [j, m, d] = iso.slice(0, 10).split('-');
  return `${d}-${m}-${j}`;
}

/** What one typed or uploaded value says: nothing at all (an empty cell is never a zero), a value, or why it is none. */
export type Gelezen<T> = { soort: 'leeg' } | { soort: 'waarde'; waarde: T } | { soort: 'fout'; melding: string };

/** A value quoted back in a message, cut short so a pasted page of text does not become the message. */
function citaat(tekst: string): string {
  return `"${tekst.length > 20 ? `${tekst.slice(0, 20)}…` : tekst}"`;
}

/**
 * Hours as a person types them: "1,5" as well as "1.5", at least 0, at most two decimals (what the server stores).
 * Checked here so one unreadable cell fails alone instead of making GraphQL refuse the whole batch.
 */
export function leesUren(tekst: string): Gelezen<number> {
  const schoon = tekst.trim();
  if (schoon === '') return { soort: 'leeg' };
  if (/^-\s*[\d.,]/.test(schoon)) return { soort: 'fout', melding: 'Het aantal uren kan niet negatief zijn.' };
  const getal = /^(\d+)?(?:[.,](\d+))?$/.exec(schoon);
  const waarde = getal && (getal[1] ?? getal[2]) !== undefined ? Number(`${getal[1] ?? '0'}.${getal[2] ?? '0'}`) : NaN;
  if (!Number.isFinite(waarde)) return { soort: 'fout', melding: `${citaat(schoon)} is geen aantal uren; gebruik cijfers, bijvoorbeeld 1,5.` };
  if ((getal![2] ?? '').length > 2) return { soort: 'fout', melding: 'Geef uren op met hoogstens twee decimalen (bijvoorbeeld 1,25).' };
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
  if (!nl && !iso) return { soort: 'fout', melding: `${citaat(schoon)} is geen datum; gebruik DD-MM-JJJJ of JJJJ-MM-DD.` };
  const dag = new Date(Date.UTC(j!, m! - 1, d!));
  if (dag.getUTCFullYear() !== j || dag.getUTCMonth() !== m! - 1 || dag.getUTCDate() !== d) {
    return { soort: 'fout', melding: `${citaat(schoon)} is geen bestaande datum.` };
  }
  if (j! < 2000 || j! > 2099) return { soort: 'fout', melding: `${citaat(schoon)} ligt niet tussen 2000 en 2099.` };
  return { soort: 'waarde', waarde: `${j}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

export const TRAJECTSOORT_LABEL: Record<string, string> = {
  B1_ROUTE: 'B1-route',
  TAALSCHAKELTRAJECT: 'Taalschakeltraject',
  ONDERWIJSROUTE: 'Onderwijsroute',
  Z_ROUTE: 'Z-route (taal)',
  Z_ROUTE_PARTICIPATIE: 'Z-route (participatie)',
  MAP: 'MAP',
  PVT: 'PVT',
};

export function volledigeNaam(p: { voornamen: string; tussenvoegsel?: string | null; achternaam: string }): string {
  return [p.voornamen, p.tussenvoegsel, p.achternaam].filter(Boolean).join(' ');
}

/** Monday of the week `weken` weeks from the week of `datum` (local calendar). */
export function maandag(datum = new Date(), weken = 0): string {
  const d = new Date(datum.getFullYear(), datum.getMonth(), datum.getDate());
  d.setDate(d.getDate() - ((d.getDay() + 6) % 7) + weken * 7);
  return isoLokaal(d);
}

export function plusDagen(iso: string, dagen: number): string {
  const [j, m, d] = iso.split('-').map(Number);
  return isoLokaal(new Date(j!, m! - 1, d! + dagen));
}

function isoLokaal(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Today in the Netherlands, as the server counts days (the last day attendance may be reported for), as YYYY-MM-DD. */
export function vandaagInNederland(nu = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(nu);
}

/** Today on this device's calendar, as YYYY-MM-DD. */
export function vandaagLokaal(): string {
  return isoLokaal(new Date());
}

export const DOSSIERSTATUS_LABEL: Record<string, string> = {
  ACTIEF: 'Actief', VERHUISD: 'Verhuisd', PLICHT_BEEINDIGD: 'Plicht beëindigd', INGETROKKEN: 'Ingetrokken',
};

export const RAPPORTAGESOORT_LABEL: Record<string, string> = {
  VOORTGANG: 'Voortgangsrapportage', TAALSCHAKEL_RESULTAAT: 'Resultaat taalschakeltraject', EXAMENRESULTAAT: 'Examenresultaat',
  Z_ROUTE_RESULTAAT: 'Resultaat Z-route', MAP_RESULTAAT: 'MAP-resultaat', PVT_RESULTAAT: 'PVT-resultaat',
};

// Moments are shown on the Dutch clock, as the server counts days, whatever the device's zone.
const moment = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** 2026-11-30T13:05:00Z → 30-11-2026 14:05 */
export function formatMoment(iso: string): string {
  return moment.format(new Date(iso)).replace(',', '');
}

/** "1 regel", "2 regels": a count with the noun in the right number. */
export function aantal(n: number, enkelvoud: string, meervoud: string): string {
  return `${n} ${n === 1 ? enkelvoud : meervoud}`;
}
