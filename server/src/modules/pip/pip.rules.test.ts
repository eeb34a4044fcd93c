import { describe, expect, it } from 'vitest';
import { foutcodes } from '../../../../test/support/domeinfouten.js';
import { PipFout as F } from './pip.errors.js';
import { controleerPip, effectiefNiveau, type PipContext, type PipInvoer } from './pip.rules.js';

const eersteCtx: PipContext = {
  vandaag: '2026-11-23', regime: 'WI2021', doelgroep: 'ASIELSTATUSHOUDER',
  begindatumInburgeringsplicht: '2025-01-01', datumVestiging: '2025-01-10', eerste: null, actueel: null, taaluren: 0,
};
const eerstePip: PipInvoer = { dagtekeningPip: '2025-01-15', leerroute: 'B', niveau: 'B1', geschatteIntensiteitB1Route: 600 };

/** A context with a first PIP (term start 2025-01-15) in the B1-route at B1. */
const wijzigCtx: PipContext = {
  ...eersteCtx,
  eerste: { dagtekeningPip: '2025-01-15' },
  actueel: { dagtekeningPip: '2025-01-15', leerroute: 'B', niveau: 'B1' },
  taaluren: 650,
};

function codes(invoer: PipInvoer, ctx: PipContext): string[] {
  return foutcodes((fouten) => controleerPip(invoer, ctx, fouten));
}

describe('first PIP (DUO "Het aanleveren van een PIP")', () => {
  it('accepts a complete first PIP in the B1-route for an asielstatushouder', () => {
    expect(codes(eerstePip, eersteCtx)).toEqual([]);
  });

  it('rejects a PIP for a person under the Wi2013', () => {
    expect(codes(eerstePip, { ...eersteCtx, regime: 'WI2013' })).toContain(F.PIP_REGIME_NIET_WI2021);
  });

  it('accepts a dagtekening on the start of the obligation and rejects the day before', () => {
    const ctx = { ...eersteCtx, datumVestiging: null };
    expect(codes({ ...eerstePip, dagtekeningPip: '2025-01-01' }, ctx)).toEqual([]);
    expect(codes({ ...eerstePip, dagtekeningPip: '2024-12-31' }, ctx)).toContain(F.PIP_VOOR_START_INBURGERINGSPLICHT);
  });

  it('accepts a dagtekening on the day of vestiging and rejects the day before', () => {
    expect(codes({ ...eerstePip, dagtekeningPip: '2025-01-10' }, eersteCtx)).toEqual([]);
    expect(codes({ ...eerstePip, dagtekeningPip: '2025-01-09' }, eersteCtx)).toContain(F.PIP_VOOR_VESTIGING);
  });

  it('rejects a dagtekening in the future', () => {
    expect(codes({ ...eerstePip, dagtekeningPip: '2026-11-24' }, eersteCtx)).toContain(F.PIP_DAGTEKENING_IN_TOEKOMST);
  });

  it('rejects A2 with the onderwijsroute and B1 with the Z-route', () => {
    expect(codes({ dagtekeningPip: '2025-01-15', leerroute: 'O', niveau: 'A2' }, eersteCtx)).toContain(F.PIP_NIVEAU_A2_ONDERWIJSROUTE);
    expect(codes({ dagtekeningPip: '2025-01-15', leerroute: 'O' }, eersteCtx)).toEqual([]);
    expect(codes({ dagtekeningPip: '2025-01-15', leerroute: 'Z', niveau: 'B1' }, eersteCtx)).toContain(F.PIP_NIVEAU_B1_ZROUTE);
    expect(codes({ dagtekeningPip: '2025-01-15', leerroute: 'Z' }, eersteCtx)).toEqual([]);
  });

  it('rejects A2 in the B1-route on a first PIP', () => {
    expect(codes({ ...eerstePip, niveau: 'A2' }, eersteCtx)).toContain(F.PIP_NIVEAU_A2_EERSTE_PIP);
  });

  it('sets B1 when no niveau is given for the B1-route or the onderwijsroute, none for the Z-route', () => {
    expect(effectiefNiveau({ dagtekeningPip: '2025-01-15', leerroute: 'B' })).toBe('B1');
    expect(effectiefNiveau({ dagtekeningPip: '2025-01-15', leerroute: 'O' })).toBe('B1');
    expect(effectiefNiveau({ dagtekeningPip: '2025-01-15', leerroute: 'Z' })).toBeNull();
  });

  it('allows an intensity only in the B1-route of an asielstatushouder, and requires it there', () => {
    expect(codes({ ...eerstePip, geschatteIntensiteitB1Route: null }, eersteCtx)).toContain(F.PIP_INTENSITEIT_ONTBREEKT);
    expect(codes({ dagtekeningPip: '2025-01-15', leerroute: 'Z', geschatteIntensiteitB1Route: 800 }, eersteCtx)).toContain(F.PIP_INTENSITEIT_NIET_TOEGESTAAN);
    expect(codes(eerstePip, { ...eersteCtx, doelgroep: 'GEZINSMIGRANT' })).toContain(F.PIP_INTENSITEIT_NIET_TOEGESTAAN);
    expect(codes({ ...eerstePip, geschatteIntensiteitB1Route: null }, { ...eersteCtx, doelgroep: 'GEZINSMIGRANT' })).toEqual([]);
  });

  it('accepts an intensity of 1 to 9999 whole hours (the column CHECK) and refuses 0, 10000, a negative or a fraction', () => {
    for (const uren of [1, 600, 9999]) expect(codes({ ...eerstePip, geschatteIntensiteitB1Route: uren }, eersteCtx)).toEqual([]);
    for (const uren of [0, 10000, 20000, -5, 1.5]) expect(codes({ ...eerstePip, geschatteIntensiteitB1Route: uren }, eersteCtx)).toEqual([F.PIP_INTENSITEIT_BUITEN_BEREIK]);
  });

  it('rejects a reason for a change on the first PIP', () => {
    expect(codes({ ...eerstePip, wijzigingsreden: 'CORRECTIE' }, eersteCtx)).toContain(F.PIP_WIJZIGINGSREDEN_BIJ_EERSTE_PIP);
  });
});

