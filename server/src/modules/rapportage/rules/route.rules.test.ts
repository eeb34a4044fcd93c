import { describe, expect, it } from 'vitest';
import { foutcodes } from '../../../../../test/support/domeinfouten.js';
import { Overtredingen } from '../../shared/domain-error.js';
import type { RapportageContext } from './context.js';
import { controleerMapResultaat, controleerPvtResultaat, controleerZRouteResultaat, type MapResultaat, type PvtResultaat } from './route.rules.js';

const ctx: RapportageContext = {
  vandaag: '2026-11-23',
  traject: { soort: 'PVT', geplandeStart: '2026-03-02', geplandeEinde: '2026-06-26' },
  termijnEinddatum: '2027-01-23',
};

function codes<T>(controleer: (g: T, c: RapportageContext, f: Overtredingen) => void, g: T, c = ctx): string[] {
  return foutcodes((fouten) => controleer(g, c, fouten));
}

describe('PVT: date of signing or one of the eight reasons (003 §3.5)', () => {
  const pvt = (g: PvtResultaat, c = ctx) => codes(controleerPvtResultaat, g, c);

  it('accepts a signing date after the start of participation, refuses one in the future', () => {
    expect(pvt({ gerealiseerdeStartdatum: '2026-03-02', gerealiseerdeEinddatum: '2026-04-10', datumOndertekeningPvt: '2026-04-10' })).toEqual([]);
    expect(pvt({ datumOndertekeningPvt: '2026-11-24' })).toContain('DATUM_IN_TOEKOMST');
  });

  it('needs either a signing date or a reason, not both', () => {
    expect(pvt({})).toContain('ONDERTEKENING_OF_REDEN_ONTBREEKT');
    expect(pvt({ datumOndertekeningPvt: '2026-04-10', redenNietVoldaan: 'ZIEKTE' })).toContain('ONDERTEKEND_EN_REDEN');
  });

  it('keeps participation dates empty where the reason says so', () => {
    const naTermijn = { ...ctx, vandaag: '2027-01-24' };
    expect(pvt({ redenNietVoldaan: 'WEIGERT_DEELNAME' }, naTermijn)).toEqual([]);
    expect(pvt({ redenNietVoldaan: 'WEIGERT_DEELNAME', gerealiseerdeStartdatum: '2026-03-02' }, naTermijn)).toContain('PVT_DEELNAME_MOET_LEEG');
    expect(pvt({ redenNietVoldaan: 'REAGEERT_NIET', gerealiseerdeEinddatum: '2026-03-02' }, naTermijn)).toContain('PVT_DEELNAME_MOET_LEEG');
  });

  it('requires both participation dates for a refusal to sign', () => {
    const naTermijn = { ...ctx, vandaag: '2027-01-24' };
    expect(pvt({ redenNietVoldaan: 'WEIGERT_ONDERTEKENING', gerealiseerdeStartdatum: '2026-03-02', gerealiseerdeEinddatum: '2026-04-10' }, naTermijn)).toEqual([]);
    expect(pvt({ redenNietVoldaan: 'WEIGERT_ONDERTEKENING', gerealiseerdeStartdatum: '2026-03-02' }, naTermijn)).toContain('PVT_DEELNAME_MOET_GEVULD');
  });

  it('allows optional dates for the other reasons', () => {
    const naTermijn = { ...ctx, vandaag: '2027-01-24' };
    expect(pvt({ redenNietVoldaan: 'NIET_OPGEKOMEN', gerealiseerdeStartdatum: '2026-03-02' }, naTermijn)).toEqual([]);
    expect(pvt({ redenNietVoldaan: 'NIET_OPGEKOMEN' }, naTermijn)).toEqual([]);
  });

  it('accepts a non-culpable reason from exactly two months before the end of the term, not a day earlier', () => {
    expect(pvt({ redenNietVoldaan: 'ZIEKTE' }, { ...ctx, vandaag: '2026-11-23' })).toEqual([]);
    expect(pvt({ redenNietVoldaan: 'DETENTIE' }, { ...ctx, vandaag: '2026-11-22' })).toContain('PVT_REDEN_TE_VROEG');
    expect(pvt({ redenNietVoldaan: 'GEEN_AANBOD_GEMEENTE' }, { ...ctx, vandaag: '2026-11-23' })).toEqual([]);
  });

  it("accepts culpable reasons and overmacht from DUO's (exclusive) einddatum on, not on the term's last day before it", () => {
    // termijnEinddatum 2027-01-23 is exclusive: the last day of the term is 2027-01-22.
    expect(pvt({ redenNietVoldaan: 'OVERMACHT' }, { ...ctx, vandaag: '2027-01-22' })).toContain('PVT_REDEN_TE_VROEG');
    expect(pvt({ redenNietVoldaan: 'OVERMACHT' }, { ...ctx, vandaag: '2027-01-23' })).toEqual([]);
    expect(pvt({ redenNietVoldaan: 'OVERMACHT' }, { ...ctx, vandaag: '2027-01-24' })).toEqual([]);
    expect(pvt({ redenNietVoldaan: 'REAGEERT_NIET' }, { ...ctx, vandaag: '2027-01-22' })).toContain('PVT_REDEN_TE_VROEG');
    expect(pvt({ redenNietVoldaan: 'REAGEERT_NIET' }, { ...ctx, vandaag: '2027-01-23' })).toEqual([]);
  });

  it('names the first allowed day and the last day of the term as dd-mm-jjjj', () => {
    const fouten = new Overtredingen();
    controleerPvtResultaat({ redenNietVoldaan: 'OVERMACHT' }, { ...ctx, vandaag: '2027-01-22' }, fouten);
    expect(() => fouten.throwIfAny()).toThrow('Deze reden kan pas na het einde van de termijn worden doorgegeven (vanaf 23-01-2027; de laatste dag van de termijn is 22-01-2027).');
  });

  it('refuses a reason while no term runs, and an unknown reason', () => {
    expect(pvt({ redenNietVoldaan: 'ZIEKTE' }, { ...ctx, termijnEinddatum: null })).toContain('PVT_GEEN_TERMIJN');
    expect(pvt({ redenNietVoldaan: 'VAKANTIE' })).toContain('CODE_ONBEKEND');
  });
});

