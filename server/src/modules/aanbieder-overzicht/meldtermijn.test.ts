import { describe, expect, it } from 'vitest';
import { meldtermijnKalender, opTijdGemeld, uiterlijkeMelddatum } from './meldtermijn.js';

describe('meldtermijn', () => {
  it('is 5 working days after the period, skipping Koningsdag and Bevrijdingsdag', () => {
    // Week ending Sunday 26 April 2026: Mon 27 (Koningsdag) is no working day; Tue 28 – Fri 1 May are 1–4, Mon 4 May is the 5th.
    expect(uiterlijkeMelddatum('2026-04-26')).toBe('2026-05-04');
    // Week ending Sunday 3 May: 5 May (Bevrijdingsdag) does not count, so the 5th working day is Monday 11 May.
    expect(uiterlijkeMelddatum('2026-05-03')).toBe('2026-05-11');
  });

  it('builds a calendar of deadlines for every day in the window', () => {
    const kalender = meldtermijnKalender('2026-04-25', '2026-04-27');
    expect(kalender.periodeTot).toEqual(['2026-04-25', '2026-04-26', '2026-04-27']);
    expect(kalender.uiterlijk).toEqual(['2026-05-04', '2026-05-04', '2026-05-04']);
  });

  it('judges a version on the Dutch calendar day it was registered, up to and including the deadline', () => {
    expect(opTijdGemeld('2026-04-26', new Date('2026-05-04T21:30:00Z'))).toBe(true); // 23:30 on the 5th working day
    expect(opTijdGemeld('2026-04-26', new Date('2026-05-04T22:30:00Z'))).toBe(false); // 00:30 on 5 May in the Netherlands
    expect(opTijdGemeld('2026-05-03', new Date('2026-05-12T08:00:00Z'))).toBe(false); // the 6th working day
  });
});
