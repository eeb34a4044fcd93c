import { describe, expect, it } from 'vitest';
import { teDoen, vorigeZondag, type TeDoenInvoer } from './te-doen.js';

// Wednesday 25 November 2026: the last complete week ran Monday 16 to Sunday 22 November.
const VANDAAG = '2026-11-25';
const taal: TeDoenInvoer = {
  soort: 'B1_ROUTE', status: 'ACTIEF', geplandeStart: '2026-09-28', geplandeEinde: '2027-09-26',
  uiterlijkeAfrondingsdatum: null, gemeldTot: '2026-11-22', laatsteRapportage: { VOORTGANG: '2026-11-01' },
};
const codes = (t: TeDoenInvoer, vandaag = VANDAAG) => teDoen(t, vandaag).map((d) => d.code);

describe('the last complete week', () => {
  it('ends on the Sunday before today, also when today is a Sunday or a Monday', () => {
    expect(vorigeZondag('2026-11-25')).toBe('2026-11-22');
    expect(vorigeZondag('2026-11-23')).toBe('2026-11-22');
    expect(vorigeZondag('2026-11-22')).toBe('2026-11-15');
  });
});

describe('what an aanbieder still owes for a traject', () => {
  it('owes nothing when last week and a recent progress report are in', () => {
    expect(teDoen(taal, VANDAAG)).toEqual([]);
  });

  it('owes attendance from the day after the last reported day', () => {
    expect(teDoen({ ...taal, gemeldTot: '2026-11-15' }, VANDAAG)).toEqual([{ code: 'AANWEZIGHEID_ONTBREEKT', sinds: '2026-11-16', rapportagesoort: null }]);
    expect(teDoen({ ...taal, gemeldTot: null }, VANDAAG)[0]).toMatchObject({ code: 'AANWEZIGHEID_ONTBREEKT', sinds: '2026-09-28' });
  });

  it('owes no attendance for a traject that starts this week, nor after its last planned day is reported', () => {
    expect(codes({ ...taal, geplandeStart: '2026-11-23', gemeldTot: null })).toEqual([]);
    expect(codes({ ...taal, geplandeStart: '2026-11-22', gemeldTot: null })).toEqual(['AANWEZIGHEID_ONTBREEKT']);
    expect(codes({ soort: 'PVT', status: 'ACTIEF', geplandeStart: '2026-10-01', geplandeEinde: '2026-11-10', uiterlijkeAfrondingsdatum: '2027-03-01', gemeldTot: '2026-11-10', laatsteRapportage: {} })).toEqual([]);
  });

  it('expects a progress report three months after the last one, to the day', () => {
    expect(codes({ ...taal, laatsteRapportage: { VOORTGANG: '2026-08-26' } })).toEqual([]);
    expect(teDoen({ ...taal, laatsteRapportage: { VOORTGANG: '2026-08-25' } }, VANDAAG))
      .toEqual([{ code: 'VOORTGANG_VERWACHT', sinds: '2026-11-25', rapportagesoort: 'VOORTGANG' }]);
    expect(codes({ ...taal, geplandeStart: '2026-08-25', laatsteRapportage: {} })).toEqual(['VOORTGANG_VERWACHT']);
  });

  it('expects no progress report for MAP or PVT, nor once the exam result is in', () => {
    expect(codes({ ...taal, soort: 'MAP', laatsteRapportage: {} })).toEqual([]);
    expect(codes({ ...taal, laatsteRapportage: { VOORTGANG: '2026-01-01', EXAMENRESULTAAT: '2026-11-20' } })).toEqual([]);
  });

  it('expects the result the day after the latest completion date, not on it', () => {
    const map: TeDoenInvoer = { soort: 'MAP', status: 'ACTIEF', geplandeStart: '2026-06-01', geplandeEinde: '2026-10-31', uiterlijkeAfrondingsdatum: '2026-11-25', gemeldTot: '2026-10-31', laatsteRapportage: {} };
    expect(codes(map)).toEqual([]);
    expect(teDoen(map, '2026-11-26')).toEqual([{ code: 'RESULTAAT_VERWACHT', sinds: '2026-11-26', rapportagesoort: 'MAP_RESULTAAT' }]);
    expect(codes({ ...map, laatsteRapportage: { MAP_RESULTAAT: '2026-11-20' } }, '2026-11-26')).toEqual([]);
  });

  it('owes nothing for a traject that is finished or withdrawn', () => {
    expect(codes({ ...taal, status: 'AFGEROND', gemeldTot: null })).toEqual([]);
    expect(codes({ ...taal, status: 'INGETROKKEN', gemeldTot: null })).toEqual([]);
  });

  it('lists the oldest item first', () => {
    const alles = teDoen({ ...taal, geplandeStart: '2026-06-01', geplandeEinde: '2026-11-01', gemeldTot: '2026-10-04', laatsteRapportage: {} }, VANDAAG);
    expect(alles.map((d) => d.code)).toEqual(['VOORTGANG_VERWACHT', 'AANWEZIGHEID_ONTBREEKT', 'RESULTAAT_VERWACHT']);
  });
});
