import { describe, expect, it } from 'vitest';
import { domeinfout } from '../../../../test/support/domeinfouten.js';
import { metWereld } from '../../../../test/support/wereld.js';
import { DomainError } from '../shared/domain-error.js';
import { Aanwezigheid } from './aanwezigheid.entity.js';
import type { AanwezigheidInvoer } from './aanwezigheid.rules.js';
import { AanwezigheidService } from './aanwezigheid.service.js';
import type { Principal } from '../auth/principal.js';
import { emAls } from '../tenancy/database-principaal.js';

const VANDAAG = '2026-11-23';
const t = metWereld();

function week(trajectId: string, wijziging: Partial<AanwezigheidInvoer> = {}): AanwezigheidInvoer {
  return {
    trajectId, periodeVan: '2026-11-09', periodeTot: '2026-11-15',
    urenIngeroosterd: 12, urenAanwezig: 9, urenGeoorloofdVerzuim: 3, redenGeoorloofdVerzuim: 'ZIEKTE',
    urenOngeoorloofdVerzuim: 0, redenOngeoorloofdVerzuim: null, ...wijziging,
  };
}

/** The service as the portal builds it for a request: on an em that runs as `principal` in PostgreSQL, on the portal's day. */
function dienst(principal: Principal = t.wereld.principals.school) {
  return new AanwezigheidService(emAls(t.orm.em, principal, VANDAAG));
}

async function registreer(invoer: AanwezigheidInvoer, principal: Principal = t.wereld.principals.school) {
  return dienst(principal).registreer(principal, invoer, VANDAAG);
}


async function versies(trajectId: string) {
  return t.alles().find(Aanwezigheid, { traject: trajectId }, { orderBy: { periodeVan: 'asc', versie: 'asc' } });
}

