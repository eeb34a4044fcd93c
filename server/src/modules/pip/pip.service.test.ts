import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { domeinfout } from '../../../../test/support/domeinfouten.js';
import { createTestDatabase } from '../../../../test/support/database.js';
import { maakWereld } from '../../../../test/support/fixtures.js';
import type { Orm } from '../../db/orm.js';
import { Aanwezigheid } from '../aanwezigheid/aanwezigheid.entity.js';
import { DoelgroepPeriode } from '../inburgeraar/doelgroep-periode.entity.js';
import { DoelgroepService } from '../inburgeraar/doelgroep.service.js';
import { emAls } from '../tenancy/database-principaal.js';
import { gevolgdeUren } from '../traject/gevolgde-uren.js';
import { inburgeringstermijn } from './inburgeringstermijn.js';
import { PipVersie } from './pip-versie.entity.js';
import { PipService } from './pip.service.js';
import { TermijnService } from './termijn.service.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let orm: Orm;
let wereld: Awaited<ReturnType<typeof maakWereld>>;
const VANDAAG = '2026-11-23';

beforeAll(async () => {
  db = await createTestDatabase();
  orm = db.orm;
  wereld = await maakWereld(db.eigenaar);
  const em = db.alles();
  em.create(DoelgroepPeriode, { inburgeraar: wereld.amina.id, doelgroep: 'ASIELSTATUSHOUDER', begindatum: '2025-01-01', einddatum: null });
  await em.flush();
});
afterAll(() => db.drop());


/** Reports `uren` hours present on Amina's traject, spread over weeks of 20 hours. */
async function meldUren(uren: number, vanaf = '2026-01-05') {
  const em = db.alles();
  let rest = uren;
  let maandag = new Date(`${vanaf}T00:00:00Z`);
  while (rest > 0) {
    const deze = Math.min(20, rest);
    const van = maandag.toISOString().slice(0, 10);
    const tot = new Date(maandag.getTime() + 6 * 86_400_000).toISOString().slice(0, 10);
    em.create(Aanwezigheid, {
      traject: wereld.trajectAmina.id, periodeVan: van, periodeTot: tot, versie: 1, urenIngeroosterd: deze, urenAanwezig: deze,
      urenGeoorloofdVerzuim: 0, urenOngeoorloofdVerzuim: 0, ingediendDoorGebruiker: wereld.principals.school.gebruikerId!, ingediendOp: new Date(),
    });
    rest -= deze;
    maandag = new Date(maandag.getTime() + 7 * 86_400_000);
  }
  await em.flush();
}

describe('PIP as versioned decisions', () => {
  it('refuses an intensity outside 1 to 9999 hours at its field before the database CHECK, writing nothing', async () => {
    for (const uren of [0, 20000]) {
      const e = await domeinfout(new PipService(emAls(orm.em, wereld.principals.gemeenteA)).stelVast(wereld.principals.gemeenteA, wereld.amina.id,
        { dagtekeningPip: '2025-02-03', leerroute: 'B', geschatteIntensiteitB1Route: uren }, VANDAAG));
      expect([e.soort, e.code, e.veld]).toEqual(['BAD_USER_INPUT', 'PIP_INTENSITEIT_BUITEN_BEREIK', 'input.geschatteIntensiteitB1Route']);
    }
    expect(await db.alles().count(PipVersie, { inburgeraar: wereld.amina.id })).toBe(0);
  });

  it('records a first PIP as version 1 and starts the inburgeringstermijn on its dagtekening', async () => {
    const pip = await new PipService(emAls(orm.em, wereld.principals.gemeenteA)).stelVast(wereld.principals.gemeenteA, wereld.amina.id,
      { dagtekeningPip: '2025-02-03', leerroute: 'B', geschatteIntensiteitB1Route: 600 }, VANDAAG);
    expect([pip.versie, pip.niveau]).toEqual([1, 'B1']);
    expect(await inburgeringstermijn(emAls(orm.em, wereld.principals.gemeenteA), wereld.amina.id)).toEqual({ startdatum: '2025-02-03', einddatum: '2028-02-03', verlengingsgrondcode: null });
  });

  it('refuses afschalen to A2 before 600 hours of language lessons, computed from reported attendance', async () => {
    await meldUren(580);
    expect((await gevolgdeUren(emAls(orm.em, wereld.principals.gemeenteA), wereld.amina.id)).participatieAlsTaalles).toBe(580);
    const e = await domeinfout(new PipService(emAls(orm.em, wereld.principals.gemeenteA)).stelVast(wereld.principals.gemeenteA, wereld.amina.id,
      { dagtekeningPip: '2026-06-01', leerroute: 'B', niveau: 'A2', geschatteIntensiteitB1Route: 600, wijzigingsreden: 'AFSCHALEN' }, VANDAAG));
    expect([e.code, e.veld]).toEqual(['PIP_AFSCHALEN_TE_WEINIG_UREN', 'input.niveau']);
    expect(await db.alles().count(PipVersie, { inburgeraar: wereld.amina.id })).toBe(1);
  });

  it('allows it once the 600th hour is reported, as a new version that keeps the first', async () => {
    await meldUren(20, '2026-10-05');
    const pip = await new PipService(emAls(orm.em, wereld.principals.gemeenteA)).stelVast(wereld.principals.gemeenteA, wereld.amina.id,
      { dagtekeningPip: '2026-06-01', leerroute: 'B', niveau: 'A2', geschatteIntensiteitB1Route: 600, wijzigingsreden: 'AFSCHALEN' }, VANDAAG);
    expect(pip.versie).toBe(2);
    const alle = await db.alles().find(PipVersie, { inburgeraar: wereld.amina.id }, { orderBy: { versie: 'asc' } });
    expect(alle.map((v) => [v.versie, v.niveau, v.wijzigingsreden])).toEqual([[1, 'B1', null], [2, 'A2', 'AFSCHALEN']]);
  });

  it("refuses another gemeente's dossier", async () => {
    const e = await domeinfout(new PipService(emAls(orm.em, wereld.principals.gemeenteB)).stelVast(wereld.principals.gemeenteB, wereld.amina.id, { dagtekeningPip: '2025-02-03', leerroute: 'B' }, VANDAAG));
    expect([e.soort, e.code]).toEqual(['NOT_FOUND', 'DOSSIER_ONBEKEND']);
  });
});