describe('MAP result', () => {
  const goed: MapResultaat = { gerealiseerdeStartdatum: '2026-03-02', resultaat: 'AFGEROND', datumEindgesprekMap: '2026-09-01' };
  const map = (g: MapResultaat) => codes(controleerMapResultaat, g);

  it('accepts a completed MAP with its eindgesprek', () => {
    expect(map(goed)).toEqual([]);
  });

  it('requires the eindgesprek for AFGEROND, not before the start and not in the future', () => {
    expect(map({ ...goed, datumEindgesprekMap: null })).toContain('VELD_VERPLICHT');
    expect(map({ ...goed, datumEindgesprekMap: '2026-03-01' })).toContain('DATUM_TE_VROEG');
    expect(map({ ...goed, datumEindgesprekMap: '2026-11-24' })).toContain('DATUM_IN_TOEKOMST');
  });

  it('accepts a MAP that never started only as NIET_AFGEROND', () => {
    expect(map({ resultaat: 'NIET_AFGEROND', redenNietAfgerond: 'NIET_VERSCHENEN' })).toEqual([]);
    expect(map({ resultaat: 'AFGEROND', datumEindgesprekMap: '2026-09-01' })).toContain('VELD_VERPLICHT');
  });

  it('requires a reason for NIET_AFGEROND and no eindgesprek', () => {
    expect(map({ gerealiseerdeStartdatum: '2026-03-02', resultaat: 'NIET_AFGEROND', redenNietAfgerond: 'GESTOPT' })).toEqual([]);
    expect(map({ gerealiseerdeStartdatum: '2026-03-02', resultaat: 'NIET_AFGEROND' })).toContain('VELD_VERPLICHT');
    expect(map({ ...goed, resultaat: 'NIET_AFGEROND', redenNietAfgerond: 'GESTOPT' })).toContain('EINDGESPREK_BIJ_NIET_AFGEROND');
  });

  it('requires a reason for a start later than planned, and none for a timely start', () => {
    expect(map({ ...goed, gerealiseerdeStartdatum: '2026-03-03' })).toContain('VELD_VERPLICHT');
    expect(map({ ...goed, gerealiseerdeStartdatum: '2026-03-03', redenLateStart: 'WACHTLIJST' })).toEqual([]);
    expect(map({ ...goed, redenLateStart: 'WACHTLIJST' })).toContain('REDEN_ZONDER_LATE_START');
  });
});

describe('Z-route result', () => {
  it('requires the completion date exactly when completed, and whole hours', () => {
    const z = { afgerond: true, datumAfrondingZroute: '2026-10-01', urenTaalGerealiseerd: 800, urenParticipatieGerealiseerd: 790, niveauBereikt: 'A1' };
    expect(codes(controleerZRouteResultaat, z)).toEqual([]);
    expect(codes(controleerZRouteResultaat, { ...z, datumAfrondingZroute: null })).toContain('VELD_VERPLICHT');
    expect(codes(controleerZRouteResultaat, { ...z, afgerond: false })).toContain('DATUM_ZONDER_AFRONDING');
    expect(codes(controleerZRouteResultaat, { ...z, urenTaalGerealiseerd: 10.5 })).toContain('UREN_ONGELDIG');
    expect(codes(controleerZRouteResultaat, { ...z, niveauBereikt: 'B1' })).toContain('CODE_ONBEKEND');
  });
});