describe('inburgeringsaanbod', () => {
  it('accepts an aanbod on the PIP date and rejects one before it', () => {
    expect(codes({ ...eerstePip, datumInburgeringsaanbod: '2025-01-15' }, eersteCtx)).toEqual([]);
    expect(codes({ ...eerstePip, datumInburgeringsaanbod: '2025-01-14' }, eersteCtx)).toContain(F.PIP_AANBOD_VOOR_PIP);
  });

  it('needs a reason for a late start only after three months', () => {
    expect(codes({ ...eerstePip, datumInburgeringsaanbod: '2025-04-15' }, eersteCtx)).toEqual([]);
    expect(codes({ ...eerstePip, datumInburgeringsaanbod: '2025-04-16' }, eersteCtx)).toContain(F.PIP_REDEN_LATE_START_ONTBREEKT);
    expect(codes({ ...eerstePip, datumInburgeringsaanbod: '2025-04-16', redenLateStart: 'GEEN_PLEK_BIJ_AANBIEDER' }, eersteCtx)).toEqual([]);
    expect(codes({ ...eerstePip, datumInburgeringsaanbod: '2025-04-16', redenLateStart: 'DRUK' }, eersteCtx)).toContain(F.PIP_REDEN_LATE_START_ONBEKEND);
  });

  it('is only for asielstatushouders', () => {
    expect(codes({ ...eerstePip, geschatteIntensiteitB1Route: null, datumInburgeringsaanbod: '2025-02-01' }, { ...eersteCtx, doelgroep: 'GEZINSMIGRANT' }))
      .toContain(F.PIP_AANBOD_ALLEEN_ASIELSTATUSHOUDER);
  });
});

describe('changing a PIP', () => {
  const afschalen: PipInvoer = { dagtekeningPip: '2026-03-01', leerroute: 'B', niveau: 'A2', geschatteIntensiteitB1Route: 600, wijzigingsreden: 'AFSCHALEN' };

  it('requires a reason', () => {
    expect(codes({ ...afschalen, wijzigingsreden: null }, wijzigCtx)).toContain(F.PIP_WIJZIGINGSREDEN_ONTBREEKT);
  });

  it('rejects a dagtekening before the current PIP', () => {
    expect(codes({ ...afschalen, dagtekeningPip: '2025-01-14' }, wijzigCtx)).toContain(F.PIP_VOOR_VORIGE_PIP);
    expect(codes({ ...afschalen, dagtekeningPip: '2025-01-15' }, wijzigCtx)).toEqual([]);
  });

  it('allows afschalen B1 → A2 from the 600th hour of language lessons, not at 599', () => {
    expect(codes(afschalen, { ...wijzigCtx, taaluren: 600 })).toEqual([]);
    expect(codes(afschalen, { ...wijzigCtx, taaluren: 599 })).toContain(F.PIP_AFSCHALEN_TE_WEINIG_UREN);
  });

  it('allows a route switch up to the last day of the 18 months, not the day after', () => {
    const naarZ: PipInvoer = { dagtekeningPip: '2026-07-15', leerroute: 'Z', wijzigingsreden: 'ROUTEWISSEL' };
    expect(codes(naarZ, wijzigCtx)).toEqual([]);
    expect(codes({ ...naarZ, dagtekeningPip: '2026-07-16' }, wijzigCtx)).toContain(F.PIP_ROUTEWISSEL_TE_LAAT);
  });

  it('allows a switch away from the onderwijsroute during the whole term', () => {
    const vanO = { ...wijzigCtx, actueel: { dagtekeningPip: '2025-01-15', leerroute: 'O' as const, niveau: 'B1' as const } };
    expect(codes({ dagtekeningPip: '2027-06-01', leerroute: 'B', niveau: 'B1', geschatteIntensiteitB1Route: 400, wijzigingsreden: 'ROUTEWISSEL' }, { ...vanO, vandaag: '2027-06-02' })).toEqual([]);
  });

  it('reports a malformed date and stops there', () => {
    expect(codes({ ...afschalen, dagtekeningPip: '2026-02-30' }, wijzigCtx)).toEqual([F.DATUM_ONGELDIG]);
  });
});
