import { describe, expect, it } from 'vitest';
import { vorigeWeekOntbreekt } from './wat-is-nodig';

// Wednesday 25 November 2026: last week ran Monday 16 to Sunday 22 November.
const nu = new Date(2026, 10, 25, 12);

describe('what is due for a traject', () => {
  it('flags last week when the reports stop before its Sunday', () => {
    expect(vorigeWeekOntbreekt({ geplandeStart: '2026-09-28', uren: { bekendTot: '2026-11-15' } }, nu)).toBe(true);
    expect(vorigeWeekOntbreekt({ geplandeStart: '2026-09-28', uren: { bekendTot: null } }, nu)).toBe(true);
  });

  it('does not flag it once last week is reported, or before the traject started', () => {
    expect(vorigeWeekOntbreekt({ geplandeStart: '2026-09-28', uren: { bekendTot: '2026-11-22' } }, nu)).toBe(false);
    expect(vorigeWeekOntbreekt({ geplandeStart: '2026-11-23', uren: { bekendTot: null } }, nu)).toBe(false);
  });
});
