import { describe, expect, it } from 'vitest';
import { domeinfout } from '../../../../test/support/domeinfouten.js';
import { metWereld } from '../../../../test/support/wereld.js';
import { gebruikerPrincipal } from '../auth/auth.service.js';
import { Gebruiker } from '../auth/gebruiker.entity.js';
import type { Principal } from '../auth/principal.js';
import { BeheerLog } from '../beheerlog/beheer-log.entity.js';
import { emAls } from '../tenancy/database-principaal.js';
import { Contract } from './contract.entity.js';
import { ContractBeheerService } from './contract-beheer.service.js';

const p = {} as { beheerA: Principal; beheerB: Principal; beheerSchool: Principal };
const t = metWereld({}, async (_orm, wereld) => {
  // Set up by hand, as the test's own eye (gebruiker is under row-level security): the act under test runs as a beheerder.
  const em = t.alles();
  const maak = (email: string, org: object) => gebruikerPrincipal(em.create(Gebruiker, { email, naam: email, wachtwoordHash: 'x', rollen: ['BEHEER'], actief: true, gemeente: null, aanbieder: null, ...org }));
  p.beheerA = maak('beheer@a.test', { gemeente: wereld.gemeenteA });
  p.beheerB = maak('beheer@b.test', { gemeente: wereld.gemeenteB });
  p.beheerSchool = maak('beheer@school.test', { aanbieder: wereld.school });
  await em.flush();
});
/** The service as the portal runs it for `principal`: under row-level security it sees that principal's trajecten only. */
const service = (principal: Principal) => new ContractBeheerService(emAls(t.orm.em, principal));
const aantal = () => t.orm.em.fork().count(Contract, {});
const goed = () => ({ aanbiederId: t.wereld.andereSchool.id, trajectsoorten: ['MAP', 'PVT', 'MAP'] as never[], ingangsdatum: '2027-01-01', einddatum: '2028-12-31', datumVerwerkersovereenkomst: '2026-12-01' });

describe('closing a contract', () => {
  it('lists the aanbieders of the portal to choose from (BEHEER of a gemeente only)', async () => {
    const lijst = await service(p.beheerA).aanbieders(p.beheerA);
    expect(lijst.map((a) => a.id)).toEqual(expect.arrayContaining([t.wereld.school.id, t.wereld.andereSchool.id]));
    expect((await domeinfout(service(t.wereld.principals.gemeenteA).aanbieders(t.wereld.principals.gemeenteA))).code).toBe('BEHEER_VEREIST');
    expect((await domeinfout(service(p.beheerSchool).aanbieders(p.beheerSchool))).code).toBe('ALLEEN_GEMEENTE');
  });

  it('closes a contract for the own gemeente and logs it', async () => {
    const contract = await service(p.beheerA).sluit(p.beheerA, goed());
    expect(contract).toMatchObject({ aanbiederNaam: t.wereld.andereSchool.naam, trajectsoorten: ['MAP', 'PVT'], ingangsdatum: '2027-01-01', einddatum: '2028-12-31' });
    const rij = await t.orm.em.fork().findOneOrFail(Contract, { id: contract.id });
    expect(rij.gemeente.id).toBe(t.wereld.gemeenteA.id);
    expect((await t.alles().findOneOrFail(BeheerLog, { onderwerpId: contract.id })).actie).toBe('CONTRACT_GESLOTEN');
  });

  it('accepts a verwerkersovereenkomst dated on the ingangsdatum and an open end', async () => {
    const contract = await service(p.beheerA).sluit(p.beheerA, { ...goed(), einddatum: null, datumVerwerkersovereenkomst: '2027-01-01' });
    expect(contract.einddatum).toBeNull();
  });

  it('refuses no trajectsoort, an end before the start, a verwerkersovereenkomst after the start: all at once, writing nothing', async () => {
    const voor = await aantal();
    const e = await domeinfout(service(p.beheerA).sluit(p.beheerA, { ...goed(), trajectsoorten: [], einddatum: '2026-12-31', datumVerwerkersovereenkomst: '2027-01-02' }));
    expect(e.overtredingen.map((o) => [o.code, o.veld])).toEqual([
      ['CONTRACT_SOORTEN_ONTBREKEN', 'input.trajectsoorten'], ['CONTRACT_EINDE_VOOR_INGANG', 'input.einddatum'],
      ['VERWERKERSOVEREENKOMST_NA_INGANG', 'input.datumVerwerkersovereenkomst']]);
    expect((await domeinfout(service(p.beheerA).sluit(p.beheerA, { ...goed(), ingangsdatum: '2027-02-30' }))).code).toBe('CONTRACT_DATUM_ONGELDIG');
    expect(await aantal()).toBe(voor);
  });

  it('answers NOT_FOUND for an unknown aanbieder, and FORBIDDEN without BEHEER', async () => {
    const voor = await aantal();
    const e = await domeinfout(service(p.beheerA).sluit(p.beheerA, { ...goed(), aanbiederId: t.wereld.gemeenteA.id }));
    expect([e.soort, e.code]).toEqual(['NOT_FOUND', 'AANBIEDER_ONBEKEND']);
    const f = await domeinfout(service(t.wereld.principals.gemeenteA).sluit(t.wereld.principals.gemeenteA, goed()));
    expect([f.soort, f.code]).toEqual(['FORBIDDEN', 'BEHEER_VEREIST']);
    expect(await aantal()).toBe(voor);
  });
});

describe('ending a contract', () => {
  // contractA (gemeente A, school) runs since 2024-01-01; Amina's ACTIEF traject under it ends 2026-12-27.
  const contractA = async () => t.orm.em.fork().findOneOrFail(Contract, { gemeente: t.wereld.gemeenteA.id, aanbieder: t.wereld.school.id, ingangsdatum: '2024-01-01' });

  it('refuses an end before a running traject is planned to end, or before the start; nothing changes', async () => {
    const { id } = await contractA();
    const e = await domeinfout(service(p.beheerA).beeindig(p.beheerA, id, '2026-06-30'));
    expect([e.code, e.veld]).toEqual(['CONTRACT_TRAJECT_LOOPT_LANGER', 'einddatum']);
    expect(e.message).toContain('2026-12-27');
    expect((await domeinfout(service(p.beheerA).beeindig(p.beheerA, id, '2023-12-31'))).code).toBe('CONTRACT_EINDE_VOOR_INGANG');
    expect((await contractA()).einddatum).toBeNull();
  });

  it("answers NOT_FOUND for another gemeente's contract", async () => {
    const e = await domeinfout(service(p.beheerB).beeindig(p.beheerB, (await contractA()).id, '2027-12-31'));
    expect([e.soort, e.code]).toEqual(['NOT_FOUND', 'CONTRACT_ONBEKEND']);
    expect((await contractA()).einddatum).toBeNull();
  });

  it('ends the contract on or after the last planned end, and logs before and after', async () => {
    const { id } = await contractA();
    expect((await service(p.beheerA).beeindig(p.beheerA, id, '2026-12-27')).einddatum).toBe('2026-12-27');
    expect((await t.alles().findOneOrFail(BeheerLog, { onderwerpId: id })).details).toEqual({ voor: null, na: '2026-12-27' });
  });
});