describe('registering attendance', () => {
  it('stores a first report as version 1', async () => {
    const r = await registreer(week(t.wereld.trajectAmina.id));
    expect(r.resultaat).toBe('NIEUW');
    expect(r.aanwezigheid.versie).toBe(1);
    expect(r.aanwezigheid.ingediendDoorGebruiker).toBe(t.wereld.principals.school.gebruikerId);
  });

  it('changes nothing when the same report is sent again', async () => {
    const r = await registreer(week(t.wereld.trajectAmina.id));
    expect(r.resultaat).toBe('ONGEWIJZIGD');
    expect(await versies(t.wereld.trajectAmina.id)).toHaveLength(1);
  });

  it('stores a correction as a new version and keeps the earlier one', async () => {
    const r = await registreer(week(t.wereld.trajectAmina.id, { urenAanwezig: 12, urenGeoorloofdVerzuim: 0, redenGeoorloofdVerzuim: null }));
    expect(r.resultaat).toBe('GECORRIGEERD');
    expect(r.aanwezigheid.versie).toBe(2);
    const alle = await versies(t.wereld.trajectAmina.id);
    expect(alle.map((a) => [a.versie, a.urenAanwezig, a.vervangenOp === null])).toEqual([[1, 9, false], [2, 12, true]]);
  });

  it('rejects a period overlapping another reported period, writing nothing', async () => {
    const e = await domeinfout(registreer(week(t.wereld.trajectAmina.id, { periodeVan: '2026-11-12', periodeTot: '2026-11-18' })));
    expect([e.soort, e.code]).toEqual(['CONFLICT', 'PERIODE_OVERLAPT']);
    expect(await versies(t.wereld.trajectAmina.id)).toHaveLength(2);
  });

  it('accepts the last day of the traject and rejects a period past it', async () => {
    const laatste = await registreer(week(t.wereld.trajectAmina.id, { periodeVan: '2025-12-29', periodeTot: '2026-01-04' })).catch((e: DomainError) => e);
    expect((laatste as DomainError).code).toBe('PERIODE_BUITEN_TRAJECT'); // starts before 2026-01-05
    const r = await registreer(week(t.wereld.trajectAmina.id, { periodeVan: '2026-01-05', periodeTot: '2026-01-11' }));
    expect(r.resultaat).toBe('NIEUW');
  });

  it('accepts a week ending today and refuses one ending tomorrow with PERIODE_IN_TOEKOMST, writing nothing', async () => {
    const totVandaag = await registreer(week(t.wereld.trajectAmina.id, { periodeVan: '2026-11-17', periodeTot: VANDAAG }));
    expect([totVandaag.resultaat, totVandaag.aanwezigheid.periodeTot]).toEqual(['NIEUW', VANDAAG]);
    const e = await domeinfout(registreer(week(t.wereld.trajectAmina.id, { periodeVan: '2026-11-24', periodeTot: '2026-11-24' }), t.wereld.principals.school));
    expect([e.soort, e.code, e.veld]).toEqual(['BAD_USER_INPUT', 'PERIODE_IN_TOEKOMST', 'input.periodeVan']);
    const reeks = await dienst().registreerReeks(t.wereld.principals.school, [
      week(t.wereld.trajectAmina.id, { periodeVan: '2026-11-18', periodeTot: '2026-11-24' }),
    ], { vandaag: VANDAAG });
    expect(reeks[0]!.fouten.map((f) => [f.code, f.veld])).toEqual([['PERIODE_IN_TOEKOMST', 'input.periodeTot']]);
    expect((await versies(t.wereld.trajectAmina.id)).filter((a) => a.periodeTot > VANDAAG)).toEqual([]);
  });

  it('rejects a traject that does not exist, or a malformed id', async () => {
    expect((await domeinfout(registreer(week('5b0c0a52-1111-4b4b-8a8a-000000000000')))).code).toBe('TRAJECT_ONBEKEND');
    expect((await domeinfout(registreer(week('not-a-uuid')))).soort).toBe('NOT_FOUND');
  });

  it("does not let an aanbieder report on another aanbieder's traject", async () => {
    const e = await domeinfout(registreer(week(t.wereld.trajectFaridAnder.id)));
    expect([e.soort, e.code]).toEqual(['NOT_FOUND', 'TRAJECT_ONBEKEND']);
    expect(await versies(t.wereld.trajectFaridAnder.id)).toHaveLength(0);
  });

  it('does not accept reports under an expired contract or on an ended traject', async () => {
    expect((await domeinfout(registreer(week(t.wereld.trajectOlenaVerlopen.id)))).code).toBe('TRAJECT_ONBEKEND');
    expect((await domeinfout(registreer(week(t.wereld.trajectYonasAfgerond.id)))).code).toBe('TRAJECT_ONBEKEND');
  });

  it('rejects bad input before touching the database', async () => {
    const e = await domeinfout(registreer(week(t.wereld.trajectAmina.id, { periodeVan: '2026-10-05', periodeTot: '2026-10-11', urenAanwezig: -2 })));
    expect([e.soort, e.code, e.veld]).toEqual(['BAD_USER_INPUT', 'UREN_NEGATIEF', 'input.urenAanwezig']);
    const alle = await versies(t.wereld.trajectAmina.id);
    expect(alle.some((a) => a.periodeVan === '2026-10-05')).toBe(false);
  });

  it('refuses a gemeente principal', async () => {
    const e = await domeinfout(registreer(week(t.wereld.trajectAmina.id), t.wereld.principals.gemeenteA as never));
    expect(e.soort).toBe('FORBIDDEN');
  });

  it('serialises concurrent identical submissions into one version', async () => {
    const invoer = week(t.wereld.trajectAmina.id, { periodeVan: '2026-03-02', periodeTot: '2026-03-08' });
    const resultaten = await Promise.all([registreer(invoer), registreer(invoer), registreer(invoer)]);
    expect(resultaten.map((r) => r.resultaat).sort()).toEqual(['NIEUW', 'ONGEWIJZIGD', 'ONGEWIJZIGD']);
  });
});

