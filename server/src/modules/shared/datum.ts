/** Calendar dates travel as ISO strings (YYYY-MM-DD), as PostgreSQL `date` and DUO's APIs use them. */
export type IsoDatum = string;

const ISO_DATUM = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDatum(value: string): boolean {
  if (!ISO_DATUM.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Made once: constructing an Intl formatter costs more than formatting with it (docs/overhead.md). */
const NL_KALENDERDAG = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });

/** Today in the Netherlands: the date a Dutch user means by "vandaag". */
export function vandaag(now: Date = new Date()): IsoDatum {
  return NL_KALENDERDAG.format(now);
}

/** Number of calendar days from `van` to `tot`, both included. */
export function aantalDagen(van: IsoDatum, tot: IsoDatum): number {
  const ms = Date.parse(`${tot}T00:00:00Z`) - Date.parse(`${van}T00:00:00Z`);
  return Math.round(ms / 86_400_000) + 1;
}

/**
 * Calendar arithmetic on ISO dates in UTC, where every day has 24 hours: no formatter or parser is built per call.
 * Month ends clamp as date-fns does (31 Jan + 1 month = 28/29 Feb; 29 Feb + 1 year = 28 Feb).
 */
function delen(iso: IsoDatum): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

function isoVanUtc(ms: number): IsoDatum {
  return new Date(ms).toISOString().slice(0, 10);
}

export function plusDagen(iso: IsoDatum, dagen: number): IsoDatum {
  const [jaar, maand, dag] = delen(iso);
  return isoVanUtc(Date.UTC(jaar, maand - 1, dag + dagen));
}

export function plusMaanden(iso: IsoDatum, maanden: number): IsoDatum {
  const [jaar, maand, dag] = delen(iso);
  const laatsteDag = new Date(Date.UTC(jaar, maand - 1 + maanden + 1, 0)).getUTCDate();
  return isoVanUtc(Date.UTC(jaar, maand - 1 + maanden, Math.min(dag, laatsteDag)));
}

export function plusJaren(iso: IsoDatum, jaren: number): IsoDatum {
  return plusMaanden(iso, 12 * jaren);
}

/** A date as a Dutch reader writes it, dd-mm-jjjj: every user-facing message shows dates this way, never ISO. */
export function datumNl(iso: IsoDatum): string {
  const [jaar, maand, dag] = iso.split('-');
  return `${dag}-${maand}-${jaar}`;
}
