import { describe, expect, it } from 'vitest';
import { LEEG_UREN, leesAanwezigheid, type RuweAanwezigheid } from './aanwezigheid.js';

const TRAJECT = '5b0c0a52-1111-4b4b-8a8a-000000000001';
const leeg: RuweAanwezigheid = {
  trajectId: TRAJECT, periodeVan: '2026-11-16', periodeTot: '2026-11-22',
  urenIngeroosterd: '', urenAanwezig: '', urenGeoorloofdVerzuim: '', redenGeoorloofdVerzuim: '', urenOngeoorloofdVerzuim: '', redenOngeoorloofdVerzuim: '',
};
const rij = (cellen: Partial<RuweAanwezigheid>) => leesAanwezigheid({ ...leeg, ...cellen });

describe('reading one attendance row (group week and CSV alike)', () => {
  it('skips a row whose hour and reason cells are all empty', () => {
    expect(rij({})).toEqual({ soort: 'leeg' });
    expect(rij({ urenIngeroosterd: '  ' })).toEqual({ soort: 'leeg' });
  });

  it('reads a full row, "1,5" included, with empty verzuim as none', () => {
    expect(rij({ urenIngeroosterd: '12', urenAanwezig: '10,5', urenGeoorloofdVerzuim: '1,5', redenGeoorloofdVerzuim: ' ZIEKTE ' })).toEqual({
      soort: 'rij',
      input: {
        trajectId: TRAJECT, periodeVan: '2026-11-16', periodeTot: '2026-11-22', urenIngeroosterd: 12, urenAanwezig: 10.5,
        urenGeoorloofdVerzuim: 1.5, redenGeoorloofdVerzuim: 'ZIEKTE', urenOngeoorloofdVerzuim: 0, redenOngeoorloofdVerzuim: null,
      },
    });
  });

  it('refuses an empty scheduled or present cell as "leeg" at that cell, never a 0', () => {
    expect(rij({ urenIngeroosterd: '12' })).toEqual({ soort: 'fout', fouten: [{ veld: 'urenAanwezig', code: 'LEEG', melding: LEEG_UREN }] });
    expect(rij({ urenAanwezig: '12' })).toEqual({ soort: 'fout', fouten: [{ veld: 'urenIngeroosterd', code: 'LEEG', melding: LEEG_UREN }] });
    expect(LEEG_UREN).toMatch(/^Leeg/);
  });

  it('does not skip a row with only a reason: its empty hours are errors', () => {
    const gelezen = rij({ redenGeoorloofdVerzuim: 'ZIEKTE' });
    expect(gelezen.soort === 'fout' && gelezen.fouten.map((f) => f.veld)).toEqual(['urenIngeroosterd', 'urenAanwezig']);
  });

  it('refuses "abc" at its cell and a date that does not exist at its date', () => {
    const abc = rij({ urenIngeroosterd: '12', urenAanwezig: 'abc' });
    expect(abc).toEqual({ soort: 'fout', fouten: [{ veld: 'urenAanwezig', code: 'UREN_ONLEESBAAR', melding: expect.stringContaining('"abc" is geen aantal uren') }] });
    const datum = rij({ periodeVan: '31-02-2026', urenIngeroosterd: '12', urenAanwezig: '12' });
    expect(datum).toEqual({ soort: 'fout', fouten: [{ veld: 'periodeVan', code: 'DATUM_ONBESTAAND', melding: '"31-02-2026" is geen bestaande datum.' }] });
  });

  it('reports every unreadable cell of a row at once', () => {
    const gelezen = rij({ trajectId: ' ', periodeTot: '', urenIngeroosterd: '-2', urenAanwezig: '1,255', urenOngeoorloofdVerzuim: 'veel' });
    expect(gelezen.soort === 'fout' && gelezen.fouten.map((f) => `${f.veld} ${f.code}`)).toEqual([
      'trajectId TRAJECT_ONTBREEKT', 'periodeTot LEEG', 'urenIngeroosterd UREN_NEGATIEF', 'urenAanwezig UREN_TE_VEEL_DECIMALEN', 'urenOngeoorloofdVerzuim UREN_ONLEESBAAR',
    ]);
  });
});
