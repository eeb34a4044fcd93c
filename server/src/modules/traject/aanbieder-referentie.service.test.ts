import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { describe, expect, it } from 'vitest';
import { domeinfout } from '../../../../test/support/domeinfouten.js';
import { metWereld } from '../../../../test/support/wereld.js';
import type { Principal } from '../auth/principal.js';
import { DeelnemerService } from '../inburgeraar/deelnemer.service.js';
import { eersteGeldigeBsnVanaf } from '../inburgeraar/bsn.js';
import { Inburgeraar } from '../inburgeraar/inburgeraar.entity.js';
import { emAls } from '../tenancy/database-principaal.js';
import { AanbiederReferentieService } from './aanbieder-referentie.service.js';
import { Traject } from './traject.entity.js';

// A second running traject at the school (Sara's), so two of its trajecten can compete for one reference.
const sara = { trajectId: '' };
const statements: string[] = [];
const t = metWereld({ onQuery: (sql) => statements.push(sql) }, async (_orm, wereld) => {
  const em = t.alles();
  const persoon = em.create(Inburgeraar, { gemeente: wereld.gemeenteA.id, bsn: eersteGeldigeBsnVanaf(999_870_000), voornamen: 'Sara', achternaam: 'Ali', tussenvoegsel: null, geboortedatum: '1990-01-01', email: null, telefoon: null });
  sara.trajectId = em.create(Traject, { inburgeraar: persoon, gemeente: wereld.gemeenteA.id, aanbieder: wereld.school.id, contract: wereld.trajectAmina.contract.id, soort: 'B1_ROUTE', cursusnaam: null, geplandeStart: '2026-01-05', geplandeEinde: '2026-12-27', geplandeUren: 600, status: 'ACTIEF' }).id;
  await em.flush();
});

/** The service as the portal runs it for `principal`: its em carries that principal to PostgreSQL (row-level security). */
const service = (principal: Principal) => new AanbiederReferentieService(emAls(t.orm.em, principal));
/** The test's own eye: what is stored, whoever may see it. */
const referentieVan = async (id: string) => (await t.alles().findOneOrFail(Traject, id)).aanbiederReferentie ?? null;

/**
 * SQL statements issued while `werk` runs: not transaction control, nor the `select set_config(…)` that tells
 * PostgreSQL the principal at the start of each transaction (row-level security), which is not the service's own query.
 */
async function telStatements(werk: () => Promise<unknown>): Promise<number> {
  statements.length = 0;
  await werk();
  return statements.map((s) => s.replace(/\x1B\[[0-9;]*m/g, ''))
    .filter((s) => /\[query\]\s*(select|insert|update|delete)\b/i.test(s) && !/\[query\]\s*select set_config\(/i.test(s)).length;
}

describe("the aanbieder's own reference for a traject", () => {
  it('is set trimmed, shown on the traject, and cleared by an empty value', async () => {
    const { school } = t.wereld.principals;
    expect(await service(school).zet(school, t.wereld.trajectAmina.id, '  LL-2026/014 ')).toEqual({ trajectId: t.wereld.trajectAmina.id, aanbiederReferentie: 'LL-2026/014' });
    expect((await new DeelnemerService(emAls(t.orm.em, school)).traject(school, t.wereld.trajectAmina.id)).aanbiederReferentie).toBe('LL-2026/014');
    await service(school).zet(school, t.wereld.trajectAmina.id, '');
    expect(await referentieVan(t.wereld.trajectAmina.id)).toBeNull();
  });

  it('refuses a reference another running traject of the school has (REFERENTIE_DUBBEL, a conflict), writing nothing', async () => {
    const { school } = t.wereld.principals;
    await service(school).zet(school, t.wereld.trajectAmina.id, 'K-1');
    const e = await domeinfout(service(school).zet(school, sara.trajectId, 'K-1'));
    expect([e.code, e.soort, e.veld]).toEqual(['REFERENTIE_DUBBEL', 'CONFLICT', 'referentie']);
    expect(await referentieVan(sara.trajectId)).toBeNull();
    // Setting the one it already has again is no conflict.
    expect((await service(school).zet(school, t.wereld.trajectAmina.id, 'K-1')).aanbiederReferentie).toBe('K-1');
  });

  it('is unique among running trajecten only: an ended traject keeps its reference and a running one may take it', async () => {
    const em = t.alles();
    (await em.findOneOrFail(Traject, t.wereld.trajectYonasAfgerond.id)).aanbiederReferentie = 'OUD-7';
    await em.flush();
    expect((await service(t.wereld.principals.school).zet(t.wereld.principals.school, sara.trajectId, 'OUD-7')).aanbiederReferentie).toBe('OUD-7');
  });

  it('refuses too long a reference and characters a spreadsheet would mangle, by code, writing nothing', async () => {
    const { school } = t.wereld.principals;
    const voor = await referentieVan(sara.trajectId);
    const codes = [];
    for (const fout of ['x'.repeat(41), 'a;b', 'Zoë-1', '"12"', 'a\tb', 'a  b']) codes.push((await domeinfout(service(school).zet(school, sara.trajectId, fout))).code);
    expect(codes).toEqual(['REFERENTIE_TE_LANG', ...Array(5).fill('REFERENTIE_TEKENS_ONGELDIG')]);
    expect(await referentieVan(sara.trajectId)).toBe(voor);
    expect((await service(school).zet(school, sara.trajectId, 'x'.repeat(40))).aanbiederReferentie).toHaveLength(40);
  });

  it("is not set on another school's traject nor on one outside the school's scope: TRAJECT_ONBEKEND", async () => {
    const { school } = t.wereld.principals;
    for (const id of [t.wereld.trajectFaridAnder.id, t.wereld.trajectYonasAfgerond.id, t.wereld.trajectOlenaVerlopen.id, 'geen-uuid']) {
      expect((await domeinfout(service(school).zet(school, id, 'P-1'))).code).toBe('TRAJECT_ONBEKEND');
    }
    expect(await referentieVan(t.wereld.trajectFaridAnder.id)).toBeNull();
  });

  it('is guarded by a partial unique index as well, whatever the service does', async () => {
    // As the school, which sees and may update both running trajecten: the index refuses, not row-level security.
    const em = emAls(t.orm.em, t.wereld.principals.school);
    await em.execute(`update traject set aanbieder_referentie = 'DB-1' where id = ?`, [t.wereld.trajectAmina.id]);
    await expect(em.execute(`update traject set aanbieder_referentie = 'DB-1' where id = ?`, [sara.trajectId])).rejects.toBeInstanceOf(UniqueConstraintViolationException);
  });

  it("resolves a batch's references in one statement, only to the school's own running trajecten", async () => {
    const { school, andereSchool } = t.wereld.principals;
    await service(school).zet(school, t.wereld.trajectAmina.id, 'R-A');
    await service(school).zet(school, sara.trajectId, 'R-S');
    await service(andereSchool).zet(andereSchool, t.wereld.trajectFaridAnder.id, 'R-A');
    let ids = new Map<string, string>();
    expect(await telStatements(async () => { ids = await service(school).trajectIdsVoorReferenties(school, ['R-A', 'R-S', 'R-A', 'ONBEKEND']); })).toBe(1);
    expect(Object.fromEntries(ids)).toEqual({ 'R-A': t.wereld.trajectAmina.id, 'R-S': sara.trajectId });
    expect(Object.fromEntries(await service(andereSchool).trajectIdsVoorReferenties(andereSchool, ['R-A', 'R-S']))).toEqual({ 'R-A': t.wereld.trajectFaridAnder.id });
  });
});
