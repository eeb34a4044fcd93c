import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { domeinfout } from '../../../../test/support/domeinfouten.js';
import { metWereld } from '../../../../test/support/wereld.js';
import { BeheerLog } from '../beheerlog/beheer-log.entity.js';
import { AuthService, gebruikerPrincipal } from './auth.service.js';
import { Gebruiker } from './gebruiker.entity.js';
import { GebruikerBeheerService } from './gebruiker-beheer.service.js';
import type { Principal } from './principal.js';
import { Sessie } from './sessie.entity.js';
import { emAls } from '../tenancy/database-principaal.js';

const beheerders = {} as { gemeente: Principal; school: Principal };
const t = metWereld({}, async (_orm, wereld) => {
  // Set up by hand, as the test's own eye: the act under test runs as a beheerder (service(principal)).
  const em = t.alles();
  const maak = (email: string, org: object) => em.create(Gebruiker, { email, naam: email, wachtwoordHash: 'x', rollen: ['BEHEER'], actief: true, ...org });
  const g = maak('beheer@gemeente-a.test', { gemeente: wereld.gemeenteA, aanbieder: null });
  const s = maak('beheer@school.test', { aanbieder: wereld.school, gemeente: null });
  await em.flush();
  beheerders.gemeente = gebruikerPrincipal(g);
  beheerders.school = gebruikerPrincipal(s);
});
/** The service as the portal gives it to a request of `principal`: on an em bound to that principal. */
const service = (principal: Principal) => new GebruikerBeheerService(emAls(t.orm.em, principal));
const aantal = async () => t.alles().count(Gebruiker, {});

