import { describe, expect, it } from 'vitest';
import { foutcodes } from '../../../../test/support/domeinfouten.js';
import { controleerBeeindiging, type BeeindigingInvoer } from './beeindiging.rules.js';
import { ToewijzingFout as F } from './toewijzing.errors.js';

const ctx = { vandaag: '2026-11-15', geplandeStart: '2026-03-02' };
const codes = (invoer: Omit<BeeindigingInvoer, 'trajectId'>) => foutcodes((fouten) => controleerBeeindiging({ trajectId: 'x', ...invoer }, ctx, fouten));

describe('ending a traject', () => {
  it('completes it on a day from its planned start up to today, not outside', () => {
    expect(codes({ status: 'AFGEROND', einddatum: '2026-03-02' })).toEqual([]);
    expect(codes({ status: 'AFGEROND', einddatum: '2026-11-15' })).toEqual([]);
    expect(codes({ status: 'AFGEROND', einddatum: '2026-03-01' })).toEqual([F.EINDDATUM_VOOR_START]);
    expect(codes({ status: 'AFGEROND', einddatum: '2026-11-16' })).toEqual([F.EINDDATUM_IN_TOEKOMST]);
    expect(codes({ status: 'AFGEROND', einddatum: '2026-02-30' })).toEqual([F.DATUM_ONGELDIG]);
  });

  it('needs the completion date, and no reason for withdrawing', () => {
    expect(codes({ status: 'AFGEROND' })).toEqual([F.EINDDATUM_ONTBREEKT]);
    expect(codes({ status: 'AFGEROND', einddatum: '2026-10-01', redenIntrekking: 'DEELNEMER_GESTOPT' })).toEqual([F.REDEN_BIJ_AFGEROND]);
  });

  it('withdraws it for a coded reason, also before it started; the reason the portal sets itself cannot be chosen', () => {
    expect(codes({ status: 'INGETROKKEN', redenIntrekking: 'TEN_ONRECHTE_TOEGEWEZEN' })).toEqual([]);
    expect(codes({ status: 'INGETROKKEN', redenIntrekking: 'PIP_GEWIJZIGD', einddatum: '2026-01-10' })).toEqual([]);
    expect(codes({ status: 'INGETROKKEN' })).toEqual([F.REDEN_INTREKKING_ONTBREEKT]);
    expect(codes({ status: 'INGETROKKEN', redenIntrekking: 'DOSSIER_INGETROKKEN' })).toEqual([F.REDEN_INTREKKING_NIET_KIESBAAR]);
  });
});
