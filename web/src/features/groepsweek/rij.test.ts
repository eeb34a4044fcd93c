import { describe, expect, it } from 'vitest';
import { gemeld, isLeeg, KOLOM_VAN_VELD, leesRij, type Rij } from './rij';

const rij = (cellen: Partial<Rij>): Rij => ({
  trajectId: '5b0c0a52-1111-4b4b-8a8a-000000000001', naam: 'Dina Abboud', soort: 'B1_ROUTE', gemeente: 'Utrecht',
  ingeroosterd: '', aanwezig: '', geoorloofd: '', redenGeoorloofd: '', ongeoorloofd: '', redenOngeoorloofd: '', opgeslagen: '', ...cellen,
});
const lees = (cellen: Partial<Rij>) => leesRij(rij(cellen), '2026-11-16', '2026-11-22');

describe('a group week row, read before it is sent', () => {
  it('is empty, and skipped, when nothing was typed', () => {
    expect(isLeeg(rij({}))).toBe(true);
    expect(lees({})).toEqual({ soort: 'leeg' });
    expect(isLeeg(rij({ ongeoorloofd: '0' }))).toBe(false);
  });

  it('reads "1,5" and leaves empty verzuim at 0, for the week shown', () => {
    expect(lees({ ingeroosterd: '12', aanwezig: '10,5', ongeoorloofd: '1,5', redenOngeoorloofd: 'ZONDER_BERICHT' })).toEqual({
      soort: 'rij',
      input: expect.objectContaining({ periodeVan: '2026-11-16', periodeTot: '2026-11-22', urenAanwezig: 10.5, urenGeoorloofdVerzuim: 0, urenOngeoorloofdVerzuim: 1.5 }),
    });
  });

  it('puts "abc" and an empty present cell at their own cells', () => {
    const abc = lees({ ingeroosterd: 'abc', aanwezig: '' , geoorloofd: '2', redenGeoorloofd: 'ZIEKTE' });
    expect(abc.soort === 'fout' && abc.fouten.map((f) => [KOLOM_VAN_VELD[f.veld], f.melding.slice(0, 5)])).toEqual([['ingeroosterd', '"abc"'], ['aanwezig', 'Leeg:']]);
  });

  it('counts a row total from the readable cells and shows an unreadable one as unknown', () => {
    expect(gemeld(rij({ aanwezig: '10,5', geoorloofd: '1,5' }))).toBe(12);
    expect(gemeld(rij({ aanwezig: 'abc' }))).toBeNaN();
  });
});
