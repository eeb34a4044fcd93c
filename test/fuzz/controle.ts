import type { Tellingen } from './tabellen.js';

/**
 * Tables a request may grow even when it fails or only reads, with the reason. Nothing else is tolerated.
 * - inzage: the access log (AVG) is written on every read that shows a person (`logInzage` in the services), so a
 *   query grows it, and so may a request whose answer also carries an error (one field read, a nested field failed).
 */
export const LOGTABELLEN: Record<string, string> = {
  inzage: 'access log, written on reads (logInzage)',
};

export interface Antwoord {
  status: number;
  text: string;
  body?: { data?: Record<string, unknown> | null; errors?: { message?: string; extensions?: Record<string, unknown> }[] };
}

/** Parses a response, JSON or not. */
export async function leesAntwoord(res: Response): Promise<Antwoord> {
  const text = await res.text();
  try {
    return { status: res.status, text, body: JSON.parse(text) as Antwoord['body'] };
  } catch {
    return { status: res.status, text };
  }
}

/** What every answer must hold: no 5xx, no INTERNAL_SERVER_ERROR, a domeinCode on every error. */
export function foutenInAntwoord(antwoord: Antwoord, jsonVerwacht = true): string[] {
  const fouten: string[] = [];
  if (antwoord.status >= 500) fouten.push(`HTTP ${antwoord.status}`);
  if (jsonVerwacht && !antwoord.body) fouten.push(`no JSON body (HTTP ${antwoord.status})`);
  for (const e of antwoord.body?.errors ?? []) {
    if (e.extensions?.code === 'INTERNAL_SERVER_ERROR') fouten.push(`INTERNAL_SERVER_ERROR: ${e.message}`);
    if (typeof e.extensions?.domeinCode !== 'string' || e.extensions.domeinCode === '') {
      fouten.push(`error without domeinCode (code ${String(e.extensions?.code)}): ${String(e.message).slice(0, 300)}`);
    }
  }
  return fouten;
}

export function verschil(voor: Tellingen, na: Tellingen): Record<string, number> {
  const d: Record<string, number> = {};
  for (const t of new Set([...Object.keys(voor), ...Object.keys(na)])) {
    const delta = (na[t] ?? 0) - (voor[t] ?? 0);
    if (delta !== 0) d[t] = delta;
  }
  return d;
}

/** Every `resultaat`-like enum value in an answer (NIEUW, ONGEWIJZIGD, GECORRIGEERD), wherever it sits. */
export function resultaten(waarde: unknown, uit: string[] = []): string[] {
  if (Array.isArray(waarde)) for (const w of waarde) resultaten(w, uit);
  else if (waarde && typeof waarde === 'object') {
    for (const [k, v] of Object.entries(waarde)) {
      if (/resultaat$/i.test(k) && typeof v === 'string' && /^(NIEUW|ONGEWIJZIGD|GECORRIGEERD)$/.test(v)) uit.push(v);
      else resultaten(v, uit);
    }
  }
  return uit;
}

/**
 * The row counts changed only as the answer says: a read, or a refused or dry-run mutation, changes no table but the
 * log tables; a mutation that reports per row (NIEUW / ONGEWIJZIGD / GECORRIGEERD) adds at most one row per table for
 * each row it says it saved, and none when it saved none. A mutation reported as done otherwise may add rows to its
 * tables; none removes any (only deactivating a user removes that user's sessions).
 */
export function foutenInTellingen(
  soort: 'query' | 'mutation', veld: string, variables: Record<string, unknown>, antwoord: Antwoord, delta: Record<string, number>,
): string[] {
  const fouten: string[] = [];
  for (const [t, d] of Object.entries(delta)) if (t in LOGTABELLEN && d < 0) fouten.push(`log table ${t} shrank by ${-d}`);
  const buiten = Object.fromEntries(Object.entries(delta).filter(([t]) => !(t in LOGTABELLEN)));
  if (Object.keys(buiten).length === 0) return fouten;
  const gemeld = antwoord.body?.data?.[veld];
  const dryRun = JSON.stringify(variables).includes('"dryRun":true') || variables.dryRun === true;
  if (soort === 'query') fouten.push(`a query changed tables ${JSON.stringify(buiten)}`);
  else if (gemeld === null || gemeld === undefined) fouten.push(`a refused mutation changed tables ${JSON.stringify(buiten)}`);
  else if (dryRun) fouten.push(`a dry run changed tables ${JSON.stringify(buiten)}`);
  else {
    // Nothing in the API deletes, except the sessions of a user who is deactivated (zetGebruikerActief).
    for (const [t, d] of Object.entries(buiten)) if (d < 0 && t !== 'sessie') fouten.push(`table ${t} shrank by ${-d}`);
    const r = resultaten(gemeld);
    if (r.length > 0) {
      const opgeslagen = r.filter((x) => x !== 'ONGEWIJZIGD').length;
      for (const [t, d] of Object.entries(buiten)) {
        if (d > opgeslagen) fouten.push(`table ${t} changed by ${d} while the answer reports ${opgeslagen} saved (${r.join(',')})`);
      }
    }
  }
  return fouten;
}

/** A case as it goes into a failure message: long strings cut short, so a 100 kB value does not drown the report. */
export function kort(waarde: unknown): string {
  return JSON.stringify(waarde, (_k, v: unknown) => {
    if (typeof v === 'string' && v.length > 120) return `${v.slice(0, 60)}…(${v.length} chars)`;
    if (Array.isArray(v) && v.length > 12) return [...v.slice(0, 6), `…(${v.length} items)`];
    return v;
  });
}
