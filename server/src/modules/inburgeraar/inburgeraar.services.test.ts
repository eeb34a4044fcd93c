import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { domeinfout } from '../../../../test/support/domeinfouten.js';
import { createTestDatabase } from '../../../../test/support/database.js';
import { maakWereld } from '../../../../test/support/fixtures.js';
import type { Orm } from '../../db/orm.js';
import { AanwezigheidService } from '../aanwezigheid/aanwezigheid.service.js';
import { emAls } from '../tenancy/database-principaal.js';
import { eersteGeldigeBsnVanaf } from './bsn.js';
import { Inburgeraar } from './inburgeraar.entity.js';
import { DeelnemerService } from './deelnemer.service.js';
import { DossierService } from './dossier.service.js';
import { Traject } from '../traject/traject.entity.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let orm: Orm;
let wereld: Awaited<ReturnType<typeof maakWereld>>;
const statements: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase({ onQuery: (sql) => statements.push(sql) });
  orm = db.orm;
  wereld = await maakWereld(db.eigenaar);
  await new AanwezigheidService(emAls(orm.em, wereld.principals.school)).registreer(wereld.principals.school, {
    trajectId: wereld.trajectAmina.id, periodeVan: '2026-11-09', periodeTot: '2026-11-15',
    urenIngeroosterd: 12, urenAanwezig: 9, urenGeoorloofdVerzuim: 3, redenGeoorloofdVerzuim: 'ZIEKTE', urenOngeoorloofdVerzuim: 0,
  }, '2026-11-23');
});
afterAll(() => db.drop());


