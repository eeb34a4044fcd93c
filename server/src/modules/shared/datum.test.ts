import { addDays, addMonths, addYears, format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { datumNl, plusDagen, plusJaren, plusMaanden, vandaag } from './datum.js';

/** The arithmetic no longer goes through date-fns; it must still agree with it, month ends and leap days included. */
const DATA = ['2024-01-31', '2024-02-29', '2025-02-28', '2026-03-29', '2026-10-25', '2026-12-31', '2000-02-29', '1999-12-01'];
const viaDateFns = (f: (d: Date, n: number) => Date) => (iso: string, n: number) => format(f(parseISO(iso), n), 'yyyy-MM-dd');

describe('calendar arithmetic on ISO dates', () => {
  it.each(DATA)('agrees with date-fns from %s for days, months and years, forward and back', (iso) => {
    for (const n of [-400, -36, -13, -12, -1, 0, 1, 2, 11, 12, 13, 30, 365, 1000]) {
      expect(plusDagen(iso, n)).toBe(viaDateFns(addDays)(iso, n));
      expect(plusMaanden(iso, n)).toBe(viaDateFns(addMonths)(iso, n));
      expect(plusJaren(iso, n % 50)).toBe(viaDateFns(addYears)(iso, n % 50));
    }
  });

  it('clamps a month end and a leap day as a Dutch reader expects', () => {
    expect(plusMaanden('2026-01-31', 1)).toBe('2026-02-28');
    expect(plusJaren('2024-02-29', 1)).toBe('2025-02-28');
    expect(datumNl(plusDagen('2026-12-31', 1))).toBe('01-01-2027');
  });

  it('takes "vandaag" in Amsterdam, not in UTC', () => {
    expect(vandaag(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(vandaag(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
  });
});
