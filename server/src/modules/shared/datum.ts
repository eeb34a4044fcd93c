import { addDays, addMonths, addYears, format, parseISO } from 'date-fns';

/** Calendar dates travel as ISO strings (YYYY-MM-DD), as PostgreSQL `date` and DUO's APIs use them. */
export type IsoDatum = string;

const ISO_DATUM = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDatum(value: string): boolean {
  if (!ISO_DATUM.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Today in the Netherlands: the date a Dutch user means by "vandaag". */
export function vandaag(now: Date = new Date()): IsoDatum {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}

/** Number of calendar days from `van` to `tot`, both included. */
export function aantalDagen(van: IsoDatum, tot: IsoDatum): number {
  const ms = Date.parse(`${tot}T00:00:00Z`) - Date.parse(`${van}T00:00:00Z`);
  return Math.round(ms / 86_400_000) + 1;
}

/** Calendar arithmetic on ISO dates via date-fns (month ends clamp: 31 Jan + 1 month = 28/29 Feb). */
export function plusDagen(iso: IsoDatum, dagen: number): IsoDatum {
  return format(addDays(parseISO(iso), dagen), 'yyyy-MM-dd');
}

export function plusMaanden(iso: IsoDatum, maanden: number): IsoDatum {
  return format(addMonths(parseISO(iso), maanden), 'yyyy-MM-dd');
}

export function plusJaren(iso: IsoDatum, jaren: number): IsoDatum {
  return format(addYears(parseISO(iso), jaren), 'yyyy-MM-dd');
}

/** A date as a Dutch reader writes it, dd-mm-jjjj: every user-facing message shows dates this way, never ISO. */
export function datumNl(iso: IsoDatum): string {
  const [jaar, maand, dag] = iso.split('-');
  return `${dag}-${maand}-${jaar}`;
}