describe('a batch of rows (group week, CSV)', () => {
  it('keeps the good rows and returns each wrong row with its errors', async () => {
    const service = dienst();
    const resultaten = await service.registreerReeks(t.wereld.principals.school, [
      week(t.wereld.trajectAmina.id, { periodeVan: '2026-04-06', periodeTot: '2026-04-12' }),
      week(t.wereld.trajectAmina.id, { periodeVan: '2026-04-13', periodeTot: '2026-04-19', urenAanwezig: 99 }),
      week(t.wereld.trajectFaridAnder.id, { periodeVan: '2026-04-06', periodeTot: '2026-04-12' }),
    ], { vandaag: VANDAAG });
    expect(resultaten.map((r) => [r.rij, r.registratie?.resultaat ?? null, r.fouten.map((f) => f.code)])).toEqual([
      [0, 'NIEUW', []],
      [1, null, ['UREN_MEER_DAN_INGEROOSTERD']],
      [2, null, ['TRAJECT_ONBEKEND']],
    ]);
    const opgeslagen = await dienst().inPeriode(t.wereld.principals.school, [t.wereld.trajectAmina.id], '2026-04-06');
    expect(opgeslagen.map((a) => a.urenAanwezig)).toEqual([9]);
    expect(await dienst().inPeriode(t.wereld.principals.school, [t.wereld.trajectAmina.id], '2026-04-13')).toEqual([]);
  });

  it('in a dry run judges every row, later rows seeing earlier ones, and stores nothing', async () => {
    const mei = week(t.wereld.trajectAmina.id, { periodeVan: '2026-05-04', periodeTot: '2026-05-10' });
    const logregels = async () => (await t.alles().execute<{ n: number }[]>('select count(*)::int as n from inzage'))[0]!.n;
    const voor = await logregels();
    const resultaten = await dienst().registreerReeks(t.wereld.principals.school, [
      mei, { ...mei, urenAanwezig: 8, urenGeoorloofdVerzuim: 4 }, { ...mei, periodeTot: '2026-05-11', periodeVan: '2026-05-05' },
    ], { proefdraai: true, vandaag: VANDAAG });
    expect(resultaten.map((r) => [r.registratie?.resultaat ?? null, r.fouten.map((f) => f.code)])).toEqual([
      ['NIEUW', []], ['GECORRIGEERD', []], [null, ['PERIODE_OVERLAPT']],
    ]);
    // The correction says what it would replace, so the page can show old next to new before anything is saved.
    expect(resultaten[0]!.registratie!.vorige).toBeUndefined();
    expect(resultaten[1]!.registratie!.vorige).toMatchObject({ versie: 1, urenAanwezig: 9, urenGeoorloofdVerzuim: 3 });
    expect(resultaten[1]!.registratie!.aanwezigheid).toMatchObject({ versie: 2, urenAanwezig: 8, urenGeoorloofdVerzuim: 4 });
    expect(await dienst().inPeriode(t.wereld.principals.school, [t.wereld.trajectAmina.id], '2026-05-04')).toEqual([]);
    // Nothing was saved, but the person's current versions were read and shown (vorige): one line says so.
    const [regel] = await t.alles().execute<{ actie: string; inburgeraar_ids: string[] }[]>('select actie, inburgeraar_ids from inzage order by id desc limit 1');
    expect([await logregels(), regel]).toEqual([voor + 1, { actie: 'TRAJECT_GELEZEN', inburgeraar_ids: [t.wereld.amina.id] }]);
  });

  it('refuses an empty batch and one over 2000 rows', async () => {
    const service = dienst();
    expect((await domeinfout(service.registreerReeks(t.wereld.principals.school, []))).code).toBe('REEKS_ONGELDIG');
    const teVeel = Array.from({ length: 2001 }, () => week(t.wereld.trajectAmina.id));
    expect((await domeinfout(service.registreerReeks(t.wereld.principals.school, teVeel))).code).toBe('REEKS_ONGELDIG');
  });

  it("does not show another aanbieder's reports for a period", async () => {
    expect(await dienst(t.wereld.principals.andereSchool).inPeriode(t.wereld.principals.andereSchool, [t.wereld.trajectAmina.id], '2026-04-06')).toEqual([]);
  });
});
