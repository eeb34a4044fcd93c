import { describe, expect, it } from 'vitest';
import { isWerkdag, plusWerkdagen } from './werkdagen.js';

describe('Dutch working days', () => {
  it('skips weekends', () => {
    expect(isWerkdag('2026-11-20')).toBe(true); // Friday
    expect(isWerkdag('2026-11-21')).toBe(false); // Saturday
    expect(plusWerkdagen('2026-11-20', 1)).toBe('2026-11-23');
  });

  it('skips Koningsdag, and moves it to the 26th when the 27th is a Sunday', () => {
    expect(isWerkdag('2026-04-27')).toBe(false);
    expect(isWerkdag('2025-04-26')).toBe(false); // 27 April 2025 was a Sunday
    expect(isWerkdag('2025-04-28')).toBe(true);
  });

  it('skips Easter Monday, Ascension Day, Whit Monday, Christmas and 5 May; Good Friday is a working day', () => {
    expect(['2026-04-06', '2026-05-14', '2026-05-25', '2026-12-25', '2026-12-28', '2026-05-05'].map(isWerkdag))
      .toEqual([false, false, false, false, true, false]);
    expect(isWerkdag('2026-04-03')).toBe(true);
  });

  it('counts 10 working days across Christmas and New Year', () => {
    // 18 Dec 2026 (Fri) + 10 working days: 21,22,23,24, (25,26 holidays), 28,29,30,31, (1 Jan), 4, 5 Jan.
    expect(plusWerkdagen('2026-12-18', 10)).toBe('2027-01-05');
  });
});
