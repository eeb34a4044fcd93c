import { plusDagen, vandaag, type IsoDatum } from '../shared/datum.js';
import { plusWerkdagen } from '../shared/werkdagen.js';

/** Half of the gemeente's own 10 working days to register attended hours at DUO (001 §4.4), so it has time to review them. */
export const MELDTERMIJN_WERKDAGEN = 5;

/** The last day on which attendance of a period ending `periodeTot` is still on time (that day included). */
export function uiterlijkeMelddatum(periodeTot: IsoDatum): IsoDatum {
  return plusWerkdagen(periodeTot, MELDTERMIJN_WERKDAGEN);
}

/**
 * Whether a version registered at `ingediendOp` came within the meldtermijn of its period: it counts on the Dutch
 * calendar day it was made. Decided once, when the version is written (aanwezigheid.op_tijd), so no read needs the
 * holiday calendar; the overview counts a period as on time when its first version was.
 */
export function opTijdGemeld(periodeTot: IsoDatum, ingediendOp: Date): boolean {
  return vandaag(ingediendOp) <= uiterlijkeMelddatum(periodeTot);
}

/**
 * Deadlines for every possible period end from `van` to `tot`, as parallel arrays an SQL `unnest` joins on,
 * so the working-day calendar (with its holidays) stays in werkdagen.ts and the grouping stays in SQL.
 */
export function meldtermijnKalender(van: IsoDatum, tot: IsoDatum): { periodeTot: IsoDatum[]; uiterlijk: IsoDatum[] } {
  const periodeTot: IsoDatum[] = [];
  const uiterlijk: IsoDatum[] = [];
  for (let dag = van; dag <= tot; dag = plusDagen(dag, 1)) {
    periodeTot.push(dag);
    uiterlijk.push(uiterlijkeMelddatum(dag));
  }
  return { periodeTot, uiterlijk };
}
