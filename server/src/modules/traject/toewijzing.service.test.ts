import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { describe, expect, it } from 'vitest';
import { domeinfout } from '../../../../test/support/domeinfouten.js';
import { metWereld } from '../../../../test/support/wereld.js';
import type { Principal } from '../auth/principal.js';
import { DeelnemerService } from '../inburgeraar/deelnemer.service.js';
import { Contract } from '../organisatie/contract.entity.js';
import { emAls } from '../tenancy/database-principaal.js';
import { Traject } from './traject.entity.js';
import { ToewijzingService } from './toewijzing.service.js';
import type { ToewijzingInvoer } from './toewijzing.rules.js';

// Gemeente A buys MAP and PVT from the other school; Yonas has no traject there yet.
const contract = { id: '' };
const t = metWereld({}, async (orm, wereld) => {
  const em = orm.em.fork();
  contract.id = em.create(Contract, { gemeente: wereld.gemeenteA.id, aanbieder: wereld.andereSchool.id, trajectsoorten: ['MAP', 'PVT'], ingangsdatum: '2024-01-01', einddatum: null, datumVerwerkersovereenkomst: '2024-01-01' }).id;
  await em.flush();
});

/** The service as the portal runs it for `principal`: its em carries that principal to PostgreSQL (row-level security). */
const service = (principal: Principal) => new ToewijzingService(emAls(t.orm.em, principal));
const map = (wijziging: Partial<ToewijzingInvoer> = {}): ToewijzingInvoer => ({
  inburgeraarId: t.wereld.yonas.id, contractId: contract.id, soort: 'MAP', geplandeStart: '2026-03-02', geplandeEinde: '2026-08-28', geplandeUren: 64, ...wijziging,
});
// The test's own eye (t.alles()): what is stored, whoever may see it.
const lopendeMap = () => t.alles().find(Traject, { inburgeraar: t.wereld.yonas.id, soort: 'MAP', status: 'ACTIEF' });
const gewijzigdGelogd = async () => (await t.alles().execute<{ n: number }[]>(
  `select count(*)::int as n from inzage where actie = 'DOSSIER_GEWIJZIGD' and ?::uuid = any(inburgeraar_ids)`, [t.wereld.yonas.id]))[0]!.n;

describe('assigning a traject twice', () => {
  it('answers ONGEWIJZIGD to the same assignment again and refuses a second running one of that soort, writing nothing', async () => {
    const eerste = await service(t.wereld.principals.gemeenteA).wijsToe(t.wereld.principals.gemeenteA, map());
    expect(eerste.resultaat).toBe('NIEUW');
    const logVoor = await gewijzigdGelogd();
    const nogEens = await service(t.wereld.principals.gemeenteA).wijsToe(t.wereld.principals.gemeenteA, map({ geplandeUren: 70 }));
    expect([nogEens.resultaat, nogEens.traject.id, nogEens.traject.geplandeUren]).toEqual(['ONGEWIJZIGD', eerste.traject.id, 64]);

    const e = await domeinfout(service(t.wereld.principals.gemeenteA).wijsToe(t.wereld.principals.gemeenteA, map({ geplandeStart: '2026-04-06' })));
    expect([e.code, e.soort, e.veld]).toEqual(['TRAJECT_LOOPT_AL', 'CONFLICT', 'input.soort']);
    expect(e.message).toContain('02-03-2026 t/m 28-08-2026');
    expect((await lopendeMap()).map((x) => x.id)).toEqual([eerste.traject.id]);
    expect(await gewijzigdGelogd()).toBe(logVoor);
  });

  it('serialises a double click sent at once: one assignment, the other click answers ONGEWIJZIGD', async () => {
    const invoer = map({ inburgeraarId: t.wereld.amina.id });
    const resultaten = await Promise.all([service(t.wereld.principals.gemeenteA).wijsToe(t.wereld.principals.gemeenteA, invoer), service(t.wereld.principals.gemeenteA).wijsToe(t.wereld.principals.gemeenteA, invoer)]);
    expect(resultaten.map((r) => r.resultaat).sort()).toEqual(['NIEUW', 'ONGEWIJZIGD']);
    expect(await t.alles().count(Traject, { inburgeraar: t.wereld.amina.id, soort: 'MAP', status: 'ACTIEF' })).toBe(1);
  });

  it('is refused by the database too: a partial unique index on running trajecten', async () => {
    // As gemeente A, which may write its own dossier's trajecten: the index refuses, not row-level security.
    const em = emAls(t.orm.em, t.wereld.principals.gemeenteA);
    const [bestaand] = await lopendeMap();
    em.create(Traject, {
      inburgeraar: t.wereld.yonas.id, gemeente: t.wereld.gemeenteA.id, aanbieder: t.wereld.andereSchool.id, contract: contract.id, soort: 'MAP',
      cursusnaam: null, geplandeStart: '2026-05-04', geplandeEinde: '2026-09-25', geplandeUren: 10, status: 'ACTIEF',
    });
    await expect(em.flush()).rejects.toBeInstanceOf(UniqueConstraintViolationException);
    expect((await lopendeMap()).map((x) => x.id)).toEqual([bestaand!.id]);
  });
});

