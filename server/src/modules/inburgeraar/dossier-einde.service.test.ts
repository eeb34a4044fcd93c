import { describe, expect, it } from 'vitest';
import { domeinfout } from '../../../../test/support/domeinfouten.js';
import { metWereld } from '../../../../test/support/wereld.js';
import { emAls } from '../tenancy/database-principaal.js';
import { eersteGeldigeBsnVanaf } from './bsn.js';
import { DossierBeheerService } from './dossier-beheer.service.js';
import { DossierEindeService } from './dossier-einde.service.js';
import { DossierStatusService } from './dossier-status.service.js';
import { Inburgeraar } from './inburgeraar.entity.js';

const VANDAAG = '2026-11-15';
let ingetrokken = '';
let metBegin = '';
let geschoond = '';

const t = metWereld({}, async (orm, wereld) => {
  const em = t.alles();
  const maak = (n: number, extra: Partial<Inburgeraar> = {}) => em.create(Inburgeraar, { gemeente: wereld.gemeenteA.id, bsn: eersteGeldigeBsnVanaf(778_000_000 + n * 20), voornamen: `Einde${n}`, achternaam: 'Plicht', tussenvoegsel: null, geboortedatum: '1990-05-01', email: null, telefoon: null, ...extra }).id;
  ingetrokken = maak(1);
  metBegin = maak(2, { begindatumInburgeringsplicht: '2024-03-01' });
  geschoond = maak(3, { datumEindeInburgeringsplicht: '2015-01-01', redenEindeInburgeringsplicht: 'OVERIG', status: 'PLICHT_BEEINDIGD', retentieToegepastOp: '2020-01-01' });
  await em.flush();
  await new DossierStatusService(emAls(orm.em, wereld.principals.gemeenteA)).wijzig(wereld.principals.gemeenteA, ingetrokken, 'INGETROKKEN');
});

/** Every act here is gemeente A's, run as the portal runs it: under its principal. */
const dienst = () => new DossierEindeService(emAls(t.orm.em, t.wereld.principals.gemeenteA));
const lees = (id: string) => t.alles().findOneOrFail(Inburgeraar, id);

/** The dossier rows and the access log: a refused registration changes neither. */
async function vingerafdruk(): Promise<string> {
  const [rij] = await t.alles().execute<{ h: string }[]>(
    `select md5((select string_agg(x::text, '|' order by x.id) from inburgeraar x) || (select count(*)::text from inzage)) as h`);
  return rij!.h;
}

describe('recording the end of the obligation', () => {
  it('records date and reason, ends the active dossier and sets the day retention applies (five years on)', async () => {
    const { gemeenteA } = t.wereld.principals;
    await dienst().registreerEinde(gemeenteA, t.wereld.yonas.id, { datum: '2026-06-30', reden: 'INBURGERINGSPLICHT_VOLDAAN' }, VANDAAG);
    const persoon = await lees(t.wereld.yonas.id);
    expect([persoon.datumEindeInburgeringsplicht, persoon.redenEindeInburgeringsplicht, persoon.status, persoon.verwijderenVanaf])
      .toEqual(['2026-06-30', 'INBURGERINGSPLICHT_VOLDAAN', 'PLICHT_BEEINDIGD', '2031-06-30']);
  });

  it('takes today itself', async () => {
    await expect(dienst().registreerEinde(t.wereld.principals.gemeenteA, metBegin, { datum: VANDAAG, reden: 'VOLLEDIGE_ONTHEFFING' }, VANDAAG)).resolves.toBeDefined();
  });

  const WEIGERINGEN: [string, string, () => Promise<unknown>][] = [
    ['a date in the future', 'DATUM_IN_TOEKOMST', () => dienst().registreerEinde(t.wereld.principals.gemeenteA, t.wereld.amina.id, { datum: '2026-11-16', reden: 'OVERIG' }, VANDAAG)],
    ['a withdrawn dossier', 'DOSSIER_GESLOTEN', () => dienst().registreerEinde(t.wereld.principals.gemeenteA, ingetrokken, { datum: '2026-06-30', reden: 'OVERIG' }, VANDAAG)],
    ["another gemeente's dossier", 'DOSSIER_ONBEKEND', () => dienst().registreerEinde(t.wereld.principals.gemeenteA, t.wereld.olena.id, { datum: '2026-06-30', reden: 'OVERIG' }, VANDAAG)],
    ['OVERLIJDEN as a reason (a death is recorded with its date)', 'EINDE_DOOR_OVERLIJDEN', () => dienst().registreerEinde(t.wereld.principals.gemeenteA, t.wereld.amina.id, { datum: '2026-06-30', reden: 'OVERLIJDEN' }, VANDAAG)],
    ['a dossier retention cleared', 'DOSSIER_GESLOTEN', () => dienst().registreerEinde(t.wereld.principals.gemeenteA, geschoond, { datum: '2016-01-01', reden: 'OVERIG' }, VANDAAG)],
    ['an end before the start of the obligation', 'EINDE_VOOR_BEGIN_PLICHT', () => dienst().registreerEinde(t.wereld.principals.gemeenteA, metBegin, { datum: '2024-02-29', reden: 'OVERIG' }, VANDAAG)],
  ];
  it.each(WEIGERINGEN)('refuses %s with %s, writing nothing', async (_naam, code, schrijf) => {
    const voor = await vingerafdruk();
    expect((await domeinfout(schrijf())).code).toBe(code);
    expect(await vingerafdruk()).toBe(voor);
  });
});

