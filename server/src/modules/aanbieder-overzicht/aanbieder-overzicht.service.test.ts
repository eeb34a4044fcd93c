import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../test/support/database.js';
import { domeinfout } from '../../../../test/support/domeinfouten.js';
import { maakWereld } from '../../../../test/support/fixtures.js';
import type { Orm } from '../../db/orm.js';
import type { Principal } from '../auth/principal.js';
import { Aanwezigheid } from '../aanwezigheid/aanwezigheid.entity.js';
import { eersteGeldigeBsnVanaf } from '../inburgeraar/bsn.js';
import { Inburgeraar } from '../inburgeraar/inburgeraar.entity.js';
import { Aanbieder } from '../organisatie/aanbieder.entity.js';
import { Contract } from '../organisatie/contract.entity.js';
import { emAls } from '../tenancy/database-principaal.js';
import { Traject } from '../traject/traject.entity.js';
import { AanbiederOverzichtService } from './aanbieder-overzicht.service.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let orm: Orm;
let wereld: Awaited<ReturnType<typeof maakWereld>>;
const statements: string[] = [];
const NU = '2026-11-23'; // a Monday: last full week ended Sunday 22 November

beforeAll(async () => {
  db = await createTestDatabase({ onQuery: (sql) => statements.push(sql) });
  orm = db.orm;
  wereld = await maakWereld(db.eigenaar);
  const em = db.alles();
  const door = wereld.principals.school.gebruikerId!;
  const meld = (traject: Traject, periodeVan: string, periodeTot: string, uren: [number, number, number, number], ingediendOp: string, versie = 1, vervangenOp: string | null = null) =>
    em.create(Aanwezigheid, {
      traject: traject.id, periodeVan, periodeTot, versie,
      urenIngeroosterd: uren[0], urenAanwezig: uren[1], urenGeoorloofdVerzuim: uren[2], redenGeoorloofdVerzuim: uren[2] ? 'ZIEKTE' : null,
      urenOngeoorloofdVerzuim: uren[3], redenOngeoorloofdVerzuim: uren[3] ? 'ZONDER_BERICHT' : null,
      ingediendDoorGebruiker: door, ingediendDoorToken: null, ingediendOp: new Date(ingediendOp), vervangenOp: vervangenOp ? new Date(vervangenOp) : null,
    });
  // Week ending Sunday 26 April 2026; Koningsdag (Mon 27) is no working day, so the 5th working day is Mon 4 May.
  // First version at 23:30 Dutch time on that 5th day: on time, and a later correction does not change that.
  meld(wereld.trajectAmina, '2026-04-20', '2026-04-26', [12, 9, 2, 1], '2026-05-04T21:30:00Z', 1, '2026-05-10T10:00:00Z');
  meld(wereld.trajectAmina, '2026-04-20', '2026-04-26', [12, 8, 2, 2], '2026-05-10T10:00:00Z', 2);
  // Week ending Sunday 3 May: Bevrijdingsdag (5 May) does not count, deadline Mon 11 May; Tue 12 May is the 6th day: late.
  meld(wereld.trajectAmina, '2026-04-27', '2026-05-03', [10, 10, 0, 0], '2026-05-12T08:00:00Z');
  // 00:30 Dutch time on 5 May is after the deadline of 4 May, although it is still 4 May in UTC: late.
  meld(wereld.trajectYonasAfgerond, '2026-04-20', '2026-04-26', [8, 4, 0, 4], '2026-05-04T22:30:00Z');
  // Gemeente B's traject at the same school: never part of gemeente A's figures.
  meld(wereld.trajectOlenaVerlopen, '2026-04-20', '2026-04-26', [20, 20, 0, 0], '2026-04-27T10:00:00Z');
  await em.flush();
});
afterAll(() => db.drop());

/** The service as the portal runs it for `principal`: its em carries that principal to PostgreSQL. */
const serviceAls = (principal: Principal) => new AanbiederOverzichtService(emAls(orm.em, principal));

/**
 * SQL statements issued while `werk` runs: not transaction control, nor the `select set_config(…)` that tells
 * PostgreSQL the principal at the start of each transaction (row-level security), which is not the service's own query.
 */
