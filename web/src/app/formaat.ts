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
