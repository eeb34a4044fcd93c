import { describe, expect, it } from 'vitest';
import { metWereld } from '../../../../test/support/wereld.js';
import { Contract } from '../organisatie/contract.entity.js';
import { PipVersie } from '../pip/pip-versie.entity.js';
import { Traject } from '../traject/traject.entity.js';
import { DomainError } from '../shared/domain-error.js';
import type { Principal } from '../auth/principal.js';
import { emAls } from '../tenancy/database-principaal.js';
import { BesluitService, duoRegistratie } from './besluit.service.js';

const trajecten = {} as Record<'mapAmina' | 'pvtAmina' | 'mapYonas', string>;

// Amina's first PIP: her term runs 2024-01-15 .. 2027-01-15 (exclusive). MAP and PVT trajecten for Amina, a MAP for Yonas.
const statements: string[] = [];
const t = metWereld({ onQuery: (sql) => statements.push(sql) }, async (_orm, wereld) => {
  const em = t.alles();
  em.create(PipVersie, {
    inburgeraar: wereld.amina.id, gemeente: wereld.gemeenteA.id, versie: 1, dagtekeningPip: '2024-01-15', leerroute: 'B', niveau: 'B1',
    vastgesteldDoor: wereld.principals.gemeenteA.gebruikerId!, vastgesteldOp: new Date(),
  });
  const contract = em.create(Contract, { gemeente: wereld.gemeenteA.id, aanbieder: wereld.andereSchool.id, trajectsoorten: ['MAP', 'PVT'], ingangsdatum: '2024-01-01', einddatum: null, datumVerwerkersovereenkomst: '2024-01-01' });
  const traject = (inburgeraar: string, soort: 'MAP' | 'PVT') => em.create(Traject, {
    inburgeraar, gemeente: wereld.gemeenteA.id, aanbieder: wereld.andereSchool.id, contract, soort, cursusnaam: null,
    geplandeStart: '2026-01-05', geplandeEinde: '2026-06-01', geplandeUren: 40, status: 'AFGEROND',
  }).id;
  Object.assign(trajecten, { mapAmina: traject(wereld.amina.id, 'MAP'), pvtAmina: traject(wereld.amina.id, 'PVT'), mapYonas: traject(wereld.yonas.id, 'MAP') });
  await em.flush();
});

