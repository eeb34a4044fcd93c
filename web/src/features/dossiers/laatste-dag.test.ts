import { describe, expect, it } from 'vitest';
import { laatsteDag } from './laatste-dag';

describe("the last day of a period DUO ends exclusively", () => {
  it('is the day before, across month, year and leap day', () => {
    expect(laatsteDag('2027-01-15')).toBe('2027-01-14');
    expect(laatsteDag('2027-03-01')).toBe('2027-02-28');
    expect(laatsteDag('2028-03-01')).toBe('2028-02-29');
    expect(laatsteDag('2027-01-01')).toBe('2026-12-31');
  });
});