describe('ending a traject', () => {
  it('completes it on a date; it then no longer runs, the aanbieder no longer sees it, and a follow-up can be assigned', async () => {
    const [lopend] = await lopendeMap();
    const aanbiederZiet = async () => (await new DeelnemerService(emAls(t.orm.em, t.wereld.principals.andereSchool)).lijst(t.wereld.principals.andereSchool, { zoek: 'Tesfay' })).nodes.flatMap((d) => d.trajecten.map((x) => x.id));
    expect(await aanbiederZiet()).toEqual([lopend!.id]);
    const logVoor = await gewijzigdGelogd();

    const af = await service(t.wereld.principals.gemeenteA).beeindig(t.wereld.principals.gemeenteA, { trajectId: lopend!.id, status: 'AFGEROND', einddatum: '2026-08-21' }, '2026-11-15');
    expect([af.status, af.einddatum, af.redenIntrekking ?? null]).toEqual(['AFGEROND', '2026-08-21', null]);
    expect(await gewijzigdGelogd()).toBe(logVoor + 1);
    expect(await aanbiederZiet()).toEqual([]);

    const vervolg = await service(t.wereld.principals.gemeenteA).wijsToe(t.wereld.principals.gemeenteA, map({ geplandeStart: '2026-09-07', geplandeEinde: '2026-12-18' }));
    expect(vervolg.resultaat).toBe('NIEUW');
    expect(await aanbiederZiet()).toEqual([vervolg.traject.id]);
  });

  it('takes the same ending again as a no-op and refuses another one on an ended traject', async () => {
    const [afgerond] = await t.alles().find(Traject, { inburgeraar: t.wereld.yonas.id, soort: 'MAP', status: 'AFGEROND' });
    const zelfde = await service(t.wereld.principals.gemeenteA).beeindig(t.wereld.principals.gemeenteA, { trajectId: afgerond!.id, status: 'AFGEROND', einddatum: '2026-08-21' }, '2026-11-15');
    expect(zelfde.status).toBe('AFGEROND');
    const e = await domeinfout(service(t.wereld.principals.gemeenteA).beeindig(t.wereld.principals.gemeenteA, { trajectId: afgerond!.id, status: 'INGETROKKEN', redenIntrekking: 'TEN_ONRECHTE_TOEGEWEZEN' }, '2026-11-15'));
    expect([e.code, e.soort]).toEqual(['TRAJECT_AL_BEEINDIGD', 'CONFLICT']);
    expect(e.message).toContain('afgerond per 21-08-2026');
  });

  it('withdraws it with a reason code, and refuses a rule broken or a traject of another gemeente, writing nothing', async () => {
    const [lopend] = await lopendeMap();
    const fout = await domeinfout(service(t.wereld.principals.gemeenteA).beeindig(t.wereld.principals.gemeenteA, { trajectId: lopend!.id, status: 'INGETROKKEN' }, '2026-11-15'));
    expect([fout.code, fout.veld]).toEqual(['REDEN_INTREKKING_ONTBREEKT', 'input.redenIntrekking']);
    expect((await domeinfout(service(t.wereld.principals.gemeenteB).beeindig(t.wereld.principals.gemeenteB, { trajectId: lopend!.id, status: 'INGETROKKEN', redenIntrekking: 'PIP_GEWIJZIGD' }, '2026-11-15'))).code).toBe('TRAJECT_ONBEKEND');
    expect((await lopendeMap()).map((x) => x.id)).toEqual([lopend!.id]);

    const ingetrokken = await service(t.wereld.principals.gemeenteA).beeindig(t.wereld.principals.gemeenteA, { trajectId: lopend!.id, status: 'INGETROKKEN', redenIntrekking: 'PIP_GEWIJZIGD' }, '2026-11-15');
    expect([ingetrokken.status, ingetrokken.einddatum, ingetrokken.redenIntrekking]).toEqual(['INGETROKKEN', '2026-11-15', 'PIP_GEWIJZIGD']);
    expect(await lopendeMap()).toEqual([]);
  });
});
