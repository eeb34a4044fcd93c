import { describe, expect, it } from 'vitest';
import { urenReeks } from './uren-reeks';

const b1 = {
  soort: 'B1_ROUTE', status: 'ACTIEF', geplandeStart: '2026-01-05', geplandeEinde: '2026-12-28', geplandeUren: 600,
  aanwezigheden: [{ periodeTot: '2026-01-18', urenAanwezig: 10 }, { periodeTot: '2026-01-11', urenAanwezig: 12 }],
};

describe('the hours chart series', () => {
  it('adds up attended hours in date order and runs the expected pace from the planned start to the planned end', () => {
    const { punten, doel } = urenReeks([b1], 800);
    expect(doel).toBe(800);
    expect(punten[0]).toEqual({ datum: '2026-01-05', gevolgd: 0, verwacht: 0 });
    expect(punten.slice(1, 3).map((p) => p.gevolgd)).toEqual([12, 22]);
    expect(punten[1]!.verwacht).toBeCloseTo(800 * 6 / 357, 1);
    expect(punten.at(-1)).toEqual({ datum: '2026-12-28', gevolgd: null, verwacht: 800 });
  });

  it('falls back to the hours bought when the PIP sets no intensity, and ignores MAP, PVT and withdrawn trajecten', () => {
    const map = { ...b1, soort: 'MAP', geplandeUren: 64, aanwezigheden: [{ periodeTot: '2026-01-11', urenAanwezig: 4 }] };
    const ingetrokken = { ...b1, status: 'INGETROKKEN', aanwezigheden: [{ periodeTot: '2026-01-11', urenAanwezig: 99 }] };
    const { punten, doel } = urenReeks([b1, map, ingetrokken], null);
    expect(doel).toBe(600);
    expect(punten.map((p) => p.gevolgd)).toEqual([0, 12, 22, null]);
  });

  it('draws nothing before the first report', () => {
    expect(urenReeks([{ ...b1, aanwezigheden: [] }], 600).punten).toEqual([]);
  });
});
