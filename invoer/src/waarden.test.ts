import { describe, expect, it } from 'vitest';
import { leesDatum, leesUren } from './waarden.js';

describe('leesUren: hours as typed', () => {
  it('reads "1,5" and "1.5" alike, and 0 as zero', () => {
    expect(leesUren('1,5')).toEqual({ soort: 'waarde', waarde: 1.5 });
    expect(leesUren(' 1.5 ')).toEqual({ soort: 'waarde', waarde: 1.5 });
    expect(leesUren('12,25')).toEqual({ soort: 'waarde', waarde: 12.25 });
    expect(leesUren(',5')).toEqual({ soort: 'waarde', waarde: 0.5 });
    expect(leesUren('0')).toEqual({ soort: 'waarde', waarde: 0 });
  });

  it('reads an empty cell as empty, never as 0', () => {
    expect(leesUren('')).toEqual({ soort: 'leeg' });
    expect(leesUren('   ')).toEqual({ soort: 'leeg' });
  });

  it('refuses text, negative hours and more than two decimals, each with a Dutch reason', () => {
    expect(leesUren('abc')).toEqual({ soort: 'fout', code: 'UREN_ONLEESBAAR', melding: expect.stringContaining('"abc" is geen aantal uren') });
    expect(leesUren('1,5,5')).toMatchObject({ soort: 'fout' });
    expect(leesUren('1e3')).toMatchObject({ soort: 'fout' });
    expect(leesUren('Infinity')).toMatchObject({ soort: 'fout' });
    expect(leesUren('-1')).toEqual({ soort: 'fout', code: 'UREN_NEGATIEF', melding: 'Het aantal uren kan niet negatief zijn.' });
    expect(leesUren('1,255')).toEqual({ soort: 'fout', code: 'UREN_TE_VEEL_DECIMALEN', melding: expect.stringContaining('hoogstens twee decimalen') });
    expect(leesUren('9'.repeat(400))).toMatchObject({ soort: 'fout' }); // would be Infinity, which JSON sends as null
  });

  it('quotes a long value only in part', () => {
    const gelezen = leesUren('x'.repeat(5000));
    expect(gelezen.soort === 'fout' && gelezen.melding.length).toBeLessThan(100);
  });
});

describe('leesDatum: calendar dates', () => {
  it('reads JJJJ-MM-DD and DD-MM-JJJJ (also without leading zeros) as JJJJ-MM-DD', () => {
    expect(leesDatum('2026-02-28')).toEqual({ soort: 'waarde', waarde: '2026-02-28' });
    expect(leesDatum('28-02-2026')).toEqual({ soort: 'waarde', waarde: '2026-02-28' });
    expect(leesDatum('1-3-2026')).toEqual({ soort: 'waarde', waarde: '2026-03-01' });
    expect(leesDatum('29-02-2028')).toEqual({ soort: 'waarde', waarde: '2028-02-29' });
  });

  it('refuses dates that do not exist, other shapes and absurd years', () => {
    expect(leesDatum('31-02-2026')).toEqual({ soort: 'fout', code: 'DATUM_ONBESTAAND', melding: '"31-02-2026" is geen bestaande datum.' });
    expect(leesDatum('2026-02-30')).toMatchObject({ soort: 'fout' });
    expect(leesDatum('29-02-2026')).toMatchObject({ soort: 'fout' });
    expect(leesDatum('2026-13-01')).toMatchObject({ soort: 'fout' });
    expect(leesDatum('0000-01-01')).toMatchObject({ soort: 'fout' });
    expect(leesDatum('01-01-1999')).toEqual({ soort: 'fout', code: 'DATUM_BUITEN_BEREIK', melding: expect.stringContaining('niet tussen 2000 en 2099') });
    expect(leesDatum('maandag')).toEqual({ soort: 'fout', code: 'DATUM_ONLEESBAAR', melding: expect.stringContaining('gebruik DD-MM-JJJJ of JJJJ-MM-DD') });
    expect(leesDatum('2026/02/01')).toMatchObject({ soort: 'fout' });
    expect(leesDatum('')).toEqual({ soort: 'leeg' });
  });
});