/** The service as the portal runs it for `principal`: its em carries the principal, so row-level security applies. */
const als = (principal: Principal) => new BesluitService(emAls(t.orm.em, principal));
/** The statements that read or write data: the principal's `set_config` before each transaction is not one of them. */
const dataStatements = () => statements.map((s) => s.replace(/\x1B\[[0-9;]*m/g, ''))
  .filter((s) => /\[query\]\s*(select|insert|with)\b/i.test(s) && !/\[query\]\s*select set_config\(/i.test(s));

describe('decisions on MAP and PVT', () => {
  it('records a decision, ignores the same again, and keeps a change as a new version', async () => {
    const service = () => als(t.wereld.principals.gemeenteA);
    const eerste = await service().neemBesluit(t.wereld.principals.gemeenteA, { inburgeraarId: t.wereld.amina.id, soort: 'MAP', datum: '2026-03-02' }, '2026-11-15');
    expect([eerste.resultaat, eerste.besluit.versie]).toEqual(['NIEUW', 1]);
    expect((await service().neemBesluit(t.wereld.principals.gemeenteA, { inburgeraarId: t.wereld.amina.id, soort: 'MAP', datum: '2026-03-02' }, '2026-11-15')).resultaat).toBe('ONGEWIJZIGD');
    const tweede = await service().neemBesluit(t.wereld.principals.gemeenteA, { inburgeraarId: t.wereld.amina.id, soort: 'MAP', datum: '2026-03-09' }, '2026-11-15');
    expect([tweede.resultaat, tweede.besluit.versie]).toEqual(['GECORRIGEERD', 2]);
    const alle = await service().besluiten(t.wereld.principals.gemeenteA, t.wereld.amina.id);
    expect(alle.map((b) => [b.versie, b.datum, b.vervangenOp === null])).toEqual([[2, '2026-03-09', true], [1, '2026-03-02', false]]);
  });

  it("reads a dossier's decisions and writes their log line in one statement, and another gemeente's dossier is not found", async () => {
    statements.length = 0;
    await als(t.wereld.principals.gemeenteA).besluiten(t.wereld.principals.gemeenteA, t.wereld.amina.id);
    expect(dataStatements()).toHaveLength(1);
    const fout = (await als(t.wereld.principals.gemeenteA).besluiten(t.wereld.principals.gemeenteA, t.wereld.olena.id).catch((x: unknown) => x)) as DomainError;
    expect([fout.code, fout.veld]).toEqual(['DOSSIER_ONBEKEND', 'inburgeraarId']);
  });

  it('prepares the message for DUO and its deadline of 10 working days', () => {
    const b = { soort: 'PVT', datum: '2026-03-02', verwijtbaar: 'NEE', genomenOp: new Date('2026-12-18T10:00:00Z') } as never;
    expect(duoRegistratie(b)).toEqual({ bericht: '{"datumOndertekeningPvt":"2026-03-02","verwijtbaar":"Nee"}', registrerenUiterlijk: '2027-01-05' });
  });

  it('refuses a decision breaking a DUO condition, writing nothing', async () => {
    const e = await als(t.wereld.principals.gemeenteA).neemBesluit(t.wereld.principals.gemeenteA,
      { inburgeraarId: t.wereld.amina.id, soort: 'PVT', verwijtbaar: 'JA' }, '2026-11-15').catch((x: unknown) => x as DomainError);
    expect((e as DomainError).code).toBe('BESLUIT_JA_ZONDER_OVERSCHRIJDING');
    expect((await als(t.wereld.principals.gemeenteA).besluiten(t.wereld.principals.gemeenteA, t.wereld.amina.id)).filter((b) => b.soort === 'PVT')).toEqual([]);
  });

  it("refuses another gemeente's dossier", async () => {
    const e = await als(t.wereld.principals.gemeenteB).neemBesluit(t.wereld.principals.gemeenteB, { inburgeraarId: t.wereld.amina.id, soort: 'MAP', datum: '2026-03-02' })
      .catch((x: unknown) => x as DomainError);
    expect((e as DomainError).code).toBe('DOSSIER_ONBEKEND');
  });

  describe('the traject a decision rests on', () => {
    const neem = (trajectId: string) => als(t.wereld.principals.gemeenteA).neemBesluit(t.wereld.principals.gemeenteA,
      { inburgeraarId: t.wereld.amina.id, soort: 'PVT', datum: '2026-05-04', trajectId }, '2026-11-15');
    const pvtBesluiten = async () => (await als(t.wereld.principals.gemeenteA).besluiten(t.wereld.principals.gemeenteA, t.wereld.amina.id)).filter((b) => b.soort === 'PVT');

    it.each([
      ["another person's traject", () => trajecten.mapYonas, 'BESLUIT_TRAJECT_ANDER_DOSSIER'],
      ['a traject of another soort', () => trajecten.mapAmina, 'BESLUIT_TRAJECT_SOORT_PAST_NIET'],
      ["another gemeente's traject", () => t.wereld.trajectOlenaVerlopen.id, 'TRAJECT_ONBEKEND'],
      ['an id that is no traject', () => 'geen-uuid', 'TRAJECT_ONBEKEND'],
    ])('refuses %s, writing nothing', async (_naam, trajectId, code) => {
      const e = await neem(trajectId()).catch((x: unknown) => x as DomainError);
      expect([(e as DomainError).code, (e as DomainError).veld, (e as DomainError).soort]).toEqual([code, 'input.trajectId', code === 'TRAJECT_ONBEKEND' ? 'NOT_FOUND' : 'BAD_USER_INPUT']); // an unknown id is NOT_FOUND, as everywhere (catalogue)
      expect(await pvtBesluiten()).toEqual([]);
    });

    it("accepts the person's own traject of the decision's soort, and a change of traject is a new version", async () => {
      const eerste = await neem(trajecten.pvtAmina);
      expect([eerste.resultaat, eerste.besluit.trajectId]).toEqual(['NIEUW', trajecten.pvtAmina]);
      const zonder = await als(t.wereld.principals.gemeenteA).neemBesluit(t.wereld.principals.gemeenteA, { inburgeraarId: t.wereld.amina.id, soort: 'PVT', datum: '2026-05-04' }, '2026-11-15');
      expect([zonder.resultaat, zonder.besluit.trajectId]).toEqual(['GECORRIGEERD', null]);
    });
  });
});
