import { describe, expect, it } from 'vitest';
import { DOORLATEN, TOETS_DOORLATEN, TOETS_WEIGEREN, WEIGEREN } from './medische-termen.corpus.js';
import { AANTAL_TERMEN, vindMedischeTermen } from './medische-termen.js';

/** Floors agreed for the guard (issue 9 item 11): it must catch nearly all, and almost never bother an honest text. */
const MIN_TREFFERS = 0.95;
const MAX_VALS_ALARM = 0.02;

const procent = (n: number) => `${(n * 100).toFixed(1)} %`;

function meet(naam: string, weigeren: readonly string[], doorlaten: readonly string[]) {
  const gemist = weigeren.filter((t) => vindMedischeTermen(t).length === 0);
  const valsAlarm = doorlaten.filter((t) => vindMedischeTermen(t).length > 0);
  const treffers = 1 - gemist.length / weigeren.length;
  const valsAlarmKans = valsAlarm.length / doorlaten.length;
  console.log(`${naam}: ${weigeren.length} medische teksten, trefkans ${procent(treffers)}; ${doorlaten.length} gewone teksten, vals alarm ${procent(valsAlarmKans)}`);
  if (gemist.length) console.log('  gemist:', gemist);
  if (valsAlarm.length) console.log('  vals alarm:', valsAlarm.map((t) => `${t} → ${vindMedischeTermen(t).map((h) => h.gevonden).join(', ')}`));
  return { treffers, valsAlarmKans };
}

describe(`the medical-term screen (${AANTAL_TERMEN} patterns) on realistic remarks`, () => {
  it(`catches at least ${procent(MIN_TREFFERS)} of medical texts and alarms on at most ${procent(MAX_VALS_ALARM)} of ordinary ones`, () => {
    expect(WEIGEREN.length).toBeGreaterThanOrEqual(100);
    expect(DOORLATEN.length).toBeGreaterThanOrEqual(100);
    const sets = [
      meet('ontwikkelset', WEIGEREN, DOORLATEN),
      meet('toetsset', TOETS_WEIGEREN, TOETS_DOORLATEN),
      meet('samen', [...WEIGEREN, ...TOETS_WEIGEREN], [...DOORLATEN, ...TOETS_DOORLATEN]),
    ];
    for (const { treffers, valsAlarmKans } of sets) {
      expect(treffers).toBeGreaterThanOrEqual(MIN_TREFFERS);
      expect(valsAlarmKans).toBeLessThanOrEqual(MAX_VALS_ALARM);
    }
  });
});