describe('recording a death', () => {
  it('records the date and ends the obligation that day with OVERLIJDEN when no earlier end is known', async () => {
    await dienst().registreerOverlijden(t.wereld.principals.gemeenteA, t.wereld.farid.id, '2025-02-10', VANDAAG);
    const persoon = await lees(t.wereld.farid.id);
    expect([persoon.overlijdensdatum, persoon.datumEindeInburgeringsplicht, persoon.redenEindeInburgeringsplicht, persoon.status, persoon.verwijderenVanaf])
      .toEqual(['2025-02-10', '2025-02-10', 'OVERLIJDEN', 'PLICHT_BEEINDIGD', '2030-02-10']);
  });

  it('keeps an earlier end and its reason; the term runs from the earlier of the two', async () => {
    await dienst().registreerOverlijden(t.wereld.principals.gemeenteA, t.wereld.yonas.id, '2026-10-01', VANDAAG);
    const persoon = await lees(t.wereld.yonas.id);
    expect([persoon.overlijdensdatum, persoon.datumEindeInburgeringsplicht, persoon.redenEindeInburgeringsplicht, persoon.verwijderenVanaf])
      .toEqual(['2026-10-01', '2026-06-30', 'INBURGERINGSPLICHT_VOLDAAN', '2031-06-30']);
  });

  const WEIGERINGEN: [string, string, () => Promise<unknown>][] = [
    ['a date in the future', 'DATUM_IN_TOEKOMST', () => dienst().registreerOverlijden(t.wereld.principals.gemeenteA, t.wereld.amina.id, '2027-01-01', VANDAAG)],
    ['a withdrawn dossier', 'DOSSIER_GESLOTEN', () => dienst().registreerOverlijden(t.wereld.principals.gemeenteA, ingetrokken, '2026-01-01', VANDAAG)],
    ["another gemeente's dossier", 'DOSSIER_ONBEKEND', () => dienst().registreerOverlijden(t.wereld.principals.gemeenteA, t.wereld.olena.id, '2026-01-01', VANDAAG)],
    ['a dossier retention cleared', 'DOSSIER_GESLOTEN', () => dienst().registreerOverlijden(t.wereld.principals.gemeenteA, geschoond, '2016-01-01', VANDAAG)],
    ['a date before the birth', 'OVERLIJDEN_VOOR_GEBOORTE', () => dienst().registreerOverlijden(t.wereld.principals.gemeenteA, t.wereld.amina.id, '1990-04-30', VANDAAG)],
  ];
  it.each(WEIGERINGEN)('refuses %s with %s, writing nothing', async (_naam, code, schrijf) => {
    const voor = await vingerafdruk();
    expect((await domeinfout(schrijf())).code).toBe(code);
    expect(await vingerafdruk()).toBe(voor);
  });
});

it('a dossier retention cleared takes no other change either (any write goes through eigenDossier)', async () => {
  const voor = await vingerafdruk();
  const e = await domeinfout(new DossierBeheerService(emAls(t.orm.em, t.wereld.principals.gemeenteA)).wijzig(t.wereld.principals.gemeenteA, geschoond, { telefoon: '06-12345678' }, VANDAAG));
  expect([e.code, e.overtredingen[0]!.melding]).toEqual(['DOSSIER_GESLOTEN', expect.stringContaining('bewaartermijn')]);
  expect(await vingerafdruk()).toBe(voor);
});