async function telStatements(werk: () => Promise<unknown>): Promise<number> {
  statements.length = 0;
  await werk();
  return statements.map((s) => s.replace(/\x1B\[[0-9;]*m/g, ''))
    .filter((s) => /\[query\]\s*(with|select|insert|update|delete)\b/i.test(s) && !/\[query\]\s*select set_config\(/i.test(s)).length;
}

describe('gemeente: aanbieders', () => {
  it('lists each aanbieder once with hours, attendance percentage, verzuim and timeliness of the first versions', async () => {
    const lijst = await serviceAls(wereld.principals.gemeenteA).lijst(wereld.principals.gemeenteA, NU);
    expect(lijst.map((a) => a.naam)).toEqual([wereld.andereSchool.naam, wereld.school.naam]);
    const school = lijst.find((a) => a.id === wereld.school.id)!;
    expect(school.contracten.map((c) => c.trajectsoorten)).toEqual([['B1_ROUTE']]); // only gemeente A's own contract
    expect(school.uren).toEqual({ ingeroosterd: 30, aanwezig: 22, geoorloofdVerzuim: 2, ongeoorloofdVerzuim: 6, perioden: 3, gemeldTot: '2026-05-03' });
    expect(school.aanwezigheidspercentage).toBe(73.3); // 22 of 30
    expect(school.deelnemers).toBe(1); // Amina; Yonas's traject is finished
    expect(school.tijdigheid).toEqual({ meldtermijnWerkdagen: 5, perioden: 3, opTijd: 1, percentageOpTijd: 33.3, trajectenZonderVorigeWeek: 1 });
  });

  it('gives null percentages when nothing was scheduled or reported', async () => {
    const lijst = await serviceAls(wereld.principals.gemeenteA).lijst(wereld.principals.gemeenteA, NU);
    const ander = lijst.find((a) => a.id === wereld.andereSchool.id)!;
    expect([ander.deelnemers, ander.uren.perioden, ander.aanwezigheidspercentage, ander.tijdigheid.percentageOpTijd, ander.tijdigheid.trajectenZonderVorigeWeek])
      .toEqual([1, 0, null, null, 1]);
  });

  it("shows gemeente B only its own (expired) contract and its own hours, never gemeente A's", async () => {
    const lijst = await serviceAls(wereld.principals.gemeenteB).lijst(wereld.principals.gemeenteB, NU);
    expect(lijst).toHaveLength(1);
    expect(lijst[0]!.contracten.map((c) => c.einddatum)).toEqual(['2024-12-31']);
    expect(lijst[0]!.uren).toMatchObject({ ingeroosterd: 20, aanwezig: 20, perioden: 1 });
    expect(lijst[0]!.tijdigheid).toMatchObject({ opTijd: 1, percentageOpTijd: 100 });
    const detail = await serviceAls(wereld.principals.gemeenteB).aanbieder(wereld.principals.gemeenteB, wereld.school.id, NU);
    expect(detail.trajecten.map((t) => t.inburgeraarId)).toEqual([wereld.olena.id]);
  });

  it('lists the trajecten at one aanbieder with hours and a missing last week, and logs who saw the names', async () => {
    const detail = await serviceAls(wereld.principals.gemeenteA).aanbieder(wereld.principals.gemeenteA, wereld.school.id, NU);
    expect(detail.trajecten.map((t) => [t.naam, t.status, t.uren.aanwezig, t.uren.ingeroosterd, t.uren.gemeldTot, t.vorigeWeekOntbreekt])).toEqual([
      ['Amina Haddad', 'ACTIEF', 18, 22, '2026-05-03', true],
      ['Yonas Tesfay', 'AFGEROND', 4, 8, '2026-04-26', false],
    ]);
    expect(detail.tijdigheid.trajectenZonderVorigeWeek).toBe(detail.trajecten.filter((t) => t.vorigeWeekOntbreekt).length);
    const log = await db.alles().execute<{ ids: string[] }[]>(
      `select inburgeraar_ids::text[] as ids from inzage where actie = 'TRAJECTEN_BIJ_AANBIEDER_GELEZEN' and organisatie_id = ?`, [wereld.gemeenteA.id]);
    expect(log.at(-1)!.ids.sort()).toEqual([wereld.amina.id, wereld.yonas.id].sort());
  });

  it('answers NOT_FOUND for an aanbieder without a contract with this gemeente, or a malformed id', async () => {
    const service = serviceAls(wereld.principals.gemeenteB);
    const fout = await domeinfout(service.aanbieder(wereld.principals.gemeenteB, wereld.andereSchool.id, NU));
    expect([fout.soort, fout.code, fout.veld]).toEqual(['NOT_FOUND', 'AANBIEDER_ONBEKEND', 'id']);
    expect((await domeinfout(service.aanbieder(wereld.principals.gemeenteB, 'geen-uuid', NU))).code).toBe('AANBIEDER_ONBEKEND');
  });

  it('refuses an aanbieder principal', async () => {
    expect((await domeinfout(serviceAls(wereld.principals.school).lijst(wereld.principals.school, NU))).soort).toBe('FORBIDDEN');
  });

  it('uses the same number of statements for 1 aanbieder and traject as for many', async () => {
    const lijstKlein = await telStatements(() => serviceAls(wereld.principals.gemeenteB).lijst(wereld.principals.gemeenteB, NU));
    const detailKlein = await telStatements(() => serviceAls(wereld.principals.gemeenteB).aanbieder(wereld.principals.gemeenteB, wereld.school.id, NU));
    // Five more aanbieders for gemeente A and thirty more trajecten with attendance at its school.
    const em = db.alles();
    for (let i = 0; i < 5; i++) {
      const aanbieder = em.create(Aanbieder, { naam: `Extra ${i}`, kvkNummer: String(30_000_000 + i) });
      em.create(Contract, { gemeente: wereld.gemeenteA.id, aanbieder, trajectsoorten: ['MAP'], ingangsdatum: '2025-01-01', einddatum: null, datumVerwerkersovereenkomst: '2025-01-01' });
    }
    for (let i = 0; i < 30; i++) {
      const persoon = em.create(Inburgeraar, { gemeente: wereld.gemeenteA.id, bsn: eersteGeldigeBsnVanaf(124_000_000 + i * 20), voornamen: `P${i}`, achternaam: `Zz${i}`, tussenvoegsel: null, geboortedatum: '1990-01-01', email: null, telefoon: null });
      const traject = em.create(Traject, { inburgeraar: persoon, gemeente: wereld.gemeenteA.id, aanbieder: wereld.school.id, contract: wereld.trajectAmina.contract.id, soort: 'B1_ROUTE', cursusnaam: null, geplandeStart: '2026-01-05', geplandeEinde: '2026-12-27', geplandeUren: 600, status: 'ACTIEF' });
      em.create(Aanwezigheid, { traject, periodeVan: '2026-11-16', periodeTot: '2026-11-22', versie: 1, urenIngeroosterd: 6, urenAanwezig: 6, urenGeoorloofdVerzuim: 0, redenGeoorloofdVerzuim: null, urenOngeoorloofdVerzuim: 0, redenOngeoorloofdVerzuim: null, ingediendDoorGebruiker: wereld.principals.school.gebruikerId!, ingediendDoorToken: null, ingediendOp: new Date('2026-11-23T09:00:00Z'), vervangenOp: null });
    }
    await em.flush();
    const lijstGroot = await telStatements(async () => expect(await serviceAls(wereld.principals.gemeenteA).lijst(wereld.principals.gemeenteA, NU)).toHaveLength(7));
    const detailGroot = await telStatements(async () => expect((await serviceAls(wereld.principals.gemeenteA).aanbieder(wereld.principals.gemeenteA, wereld.school.id, NU)).trajecten).toHaveLength(32));
    expect([lijstKlein, lijstGroot]).toEqual([2, 2]); // contracts, the figures over the trajecten' own totals
    expect([detailKlein, detailGroot]).toEqual([4, 4]); // + trajecten (with their hours), the access log
  });
});

describe('gemeente: a traject past its planned end', () => {
  it('counts as missing only while it is not reported up to that end, in the list and in the detail alike', async () => {
    const zonderVorigeWeek = async () => {
      const service = serviceAls(wereld.principals.gemeenteA);
      const uitLijst = (await service.lijst(wereld.principals.gemeenteA, NU)).find((a) => a.id === wereld.school.id)!.tijdigheid.trajectenZonderVorigeWeek;
      const detail = await service.aanbieder(wereld.principals.gemeenteA, wereld.school.id, NU);
      expect(detail.trajecten.filter((t) => t.vorigeWeekOntbreekt).length).toBe(uitLijst);
      return uitLijst;
    };
    const voor = await zonderVorigeWeek();
    const em = db.alles();
    const persoon = em.create(Inburgeraar, { gemeente: wereld.gemeenteA.id, bsn: eersteGeldigeBsnVanaf(345_000_000), voornamen: 'Sara', achternaam: 'Eindig', tussenvoegsel: null, geboortedatum: '1990-01-01', email: null, telefoon: null });
    const traject = em.create(Traject, { inburgeraar: persoon, gemeente: wereld.gemeenteA.id, aanbieder: wereld.school.id, contract: wereld.trajectAmina.contract.id, soort: 'B1_ROUTE', cursusnaam: null, geplandeStart: '2026-10-05', geplandeEinde: '2026-11-08', geplandeUren: 60, status: 'ACTIEF' });
    await em.flush();
    expect(await zonderVorigeWeek()).toBe(voor + 1); // nothing reported yet

    em.create(Aanwezigheid, {
      traject: traject.id, periodeVan: '2026-10-05', periodeTot: '2026-11-08', versie: 1, urenIngeroosterd: 60, urenAanwezig: 60,
      urenGeoorloofdVerzuim: 0, redenGeoorloofdVerzuim: null, urenOngeoorloofdVerzuim: 0, redenOngeoorloofdVerzuim: null,
      ingediendDoorGebruiker: wereld.principals.school.gebruikerId!, ingediendDoorToken: null, ingediendOp: new Date('2026-11-09T10:00:00Z'), vervangenOp: null,
    });
    await em.flush();
    expect(await zonderVorigeWeek()).toBe(voor); // reported up to its planned end: nothing missing, although last week is empty
  });
});
