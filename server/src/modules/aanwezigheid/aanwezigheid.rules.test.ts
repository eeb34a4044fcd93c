import { describe, expect, it } from 'vitest';
import { foutcodes } from '../../../../test/support/domeinfouten.js';
import { Overtredingen } from '../shared/domain-error.js';
import { AanwezigheidFout as F } from './aanwezigheid.errors.js';
import { controleerInvoer, type AanwezigheidInvoer } from './aanwezigheid.rules.js';

const VANDAAG = '2026-11-23';
const goed: AanwezigheidInvoer = {
  trajectId: '00000000-0000-4000-8000-000000000000',
  periodeVan: '2026-11-16', periodeTot: '2026-11-22',
  urenIngeroosterd: 12, urenAanwezig: 7.5, urenGeoorloofdVerzuim: 3, redenGeoorloofdVerzuim: 'ZIEKTE',
  urenOngeoorloofdVerzuim: 1.5, redenOngeoorloofdVerzuim: 'ZONDER_BERICHT',
};

function codes(wijziging: Partial<AanwezigheidInvoer>, vandaag = VANDAAG): string[] {
  return foutcodes((fouten) => controleerInvoer({ ...goed, ...wijziging }, vandaag, fouten));
}

describe('attendance input rules', () => {
  it('accepts a complete week with reasons for both kinds of verzuim', () => {
    expect(codes({})).toEqual([]);
  });

  it('rejects a date that does not exist', () => {
    expect(codes({ periodeVan: '2026-02-30' })).toContain(F.DATUM_ONGELDIG);
  });

  it('rejects a period that ends before it starts', () => {
    expect(codes({ periodeVan: '2026-11-22', periodeTot: '2026-11-16' })).toContain(F.PERIODE_OMGEKEERD);
  });

  it('accepts 31 days and rejects 32', () => {
    expect(codes({ periodeVan: '2026-10-01', periodeTot: '2026-10-31' })).toEqual([]);
    expect(codes({ periodeVan: '2026-10-01', periodeTot: '2026-11-01' })).toContain(F.PERIODE_TE_LANG);
  });

  it('accepts a period of today only and rejects one starting tomorrow', () => {
    expect(codes({ periodeVan: '2026-11-23', periodeTot: '2026-11-23', urenIngeroosterd: 12 })).toEqual([]);
    expect(codes({ periodeVan: '2026-11-24', periodeTot: '2026-11-24' })).toContain(F.PERIODE_IN_TOEKOMST);
  });

  it('accepts a period ending today and rejects one ending tomorrow, at periodeTot, with both dates as dd-mm-jjjj', () => {
    expect(codes({ periodeVan: '2026-11-17', periodeTot: '2026-11-23' })).toEqual([]);
    const fouten = new Overtredingen();
    controleerInvoer({ ...goed, periodeVan: '2026-11-18', periodeTot: '2026-11-24' }, VANDAAG, fouten);
    expect(() => fouten.throwIfAny()).toThrowError(expect.objectContaining({
      overtredingen: [expect.objectContaining({ code: F.PERIODE_IN_TOEKOMST, veld: 'input.periodeTot', melding: expect.stringMatching(/24-11-2026.*23-11-2026/) })],
    }));
  });

  it('reports a period wholly after today once, at periodeVan', () => {
    const fouten = new Overtredingen();
    controleerInvoer({ ...goed, periodeVan: '2026-11-30', periodeTot: '2026-12-06' }, VANDAAG, fouten);
    expect(() => fouten.throwIfAny()).toThrowError(expect.objectContaining({
      overtredingen: [expect.objectContaining({ code: F.PERIODE_IN_TOEKOMST, veld: 'input.periodeVan' })],
    }));
  });

  it('rejects negative hours', () => {
    expect(codes({ urenAanwezig: -1 })).toContain(F.UREN_NEGATIEF);
  });

  it('rejects hours with more than two decimals and accepts two', () => {
    expect(codes({ urenAanwezig: 7.25, urenIngeroosterd: 11.75 })).toEqual([]);
    expect(codes({ urenAanwezig: 7.125 })).toContain(F.UREN_ONGELDIG);
  });

  it('accepts 24 hours a day and rejects more than the period can hold', () => {
    const dag = { periodeVan: '2026-11-16', periodeTot: '2026-11-16', urenAanwezig: 0, urenGeoorloofdVerzuim: 0, redenGeoorloofdVerzuim: null, urenOngeoorloofdVerzuim: 0, redenOngeoorloofdVerzuim: null };
    expect(codes({ ...dag, urenIngeroosterd: 24 })).toEqual([]);
    expect(codes({ ...dag, urenIngeroosterd: 24.25 })).toContain(F.UREN_MEER_DAN_PERIODE);
  });

  it('accepts present plus verzuim equal to the scheduled hours and rejects more', () => {
    expect(codes({ urenAanwezig: 7.5 })).toEqual([]);
    expect(codes({ urenAanwezig: 7.51 })).toContain(F.UREN_MEER_DAN_INGEROOSTERD);
  });

  it('rejects an unknown reason code, and a code of the other kind', () => {
    expect(codes({ redenGeoorloofdVerzuim: 'GRIEP' })).toContain(F.VERZUIMREDEN_ONBEKEND);
    expect(codes({ redenGeoorloofdVerzuim: 'ZONDER_BERICHT' })).toContain(F.VERZUIMREDEN_ONBEKEND);
  });

  it('requires a reason for verzuim hours, and no reason without them', () => {
    expect(codes({ redenGeoorloofdVerzuim: null })).toContain(F.VERZUIMREDEN_ONTBREEKT);
    expect(codes({ urenOngeoorloofdVerzuim: 0, urenAanwezig: 9 })).toContain(F.VERZUIMREDEN_ZONDER_UREN);
  });

  it('reports every broken rule at once, each with its field', () => {
    const fouten = new Overtredingen();
    controleerInvoer({ ...goed, urenAanwezig: -1, redenGeoorloofdVerzuim: 'X' }, VANDAAG, fouten);
    expect(() => fouten.throwIfAny()).toThrowError(expect.objectContaining({
      overtredingen: [
        expect.objectContaining({ code: F.UREN_NEGATIEF, veld: 'input.urenAanwezig' }),
        expect.objectContaining({ code: F.VERZUIMREDEN_ONBEKEND, veld: 'input.redenGeoorloofdVerzuim' }),
      ],
    }));
  });
});
