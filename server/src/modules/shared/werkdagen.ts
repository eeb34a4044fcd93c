import Holidays from 'date-holidays';
import { plusDagen, type IsoDatum } from './datum.js';

/**
 * Working days: Monday to Friday, not on a Dutch public holiday. The holidays come from date-holidays (a
 * maintained calendar incl. Easter-based days and Koningsdag moving to the 26th when the 27th is a Sunday);
 * 5 May is added because the Algemene termijnenwet (art. 3) counts it for deadlines every year.
 */
const kalender = new Holidays('NL');
const perJaar = new Map<number, Set<IsoDatum>>();

function feestdagen(jaar: number): Set<IsoDatum> {
  let dagen = perJaar.get(jaar);
  if (!dagen) {
    dagen = new Set(kalender.getHolidays(jaar).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
    dagen.add(`${jaar}-05-05`);
    perJaar.set(jaar, dagen);
  }
  return dagen;
}

export function isWerkdag(datum: IsoDatum): boolean {
  const weekdag = new Date(`${datum}T00:00:00Z`).getUTCDay();
  return weekdag !== 0 && weekdag !== 6 && !feestdagen(Number(datum.slice(0, 4))).has(datum);
}

/** The date `n` working days after `datum` (DUO registrations are due within 10 working days, 001 §4.4). */
export function plusWerkdagen(datum: IsoDatum, n: number): IsoDatum {
  let dag = datum;
  for (let geteld = 0; geteld < n;) {
    dag = plusDagen(dag, 1);
    if (isWerkdag(dag)) geteld++;
  }
  return dag;
}
