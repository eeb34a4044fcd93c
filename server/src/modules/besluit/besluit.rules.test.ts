import { describe, expect, it } from 'vitest';
import { foutcodes } from '../../../../test/support/domeinfouten.js';
import { DomainError, Overtredingen } from '../shared/domain-error.js';
import { controleerBesluit, type BesluitContext, type BesluitInvoer } from './besluit.rules.js';

// Term from 2024-01-15 to 2027-01-15 exclusive, as DUO gives it: the last day is 2027-01-14. Today two months before its end.
const ctx: BesluitContext = {
  vandaag: '2026-11-15', gemeenteId: 'g1', actuelePip: { gemeenteId: 'g1', leerroute: 'B' },
  termijn: { startdatum: '2024-01-15', einddatum: '2027-01-15' }, vorige: null, datumAfrondingZroute: null,
};

function codes(invoer: BesluitInvoer, c: Partial<BesluitContext> = {}): string[] {
  return foutcodes((fouten) => controleerBesluit(invoer, { ...ctx, ...c }, fouten));
}

function foutmeldingen(invoer: BesluitInvoer, c: Partial<BesluitContext> = {}): string[] {
  const fouten = new Overtredingen();
  controleerBesluit(invoer, { ...ctx, ...c }, fouten);
  try {
    fouten.throwIfAny();
    return [];
  } catch (error) {
    return (error as DomainError).overtredingen.map((o) => o.melding);
  }
}