describe('users of one own organisation', () => {
  it('a beheerder lists only users of its own organisation, gemeente and aanbieder alike', async () => {
    const gemeente = await service(beheerders.gemeente).lijst(beheerders.gemeente);
    expect(gemeente.map((g) => g.email)).toEqual(expect.arrayContaining(['beheer@gemeente-a.test', expect.stringMatching(/\.a@test$/)]));
    expect(gemeente).toHaveLength(2);
    expect(gemeente.find((g) => g.ikZelf)?.email).toBe('beheer@gemeente-a.test');
    const school = await service(beheerders.school).lijst(beheerders.school);
    expect(school.map((g) => g.email)).toEqual(expect.arrayContaining(['beheer@school.test', expect.stringMatching(/school@test$/)]));
    expect(school).toHaveLength(2);
  });

  it('refuses users without BEHEER with FORBIDDEN', async () => {
    const e = await domeinfout(service(t.wereld.principals.gemeenteA).lijst(t.wereld.principals.gemeenteA));
    expect([e.soort, e.code]).toEqual(['FORBIDDEN', 'BEHEER_VEREIST']);
    const m = await domeinfout(service(t.wereld.principals.school).maak(t.wereld.principals.school, { naam: 'X', email: 'x@school.test', rollen: ['MUTEREN'] }));
    expect(m.code).toBe('BEHEER_VEREIST');
  });

  it('creates a user with a one-time strong password that logs in; only the argon2 hash is stored; logged', async () => {
    const { gebruiker, initieelWachtwoord } = await service(beheerders.school).maak(beheerders.school, { naam: ' Nieuwe Docent ', email: 'Docent@School.test', rollen: ['MUTEREN'] });
    expect(gebruiker).toMatchObject({ naam: 'Nieuwe Docent', email: 'docent@school.test', rollen: ['MUTEREN'], actief: true, ikZelf: false });
    expect(initieelWachtwoord).toMatch(/^[\w-]{24}$/);
    const rij = await t.alles().findOneOrFail(Gebruiker, { id: gebruiker.id }, { populate: ['wachtwoordHash', 'aanbieder'] });
    expect(rij.wachtwoordHash).toMatch(/^\$argon2id\$/);
    expect(rij.aanbieder?.id).toBe(t.wereld.school.id);
    const login = await new AuthService(t.orm.em.fork()).login('docent@school.test', initieelWachtwoord);
    expect(login).toMatchObject({ soort: 'ingelogd' });
    expect(login.soort === 'ingelogd' && login.principal).toMatchObject({ soort: 'aanbieder', aanbiederId: t.wereld.school.id, rollen: ['MUTEREN'] });
    const log = await t.alles().find(BeheerLog, { onderwerpId: gebruiker.id });
    expect(log.map((l) => [l.actie, l.doorGebruikerId, JSON.stringify(l.details).includes(initieelWachtwoord)])).toEqual([['GEBRUIKER_GEMAAKT', beheerders.school.gebruikerId, false]]);
  });

  it('refuses a bad address, no roles, an unknown role, a blank name: all at once, writing nothing', async () => {
    const voor = await aantal();
    const e = await domeinfout(service(beheerders.gemeente).maak(beheerders.gemeente, { naam: ' ', email: 'geen-adres', rollen: [] }));
    expect(e.overtredingen.map((o) => [o.code, o.veld])).toEqual([
      ['GEBRUIKER_NAAM_ONGELDIG', 'input.naam'], ['GEBRUIKER_EMAIL_ONGELDIG', 'input.email'], ['GEBRUIKER_ROLLEN_ONTBREKEN', 'input.rollen']]);
    expect((await domeinfout(service(beheerders.gemeente).maak(beheerders.gemeente, { naam: 'X', email: 'x@a.test', rollen: ['ADMIN' as never] }))).code).toBe('GEBRUIKER_ROL_ONBEKEND');
    expect(await aantal()).toBe(voor);
  });

  it('refuses an address already used anywhere in the portal (CONFLICT), whatever its case', async () => {
    const voor = await aantal();
    const e = await domeinfout(service(beheerders.gemeente).maak(beheerders.gemeente, { naam: 'Dubbel', email: 'BEHEER@school.test', rollen: ['RAADPLEGEN'] }));
    expect([e.soort, e.code, e.veld]).toEqual(['CONFLICT', 'GEBRUIKER_EMAIL_BESTAAT_AL', 'input.email']);
    expect(await aantal()).toBe(voor);
  });

  it('changes roles of an own user, logging before and after', async () => {
    const id = t.wereld.principals.gemeenteA.gebruikerId!;
    const na = await service(beheerders.gemeente).wijzigRollen(beheerders.gemeente, id, ['RAADPLEGEN', 'BEHEER']);
    expect(na.rollen).toEqual(['RAADPLEGEN', 'BEHEER']);
    const log = await t.alles().findOneOrFail(BeheerLog, { onderwerpId: id, actie: 'ROLLEN_GEWIJZIGD' });
    expect(log.details).toEqual({ voor: ['MUTEREN'], na: ['RAADPLEGEN', 'BEHEER'] });
    await service(beheerders.gemeente).wijzigRollen(beheerders.gemeente, id, ['MUTEREN']);
  });

  it('refuses removing one own BEHEER role, and empty roles; nothing changes', async () => {
    const e = await domeinfout(service(beheerders.gemeente).wijzigRollen(beheerders.gemeente, beheerders.gemeente.gebruikerId!, ['MUTEREN']));
    expect([e.soort, e.code, e.veld]).toEqual(['BAD_USER_INPUT', 'EIGEN_BEHEER_BLIJFT', 'rollen']);
    expect((await domeinfout(service(beheerders.gemeente).wijzigRollen(beheerders.gemeente, t.wereld.principals.gemeenteA.gebruikerId!, []))).code).toBe('GEBRUIKER_ROLLEN_ONTBREKEN');
    const rollen = async (id: string) => (await t.alles().findOneOrFail(Gebruiker, { id })).rollen;
    expect(await rollen(beheerders.gemeente.gebruikerId!)).toEqual(['BEHEER']);
    expect(await rollen(t.wereld.principals.gemeenteA.gebruikerId!)).toEqual(['MUTEREN']);
  });

  it('answers NOT_FOUND for a user of another organisation (or a malformed id), changing nothing', async () => {
    const ander = t.wereld.principals.gemeenteB.gebruikerId!;
    for (const poging of [
      () => service(beheerders.gemeente).wijzigRollen(beheerders.gemeente, ander, ['BEHEER']),
      () => service(beheerders.gemeente).zetActief(beheerders.gemeente, ander, false),
      () => service(beheerders.school).zetActief(beheerders.school, t.wereld.principals.gemeenteA.gebruikerId!, false),
      () => service(beheerders.gemeente).zetActief(beheerders.gemeente, 'geen-uuid', false),
    ]) {
      const e = await domeinfout(poging());
      expect([e.soort, e.code]).toEqual(['NOT_FOUND', 'GEBRUIKER_ONBEKEND']);
    }
    expect((await t.alles().findOneOrFail(Gebruiker, { id: ander })).rollen).toEqual(['RAADPLEGEN']);
  });

  it('deactivating ends the sessions and refuses login; reactivating allows it again', async () => {
    const { gebruiker, initieelWachtwoord } = await service(beheerders.gemeente).maak(beheerders.gemeente, { naam: 'Tijdelijk', email: 'tijdelijk@a.test', rollen: ['RAADPLEGEN'] });
    const auth = () => new AuthService(t.orm.em.fork());
    const sessie = await auth().login('tijdelijk@a.test', initieelWachtwoord);
    if (sessie.soort !== 'ingelogd') throw new Error(`login: ${sessie.soort}`);
    expect(await auth().principalVoorSessie(sessie.token)).toBeDefined();

    expect((await service(beheerders.gemeente).zetActief(beheerders.gemeente, gebruiker.id, false)).actief).toBe(false);
    expect(await t.alles().count(Sessie, { gebruiker: gebruiker.id })).toBe(0);
    expect(await auth().principalVoorSessie(sessie.token)).toBeUndefined();
    expect(await auth().login('tijdelijk@a.test', initieelWachtwoord)).toEqual({ soort: 'onjuist' });

    await service(beheerders.gemeente).zetActief(beheerders.gemeente, gebruiker.id, true);
    expect((await auth().login('tijdelijk@a.test', initieelWachtwoord)).soort).toBe('ingelogd');
    const acties = (await t.alles().find(BeheerLog, { onderwerpId: gebruiker.id }, { orderBy: { tijdstip: 'asc' } })).map((l) => l.actie);
    expect(acties).toEqual(['GEBRUIKER_GEMAAKT', 'GEBRUIKER_GEDEACTIVEERD', 'GEBRUIKER_GEACTIVEERD']);
  });

  it('a password reset gives a new one-time password, forces a change, ends every session, clears the throttle, is logged', async () => {
    const { gebruiker, initieelWachtwoord } = await service(beheerders.gemeente).maak(beheerders.gemeente, { naam: 'Vergeetachtig', email: 'vergeet@a.test', rollen: ['MUTEREN'] });
    const auth = () => new AuthService(t.orm.em.fork());
    const sessie = await auth().login('vergeet@a.test', initieelWachtwoord);
    if (sessie.soort !== 'ingelogd') throw new Error(`login: ${sessie.soort}`);
    await t.alles().execute(`update gebruiker set wachtwoord_wijzigen = false where id = ?`, [gebruiker.id]);
    await t.orm.em.fork().getConnection().execute(
      `insert into inlog_drempel (key, points, expire) values (?, 10, ?)`, [`account:${createHash('sha256').update('vergeet@a.test').digest('hex')}`, Date.now() + 600_000]);

    const { gebruiker: view, eenmaligWachtwoord } = await service(beheerders.gemeente).resetWachtwoord(beheerders.gemeente, gebruiker.id);
    expect(view).toMatchObject({ id: gebruiker.id, email: 'vergeet@a.test' });
    expect(eenmaligWachtwoord).toMatch(/^[\w-]{24}$/);
    expect(await t.alles().count(Sessie, { gebruiker: gebruiker.id })).toBe(0);
    expect(await auth().principalVoorSessie(sessie.token)).toBeUndefined();
    expect(await auth().login('vergeet@a.test', initieelWachtwoord)).toEqual({ soort: 'onjuist' });
    const nieuw = await auth().login('vergeet@a.test', eenmaligWachtwoord);
    expect(nieuw.soort === 'ingelogd' && nieuw.principal.wachtwoordWijzigen).toBe(true);
    const drempel = await t.orm.em.fork().getConnection().execute<{ n: number }[]>(`select count(*)::int as n from inlog_drempel where key like 'account:%'`);
    expect(drempel[0]!.n).toBe(0);
    const log = await t.alles().find(BeheerLog, { onderwerpId: gebruiker.id, actie: 'WACHTWOORD_GERESET' });
    expect(log.map((l) => [l.doorGebruikerId, JSON.stringify(l.details).includes(eenmaligWachtwoord)])).toEqual([[beheerders.gemeente.gebruikerId, false]]);
  });

  it('refuses a reset of oneself, of a user of another organisation and without BEHEER, each with its code, changing nothing', async () => {
    const { gebruiker } = await service(beheerders.school).maak(beheerders.school, { naam: 'Docent Twee', email: 'docent2@school.test', rollen: ['MUTEREN'] });
    const hash = async () => (await t.alles().findOneOrFail(Gebruiker, { id: gebruiker.id }, { populate: ['wachtwoordHash'] })).wachtwoordHash;
    const voor = await hash();
    const zelf = await domeinfout(service(beheerders.school).resetWachtwoord(beheerders.school, beheerders.school.gebruikerId!));
    expect([zelf.soort, zelf.code]).toEqual(['BAD_USER_INPUT', 'ZICHZELF_RESETTEN']);
    const ander = await domeinfout(service(beheerders.gemeente).resetWachtwoord(beheerders.gemeente, gebruiker.id));
    expect([ander.soort, ander.code]).toEqual(['NOT_FOUND', 'GEBRUIKER_ONBEKEND']);
    const geenBeheer = await domeinfout(service(t.wereld.principals.school).resetWachtwoord(t.wereld.principals.school, gebruiker.id));
    expect(geenBeheer.code).toBe('BEHEER_VEREIST');
    expect(await hash()).toBe(voor);
    expect(await t.alles().count(BeheerLog, { actie: 'WACHTWOORD_GERESET', onderwerpId: { $in: [gebruiker.id, beheerders.school.gebruikerId!] } })).toBe(0);
  });

  it('refuses deactivating oneself, so an organisation never locks itself out', async () => {
    const e = await domeinfout(service(beheerders.gemeente).zetActief(beheerders.gemeente, beheerders.gemeente.gebruikerId!, false));
    expect([e.soort, e.code]).toEqual(['BAD_USER_INPUT', 'ZICHZELF_DEACTIVEREN']);
    expect((await t.alles().findOneOrFail(Gebruiker, { id: beheerders.gemeente.gebruikerId! })).actief).toBe(true);
  });
});