/** SQL statements (not transaction control) issued while `werk` runs. */
async function telStatements(werk: () => Promise<unknown>): Promise<number> {
  statements.length = 0;
  await werk();
  // The ORM logger colours its lines; strip the ANSI codes, then count data statements (not begin/commit).
  // The principal's set_config at the start of each transaction is not a data statement either.
  return statements.map((s) => s.replace(/\x1B\[[0-9;]*m/g, ''))
    .filter((s) => /\[query\]\s*(select|insert|update|delete|with)\b/i.test(s) && !/\[query\]\s*select set_config\(/i.test(s)).length;
}

describe('aanbieder: deelnemers', () => {
  it('lists only people with an active traject of its own under a contract in force', async () => {
    const pagina = await new DeelnemerService(emAls(orm.em, wereld.principals.school)).lijst(wereld.principals.school, {});
    expect(pagina.nodes.map((d) => d.achternaam)).toEqual(['Haddad']);
    expect(pagina.nodes[0]!.trajecten[0]!.uren).toMatchObject({ aanwezig: 9, geoorloofdVerzuim: 3, ingeroosterd: 12, perioden: 1, gemeldTot: '2026-11-15' });
    expect(pagina.nodes[0]).not.toHaveProperty('bsn');
  });

  it('does not show another aanbieder the people it has no traject with', async () => {
    const pagina = await new DeelnemerService(emAls(orm.em, wereld.principals.andereSchool)).lijst(wereld.principals.andereSchool, {});
    expect(pagina.nodes.map((d) => d.achternaam)).toEqual(['Ahmadi']);
  });

  it("finds its own traject and refuses another's as not found", async () => {
    const service = new DeelnemerService(emAls(orm.em, wereld.principals.school));
    const traject = await service.traject(wereld.principals.school, wereld.trajectAmina.id);
    expect(traject.aanwezigheden).toHaveLength(1);
    expect(traject.deelnemer).not.toHaveProperty('bsn');
    expect((await domeinfout(service.traject(wereld.principals.school, wereld.trajectFaridAnder.id))).code).toBe('TRAJECT_ONBEKEND');
  });

  it('reads a traject with its attendance, deelnemer and PIP agreements in one statement and one log line', async () => {
    const aantal = await telStatements(async () => {
      const traject = await new DeelnemerService(emAls(orm.em, wereld.principals.school)).traject(wereld.principals.school, wereld.trajectAmina.id);
      expect(traject.aanwezigheden![0]!.ingediendOp).toBeInstanceOf(Date);
      expect(traject.uren).toMatchObject({ aanwezig: 9, ingeroosterd: 12, perioden: 1, gemeldTot: '2026-11-15' });
    });
    expect(aantal).toBe(1); // traject, attendance, deelnemer, agreements and the access-log line: one statement
  });

  it('rejects a page size above 100 and an invalid cursor', async () => {
    const service = new DeelnemerService(emAls(orm.em, wereld.principals.school));
    expect((await domeinfout(service.lijst(wereld.principals.school, { first: 101 }))).code).toBe('PAGINA_ONGELDIG');
    expect((await domeinfout(service.lijst(wereld.principals.school, { after: 'bm9uc2Vuc2U' }))).code).toBe('CURSOR_ONGELDIG');
  });

  it('uses the same number of SQL statements for a page of 1 and a page of 30', async () => {
    // 30 more people with a traject at the school, so a large page really is large.
    const em = db.alles();
    for (let i = 0; i < 30; i++) {
      const persoon = em.create(Inburgeraar, { gemeente: wereld.gemeenteA.id, bsn: eersteGeldigeBsnVanaf(123_000_000 + i * 20), voornamen: `P${i}`, achternaam: `Zz${i}`, tussenvoegsel: null, geboortedatum: '1990-01-01', email: null, telefoon: null });
      em.create(Traject, { inburgeraar: persoon, gemeente: wereld.gemeenteA.id, aanbieder: wereld.school.id, contract: wereld.trajectAmina.contract.id, soort: 'B1_ROUTE', cursusnaam: null, geplandeStart: '2026-01-05', geplandeEinde: '2026-12-27', geplandeUren: 600, status: 'ACTIEF' });
    }
    await em.flush();
    const klein = await telStatements(() => new DeelnemerService(emAls(orm.em, wereld.principals.school)).lijst(wereld.principals.school, { first: 1 }));
    const groot = await telStatements(async () => {
      const pagina = await new DeelnemerService(emAls(orm.em, wereld.principals.school)).lijst(wereld.principals.school, { first: 30 });
      expect(pagina.nodes).toHaveLength(30);
    });
    expect(groot).toBe(klein);
    // One statement for the page, its total, everything per person and traject, and its access-log line (deelnemers.sql.ts).
    expect(groot).toBe(1);
    // Narrowing to what is due happens inside those statements, not in more of them. (The 30 have no attendance: all due.)
    const teDoen = await telStatements(async () => {
      const pagina = await new DeelnemerService(emAls(orm.em, wereld.principals.school)).lijst(wereld.principals.school, { first: 30, teDoen: true });
      expect(pagina.nodes).toHaveLength(30);
    });
    expect(teDoen).toBe(1);
  });

  it('counts the deelnemers with a correlated exists on traject and without joining what the page populates', async () => {
    // The shape the bench needs at regional scale: `id in (subquery)` plus a gemeente join made PostgreSQL scan every dossier.
    statements.length = 0;
    await new DeelnemerService(emAls(orm.em, wereld.principals.school)).lijst(wereld.principals.school, { teDoen: true });
    const telling = statements.map((s) => s.replace(/\x1B\[[0-9;]*m/g, '')).filter((s) => /select count\(\*\)/i.test(s));
    expect(telling).toHaveLength(1);
    expect(telling[0]).toMatch(/\(select count\(\*\) from inburgeraar i where i.status = 'ACTIEF' and exists \(select 1 from traject scope_t where scope_t.inburgeraar_id = i.id/);
    expect(telling[0]).not.toMatch(/count\(\*\) from inburgeraar i join| in \(select/);
  });
});

describe('the access-log line written by the page statement itself', () => {
  const laatsteRegel = async () => (await db.alles().execute<{ actie: string; ids: string[] }[]>(
    'select actie, inburgeraar_ids::text[] as ids from inzage order by tijdstip desc, id desc limit 1'))[0];
  const aantalRegels = async () => Number((await db.alles().execute<{ n: number }[]>('select count(*)::int as n from inzage'))[0]!.n);

  it('names exactly the people on the page, not the one fetched to know a next page exists', async () => {
    const deelnemers = await new DeelnemerService(emAls(orm.em, wereld.principals.school)).lijst(wereld.principals.school, { first: 1 });
    expect(await laatsteRegel()).toEqual({ actie: 'DEELNEMERS_GELEZEN', ids: deelnemers.nodes.map((d) => d.portaalReferentie) });
    const dossiers = await new DossierService(emAls(orm.em, wereld.principals.gemeenteA)).zoek(wereld.principals.gemeenteA, { first: 1 });
    expect(dossiers.hasNextPage).toBe(true);
    expect(await laatsteRegel()).toEqual({ actie: 'DOSSIERS_GEZOCHT', ids: [dossiers.nodes[0]!.id] });
  });

  it("writes no line for an empty page or another gemeente's dossier, and one for a dossier read", async () => {
    const voor = await aantalRegels();
    expect((await new DossierService(emAls(orm.em, wereld.principals.gemeenteA)).zoek(wereld.principals.gemeenteA, { zoek: 'niemandheetzo' })).nodes).toEqual([]);
    await domeinfout(new DossierService(emAls(orm.em, wereld.principals.gemeenteA)).dossier(wereld.principals.gemeenteA, wereld.olena.id));
    expect(await aantalRegels()).toBe(voor);
    await new DossierService(emAls(orm.em, wereld.principals.gemeenteA)).dossier(wereld.principals.gemeenteA, wereld.amina.id);
    expect(await laatsteRegel()).toEqual({ actie: 'DOSSIER_GELEZEN', ids: [wereld.amina.id] });
  });
});

describe('gemeente: dossiers', () => {
  it('finds its own people by name, every word matching', async () => {
    const pagina = await new DossierService(emAls(orm.em, wereld.principals.gemeenteA)).zoek(wereld.principals.gemeenteA, { zoek: 'amina hadd' });
    expect(pagina.nodes.map((p) => p.achternaam)).toEqual(['Haddad']);
  });

  it('finds a name without its accents and case, by a word anywhere in it, and not a name that lacks a word', async () => {
    const em = db.alles();
    const ayse = em.create(Inburgeraar, { gemeente: wereld.gemeenteA.id, bsn: eersteGeldigeBsnVanaf(124_000_000), voornamen: 'Ayşe', achternaam: 'Çelik', tussenvoegsel: null, geboortedatum: '1990-01-01', email: null, telefoon: null });
    await em.flush();
    const service = new DossierService(emAls(orm.em, wereld.principals.gemeenteA));
    for (const zoek of ['celik', 'CELIK', 'ayse cel', 'Çelik']) expect((await service.zoek(wereld.principals.gemeenteA, { zoek })).nodes.map((p) => p.id), zoek).toEqual([ayse.id]);
    expect((await service.zoek(wereld.principals.gemeenteA, { zoek: 'celik haddad' })).nodes).toEqual([]);
    // LIKE's wildcards are searched for as characters, not as patterns.
    expect((await service.zoek(wereld.principals.gemeenteA, { zoek: 'c_lik' })).nodes).toEqual([]);
  });

  it('pages by name with the cursor: every dossier once, in the order of one big page, ties and case included', async () => {
    const em = db.alles();
    const namen = [['Jan', 'de Vries'], ['Jan', 'de Vries'], ['Anna', 'de Vries'], ['Jan', 'De Vries'], ['Zoë', 'Vries'], ['Émile', 'Vries'], ['Bo', 'Bakker']];
    namen.forEach(([voornamen, achternaam], i) => em.create(Inburgeraar, { gemeente: wereld.gemeenteA.id, bsn: eersteGeldigeBsnVanaf(125_000_000 + i * 20), voornamen: voornamen!, achternaam: achternaam!, tussenvoegsel: null, geboortedatum: '1990-01-01', email: null, telefoon: null }));
    await em.flush();
    const service = new DossierService(emAls(orm.em, wereld.principals.gemeenteA));
    const alles = (await service.zoek(wereld.principals.gemeenteA, { first: 100 })).nodes.map((p) => p.id);
    const gepagineerd: string[] = [];
    let after: string | null = null;
    do {
      const pagina: Awaited<ReturnType<DossierService['zoek']>> = await service.zoek(wereld.principals.gemeenteA, { first: 2, after });
      gepagineerd.push(...pagina.nodes.map((p) => p.id));
      after = pagina.hasNextPage ? pagina.endCursor : null;
    } while (after);
    expect(gepagineerd).toEqual(alles);
    expect(new Set(alles).size).toBe(alles.length);
  });

  it('uses the same number of SQL statements for a page of 1 and a page of 30, filtered or not', async () => {
    const service = () => new DossierService(emAls(orm.em, wereld.principals.gemeenteA));
    for (const filter of [{}, { trajectsoort: 'B1_ROUTE' as const, aanbiederId: wereld.school.id }, { zoek: 'vries' }]) {
      const klein = await telStatements(() => service().zoek(wereld.principals.gemeenteA, { first: 1, ...filter }));
      const groot = await telStatements(() => service().zoek(wereld.principals.gemeenteA, { first: 30, ...filter }));
      expect(groot, JSON.stringify(filter)).toBe(klein);
      expect(groot).toBe(1); // page, its total and its access-log line (dossiers.sql.ts)
    }
  });

  it('finds by BSN, also written with 8 digits when it starts with 0', async () => {
    const pagina = await new DossierService(emAls(orm.em, wereld.principals.gemeenteA)).zoek(wereld.principals.gemeenteA, { zoek: wereld.amina.bsn });
    expect(pagina.nodes.map((p) => p.id)).toEqual([wereld.amina.id]);
  });

  it('rejects a BSN that fails the elfproef, and a one-letter search', async () => {
    const service = new DossierService(emAls(orm.em, wereld.principals.gemeenteA));
    const bsn = wereld.amina.bsn;
    const fout1 = await domeinfout(service.zoek(wereld.principals.gemeenteA, { zoek: bsn.slice(0, 8) + ((Number(bsn[8]) + 1) % 10) }));
    expect([fout1.soort, fout1.code, fout1.veld]).toEqual(['BAD_USER_INPUT', 'BSN_ONGELDIG', 'zoek']);
    expect((await domeinfout(service.zoek(wereld.principals.gemeenteA, { zoek: 'a' }))).code).toBe('ZOEKTERM_TE_KORT');
  });

  it("never shows another gemeente's people, by name, BSN or id", async () => {
    const service = new DossierService(emAls(orm.em, wereld.principals.gemeenteA));
    expect((await service.zoek(wereld.principals.gemeenteA, { zoek: 'Kovalenko' })).nodes).toEqual([]);
    expect((await service.zoek(wereld.principals.gemeenteA, { zoek: wereld.olena.bsn })).nodes).toEqual([]);
    expect((await domeinfout(service.dossier(wereld.principals.gemeenteA, wereld.olena.id))).code).toBe('DOSSIER_ONBEKEND');
  });

  it('reads a dossier of three trajecten with attendance in as many SQL statements as one of one traject', async () => {
    const em = db.alles();
    const persoon = em.create(Inburgeraar, { gemeente: wereld.gemeenteA.id, bsn: eersteGeldigeBsnVanaf(126_000_000), voornamen: 'Drie', achternaam: 'Trajecten', tussenvoegsel: null, geboortedatum: '1990-01-01', email: null, telefoon: null });
    for (const status of ['ACTIEF', 'AFGEROND', 'AFGEROND'] as const) {
      em.create(Traject, { inburgeraar: persoon, gemeente: wereld.gemeenteA.id, aanbieder: wereld.school.id, contract: wereld.trajectAmina.contract.id, soort: 'B1_ROUTE', cursusnaam: null, geplandeStart: '2026-01-05', geplandeEinde: '2026-12-27', geplandeUren: 600, status });
    }
    await em.flush();
    const een = await telStatements(() => new DossierService(emAls(orm.em, wereld.principals.gemeenteA)).dossier(wereld.principals.gemeenteA, wereld.amina.id));
    const drie = await telStatements(async () => expect((await new DossierService(emAls(orm.em, wereld.principals.gemeenteA)).dossier(wereld.principals.gemeenteA, persoon.id)).trajecten).toHaveLength(3));
    expect(drie).toBe(een);
    expect(een).toBe(1); // the dossier with everything on it and its access-log line (dossier.view.ts)
  });

  it('reads a dossier with every traject, whichever aanbieder, and totals against planned hours', async () => {
    const dossier = await new DossierService(emAls(orm.em, wereld.principals.gemeenteA)).dossier(wereld.principals.gemeenteA, wereld.amina.id);
    expect(dossier.bsn).toBe(wereld.amina.bsn);
    expect(dossier.trajecten).toHaveLength(1);
    expect(dossier.trajecten[0]).toMatchObject({ geplandeUren: 600, aanbiederNaam: wereld.school.naam, uren: { aanwezig: 9, geoorloofdVerzuim: 3 } });
    expect(dossier.trajecten[0]!.aanwezigheden).toHaveLength(1);
  });
});