describe("DUO's conditions for MAP and PVT", () => {
  it('accepts a MAP eindgesprek inside the term without verwijtbaarheid', () => {
    expect(codes({ soort: 'MAP', datum: '2026-03-01' })).toEqual([]);
    expect(codes({ soort: 'PVT', datum: '2026-03-01' })).toEqual([]);
  });

  it('needs a current PIP of this gemeente', () => {
    expect(codes({ soort: 'MAP', datum: '2026-03-01' }, { actuelePip: null })).toEqual(['BESLUIT_GEEN_ACTUELE_PIP']);
    expect(codes({ soort: 'MAP', datum: '2026-03-01' }, { actuelePip: { gemeenteId: 'g2', leerroute: 'B' } })).toEqual(['BESLUIT_GEEN_ACTUELE_PIP']);
  });

  it('refuses a date before the start of the term, accepts its first day', () => {
    expect(codes({ soort: 'PVT', datum: '2024-01-15' })).toEqual([]);
    expect(codes({ soort: 'PVT', datum: '2024-01-14' })).toContain('BESLUIT_DATUM_VOOR_TERMIJN');
  });

  it('refuses a date in the future, accepts today', () => {
    expect(codes({ soort: 'MAP', datum: '2026-11-15' })).toEqual([]);
    expect(codes({ soort: 'MAP', datum: '2026-11-16' })).toContain('BESLUIT_DATUM_IN_TOEKOMST');
  });

  it('refuses MAP and PVT once the obligation was met through the Z-route', () => {
    expect(codes({ soort: 'MAP', datum: '2026-03-01' }, { datumAfrondingZroute: '2026-04-01' })).toContain('BESLUIT_Z_ROUTE_VOLDAAN');
  });

  it('withdraws only a date given earlier by this gemeente', () => {
    expect(codes({ soort: 'MAP', datum: null }, { vorige: { gemeenteId: 'g1', datum: '2026-03-01' } })).toEqual([]);
    expect(codes({ soort: 'MAP', datum: null })).toContain('BESLUIT_NIETS_IN_TE_TREKKEN');
    expect(codes({ soort: 'MAP', datum: '2026-03-02' }, { vorige: { gemeenteId: 'g2', datum: '2026-03-01' } })).toContain('BESLUIT_ANDERE_GEMEENTE');
  });

  it('refuses verwijtbaarheid with a date before the end of the term', () => {
    expect(codes({ soort: 'MAP', datum: '2026-03-01', verwijtbaar: 'NEE' })).toContain('BESLUIT_VERWIJTBAAR_NIET_TOEGESTAAN');
  });

  it("allows 'niet verwijtbaar' from exactly two months before the end, not a day earlier", () => {
    expect(codes({ soort: 'PVT', verwijtbaar: 'NEE' }, { vandaag: '2026-11-15' })).toEqual([]);
    expect(codes({ soort: 'PVT', verwijtbaar: 'NEE' }, { vandaag: '2026-11-14' })).toContain('BESLUIT_NEE_TE_VROEG');
  });

  it("allows 'verwijtbaar' from DUO's (exclusive) einddatum on, not on the term's last day the day before", () => {
    expect(codes({ soort: 'PVT', verwijtbaar: 'JA' }, { vandaag: '2027-01-14' })).toContain('BESLUIT_JA_ZONDER_OVERSCHRIJDING');
    expect(codes({ soort: 'PVT', verwijtbaar: 'JA' }, { vandaag: '2027-01-15' })).toEqual([]);
    expect(codes({ soort: 'PVT', verwijtbaar: 'JA' }, { vandaag: '2027-01-16' })).toEqual([]);
  });

  it('says the last day in the message, as dd-mm-jjjj', () => {
    const fouten = foutmeldingen({ soort: 'PVT', verwijtbaar: 'JA' }, { vandaag: '2027-01-14' });
    expect(fouten).toEqual(["'Verwijtbaar' kan pas als de termijn is overschreden (vanaf 15-01-2027; de laatste dag is 14-01-2027)."]);
  });

  it('requires verwijtbaarheid once the term is overrun: a date on the einddatum is outside the term, the day before inside', () => {
    expect(codes({ soort: 'MAP', datum: null }, { vandaag: '2027-01-16', vorige: { gemeenteId: 'g1', datum: '2026-01-01' } })).toContain('BESLUIT_VERWIJTBAARHEID_ONTBREEKT');
    expect(codes({ soort: 'MAP', datum: '2027-01-14' }, { vandaag: '2027-01-20' })).toEqual([]);
    expect(codes({ soort: 'MAP', datum: '2027-01-15' }, { vandaag: '2027-01-20' })).toEqual(['BESLUIT_VERWIJTBAARHEID_ONTBREEKT']);
    expect(codes({ soort: 'MAP', datum: '2027-01-16' }, { vandaag: '2027-01-20' })).toEqual(['BESLUIT_VERWIJTBAARHEID_ONTBREEKT']);
    expect(codes({ soort: 'MAP', datum: '2027-01-14', verwijtbaar: 'JA' }, { vandaag: '2027-01-20' })).toEqual(['BESLUIT_VERWIJTBAAR_NIET_TOEGESTAAN']);
    expect(codes({ soort: 'MAP', datum: '2027-01-15', verwijtbaar: 'JA' }, { vandaag: '2027-01-20' })).toEqual([]);
    expect(codes({ soort: 'MAP', datum: '2027-01-16', verwijtbaar: 'JA' }, { vandaag: '2027-01-20' })).toEqual([]);
  });

  it('does not let a MAP be culpably not completed in the onderwijsroute, where it is not required', () => {
    const naTermijn = { vandaag: '2027-02-01' };
    expect(codes({ soort: 'MAP', verwijtbaar: 'JA' }, { ...naTermijn, actuelePip: { gemeenteId: 'g1', leerroute: 'O' } })).toContain('MAP_NIET_VEREIST_ONDERWIJSROUTE');
    expect(codes({ soort: 'MAP', verwijtbaar: 'JA' }, naTermijn)).toEqual([]);
  });
});

describe('Z-route completion', () => {
  it('accepts a completion date in the Z-route, without verwijtbaarheid', () => {
    expect(codes({ soort: 'Z_ROUTE', datum: '2026-06-01' }, { actuelePip: { gemeenteId: 'g1', leerroute: 'Z' } })).toEqual([]);
    expect(codes({ soort: 'Z_ROUTE', datum: '2026-06-01', verwijtbaar: 'JA' }, { actuelePip: { gemeenteId: 'g1', leerroute: 'Z' } })).toContain('BESLUIT_VERWIJTBAAR_NIET_TOEGESTAAN');
  });

  it('refuses it outside the Z-route', () => {
    expect(codes({ soort: 'Z_ROUTE', datum: '2026-06-01' })).toContain('BESLUIT_GEEN_Z_ROUTE');
  });
});