describe('doelgroep history', () => {
  it('closes the current period the day before a new doelgroep and keeps both', async () => {
    await new DoelgroepService(emAls(orm.em, wereld.principals.gemeenteA)).wijzig(wereld.principals.gemeenteA, wereld.amina.id, 'GEZINSMIGRANT', '2026-03-01');
    const perioden = await db.alles().find(DoelgroepPeriode, { inburgeraar: wereld.amina.id }, { orderBy: { begindatum: 'asc' } });
    expect(perioden.map((p) => [p.doelgroep, p.begindatum, p.einddatum])).toEqual([
      ['ASIELSTATUSHOUDER', '2025-01-01', '2026-02-28'], ['GEZINSMIGRANT', '2026-03-01', null],
    ]);
  });

  it('refuses a new doelgroep starting on or before the current one', async () => {
    const e = await domeinfout(new DoelgroepService(emAls(orm.em, wereld.principals.gemeenteA)).wijzig(wereld.principals.gemeenteA, wereld.amina.id, 'OVERIGE_MIGRANT', '2026-03-01'));
    expect(e.code).toBe('DOELGROEP_VOOR_HUIDIGE');
  });
});

describe('extensions of the term', () => {
  it('extends the term to a later date and refuses one that is not later', async () => {
    const invoer = { verlengingsgrondcode: 'VG01', verlengingsgrondomschrijving: 'Late start inburgeringsaanbod', nieuweEinddatum: '2028-05-03', wijzigingsdatum: '2026-11-01' };
    await new TermijnService(emAls(orm.em, wereld.principals.gemeenteA)).verleng(wereld.principals.gemeenteA, wereld.amina.id, invoer);
    expect((await inburgeringstermijn(emAls(orm.em, wereld.principals.gemeenteA), wereld.amina.id))?.einddatum).toBe('2028-05-03');
    const e = await domeinfout(new TermijnService(emAls(orm.em, wereld.principals.gemeenteA)).verleng(wereld.principals.gemeenteA, wereld.amina.id, { ...invoer, nieuweEinddatum: '2028-05-03' }));
    expect(e.code).toBe('VERLENGING_NIET_LATER');
  });

  it('refuses an extension while no term runs', async () => {
    const e = await domeinfout(new TermijnService(emAls(orm.em, wereld.principals.gemeenteA)).verleng(wereld.principals.gemeenteA, wereld.farid.id,
      { verlengingsgrondcode: 'VG01', verlengingsgrondomschrijving: 'x', nieuweEinddatum: '2029-01-01', wijzigingsdatum: '2026-11-01' }));
    expect(e.code).toBe('TERMIJN_ONTBREEKT');
  });
});
