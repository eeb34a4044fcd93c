import { describe, expect, it } from 'vitest';
import { foutcodes } from '../../../../test/support/domeinfouten.js';
import { Overtredingen } from '../shared/domain-error.js';
import { ToewijzingFout as F } from './toewijzing.errors.js';
import { controleerToewijzing, type ToewijzingContext, type ToewijzingInvoer } from './toewijzing.rules.js';

const ctx: ToewijzingContext = {
  doelgroep: 'ASIELSTATUSHOUDER', leerroute: 'B',
  contract: { trajectsoorten: ['B1_ROUTE', 'MAP', 'PVT'], ingangsdatum: '2026-01-01', einddatum: '2026-12-31' },
};
const b1: ToewijzingInvoer = {
  inburgeraarId: 'x', contractId: 'y', soort: 'B1_ROUTE', cursusnaam: 'B1 intensief', onderdelen: ['LEZEN'],
  geplandeStart: '2026-02-02', geplandeEinde: '2026-12-18', geplandeUren: 600,
};

function codes(invoer: ToewijzingInvoer, context = ctx): string[] {
  return foutcodes((fouten) => controleerToewijzing(invoer, context, fouten));
}

describe('toewijzing of a traject', () => {
  it('accepts a B1-route traject for an asielstatushouder in the B1-route under a covering contract', () => {
    expect(codes(b1)).toEqual([]);
  });

  it('refuses a language route for a gezinsmigrant: the gemeente buys it only for asielstatushouders', () => {
    expect(codes(b1, { ...ctx, doelgroep: 'GEZINSMIGRANT' })).toContain(F.TAAL_ALLEEN_ASIELSTATUSHOUDER);
  });

  it('accepts MAP and PVT for a gezinsmigrant', () => {
    const map = { ...b1, soort: 'MAP' as const, uiterlijkeAfrondingsdatum: '2027-06-30' };
    expect(codes(map, { ...ctx, doelgroep: 'GEZINSMIGRANT', leerroute: null })).toEqual([]);
  });

  it('needs a PIP for a language traject, and the soort must fit its leerroute', () => {
    expect(codes(b1, { ...ctx, leerroute: null })).toContain(F.PIP_ONTBREEKT);
    expect(codes(b1, { ...ctx, leerroute: 'Z', contract: { ...ctx.contract, trajectsoorten: ['B1_ROUTE'] } })).toContain(F.SOORT_PAST_NIET_BIJ_LEERROUTE);
  });

  it('refuses a soort the contract does not cover', () => {
    expect(codes({ ...b1, soort: 'Z_ROUTE' }, { ...ctx, leerroute: 'Z' })).toContain(F.CONTRACT_DEKT_SOORT_NIET);
  });

  it('accepts a start on the first and last day of the contract, not outside', () => {
    expect(codes({ ...b1, geplandeStart: '2026-01-01' })).toEqual([]);
    expect(codes({ ...b1, geplandeStart: '2026-12-31', geplandeEinde: '2027-06-01' })).toEqual([]);
    expect(codes({ ...b1, geplandeStart: '2025-12-31' })).toContain(F.CONTRACT_NIET_ACTIEF);
    expect(codes({ ...b1, geplandeStart: '2027-01-01', geplandeEinde: '2027-06-01' })).toContain(F.CONTRACT_NIET_ACTIEF);
  });

  it('names the contract period in its message as dd-mm-jjjj', () => {
    const fouten = new Overtredingen();
    controleerToewijzing({ ...b1, geplandeStart: '2027-01-01', geplandeEinde: '2027-06-01' }, ctx, fouten);
    expect(() => fouten.throwIfAny()).toThrow('Het contract loopt van 01-01-2026 t/m 31-12-2026; de geplande start valt daarbuiten.');
  });

  it('refuses an end before the start, bad hours and a bad date', () => {
    expect(codes({ ...b1, geplandeEinde: '2026-02-01' })).toContain(F.PERIODE_OMGEKEERD);
    expect(codes({ ...b1, geplandeUren: -1 })).toContain(F.UREN_ONGELDIG);
    expect(codes({ ...b1, geplandeUren: 10_000 })).toContain(F.UREN_ONGELDIG);
    expect(codes({ ...b1, geplandeStart: '2026-13-01' })).toContain(F.DATUM_ONGELDIG);
  });

  it('allows a latest completion date only for MAP and PVT, not before the start', () => {
    expect(codes({ ...b1, uiterlijkeAfrondingsdatum: '2027-01-01' })).toContain(F.AFRONDINGSDATUM_ALLEEN_MAP_PVT);
    const pvt = { ...b1, soort: 'PVT' as const, geplandeStart: '2026-03-02', geplandeEinde: '2026-05-29' };
    expect(codes({ ...pvt, uiterlijkeAfrondingsdatum: '2026-03-02' })).toEqual([]);
    expect(codes({ ...pvt, uiterlijkeAfrondingsdatum: '2026-03-01' })).toContain(F.AFRONDINGSDATUM_VOOR_START);
  });

  it('refuses a course name over 200 characters', () => {
    expect(codes({ ...b1, cursusnaam: 'x'.repeat(201) })).toContain(F.CURSUSNAAM_TE_LANG);
  });
});
