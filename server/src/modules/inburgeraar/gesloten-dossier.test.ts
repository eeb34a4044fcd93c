import { describe, expect, it } from 'vitest';
import { domeinfout } from '../../../../test/support/domeinfouten.js';
import { metWereld } from '../../../../test/support/wereld.js';
import { emAls } from '../tenancy/database-principaal.js';
import { eersteGeldigeBsnVanaf } from './bsn.js';
import { BesluitService } from '../besluit/besluit.service.js';
import { Contract } from '../organisatie/contract.entity.js';
import { PipVersie } from '../pip/pip-versie.entity.js';
import { PipService } from '../pip/pip.service.js';
import { TermijnService } from '../pip/termijn.service.js';
import { Rapportage } from '../rapportage/rapportage.entity.js';
import { RapportageService } from '../rapportage/rapportage.service.js';
import { Traject } from '../traject/traject.entity.js';
import { ToewijzingService } from '../traject/toewijzing.service.js';
import { DeelnemerService } from './deelnemer.service.js';
import { DoelgroepPeriode } from './doelgroep-periode.entity.js';
import { DoelgroepService } from './doelgroep.service.js';
import { DossierBeheerService } from './dossier-beheer.service.js';
import { DossierEindeService } from './dossier-einde.service.js';
import { DossierStatusService } from './dossier-status.service.js';
import { Inburgeraar } from './inburgeraar.entity.js';

type Status = 'ACTIEF' | 'INGETROKKEN' | 'VERHUISD';
const VANDAAG = '2026-11-15';
const dossiers = {} as Record<Status, { persoon: string; traject: string; rapportage: string }>;
let pvtContract = '';

// Three like dossiers (PIP, a running MAP traject with a report); one stays active, one is withdrawn, one moved away.
const t = metWereld({}, async (orm, wereld) => {
  const em = t.alles();
  pvtContract = em.create(Contract, { gemeente: wereld.gemeenteA.id, aanbieder: wereld.andereSchool.id, trajectsoorten: ['MAP', 'PVT'], ingangsdatum: '2024-01-01', einddatum: null, datumVerwerkersovereenkomst: '2024-01-01' }).id;
  for (const [i, status] of (['ACTIEF', 'INGETROKKEN', 'VERHUISD'] as const).entries()) {
    const persoon = em.create(Inburgeraar, { gemeente: wereld.gemeenteA.id, bsn: eersteGeldigeBsnVanaf(777_000_000 + i * 20), voornamen: status, achternaam: 'Gesloten', tussenvoegsel: null, geboortedatum: '1990-01-01', email: null, telefoon: null });
    em.create(DoelgroepPeriode, { inburgeraar: persoon, doelgroep: 'ASIELSTATUSHOUDER', begindatum: '2023-10-01', einddatum: null });
    em.create(PipVersie, { inburgeraar: persoon, gemeente: wereld.gemeenteA.id, versie: 1, dagtekeningPip: '2024-01-15', leerroute: 'B', niveau: 'B1', geschatteIntensiteitB1Route: 600, vastgesteldDoor: wereld.principals.gemeenteA.gebruikerId!, vastgesteldOp: new Date() });
    const traject = em.create(Traject, { inburgeraar: persoon, gemeente: wereld.gemeenteA.id, aanbieder: wereld.andereSchool.id, contract: pvtContract, soort: 'MAP', cursusnaam: null, geplandeStart: '2026-03-02', geplandeEinde: '2026-08-28', geplandeUren: 64, status: 'ACTIEF' });
    const rapportage = em.create(Rapportage, { traject, soort: 'VOORTGANG', sleutel: 'VOORTGANG', versie: 1, gegevens: {}, ingediendOp: new Date('2026-06-01T10:00:00Z'), ingediendDoorGebruiker: wereld.principals.andereSchool.gebruikerId!, ingediendDoorToken: null, vervangenOp: null, heropendOp: null, heropendDoor: null });
    dossiers[status] = { persoon: persoon.id, traject: traject.id, rapportage: rapportage.id };
  }
  await em.flush();
  for (const status of ['INGETROKKEN', 'VERHUISD'] as const) await new DossierStatusService(emAls(orm.em, wereld.principals.gemeenteA)).wijzig(wereld.principals.gemeenteA, dossiers[status].persoon, status);
});

/** Every gemeente write on one dossier, as a regisseur would do it on an open dossier. */
const SCHRIJVEN: [string, (d: (typeof dossiers)[Status]) => Promise<unknown>][] = [
  ['stelPipVast', (d) => new PipService(emAls(t.orm.em, t.wereld.principals.gemeenteA)).stelVast(t.wereld.principals.gemeenteA, d.persoon, { dagtekeningPip: '2026-11-01', leerroute: 'B', geschatteIntensiteitB1Route: 700, wijzigingsreden: 'INTENSITEIT' }, VANDAAG)],
  ['verlengTermijn', (d) => new TermijnService(emAls(t.orm.em, t.wereld.principals.gemeenteA)).verleng(t.wereld.principals.gemeenteA, d.persoon, { verlengingsgrondcode: 'VG01', verlengingsgrondomschrijving: 'Late start inburgeringsaanbod', nieuweEinddatum: '2027-07-15', wijzigingsdatum: '2026-11-01' })],
  ['wijsTrajectToe', (d) => new ToewijzingService(emAls(t.orm.em, t.wereld.principals.gemeenteA)).wijsToe(t.wereld.principals.gemeenteA, { inburgeraarId: d.persoon, contractId: pvtContract, soort: 'PVT', geplandeStart: '2026-09-07', geplandeEinde: '2026-12-04', geplandeUren: 12 })],
  ['beeindigTraject', (d) => new ToewijzingService(emAls(t.orm.em, t.wereld.principals.gemeenteA)).beeindig(t.wereld.principals.gemeenteA, { trajectId: d.traject, status: 'AFGEROND', einddatum: '2026-08-28' }, VANDAAG)],
  ['wijzigDoelgroep', (d) => new DoelgroepService(emAls(t.orm.em, t.wereld.principals.gemeenteA)).wijzig(t.wereld.principals.gemeenteA, d.persoon, 'GEZINSMIGRANT', '2026-11-01')],
  ['neemBesluit', (d) => new BesluitService(emAls(t.orm.em, t.wereld.principals.gemeenteA)).neemBesluit(t.wereld.principals.gemeenteA, { inburgeraarId: d.persoon, soort: 'MAP', datum: '2026-08-28', trajectId: d.traject }, VANDAAG)],
  ['wijzigDossier', (d) => new DossierBeheerService(emAls(t.orm.em, t.wereld.principals.gemeenteA)).wijzig(t.wereld.principals.gemeenteA, d.persoon, { telefoon: '06-12345678' }, VANDAAG)],
  ['heropenRapportage', (d) => new RapportageService(emAls(t.orm.em, t.wereld.principals.gemeenteA)).heropen(t.wereld.principals.gemeenteA, d.rapportage)],
  // Last: on the active dossier these end it (PLICHT_BEEINDIGD).
  ['registreerEindeInburgeringsplicht', (d) => new DossierEindeService(emAls(t.orm.em, t.wereld.principals.gemeenteA)).registreerEinde(t.wereld.principals.gemeenteA, d.persoon, { datum: '2026-11-01', reden: 'INBURGERINGSPLICHT_VOLDAAN' }, VANDAAG)],
  ['registreerOverlijden', (d) => new DossierEindeService(emAls(t.orm.em, t.wereld.principals.gemeenteA)).registreerOverlijden(t.wereld.principals.gemeenteA, d.persoon, '2026-11-10', VANDAAG)],
];

/** A fingerprint of every table a gemeente write touches, the audit log included. */
async function vingerafdruk(): Promise<string> {
  const tabellen = ['inburgeraar', 'doelgroep_periode', 'pip_versie', 'termijn_verlenging', 'traject', 'besluit', 'rapportage', 'inzage'];
  const rijen = await t.alles().execute<{ h: string }[]>(tabellen.map((tabel) => `select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from ${tabel} x`).join(' union all '));
  return rijen.map((r) => r.h).join(',');
}

describe('a withdrawn or moved dossier takes no change', () => {
  describe.each(['INGETROKKEN', 'VERHUISD'] as const)('%s', (status) => {
    it.each(SCHRIJVEN)('refuses %s with CONFLICT DOSSIER_GESLOTEN, writing nothing', async (_naam, schrijf) => {
      const voor = await vingerafdruk();
      const e = await domeinfout(schrijf(dossiers[status]));
      expect([e.code, e.soort]).toEqual(['DOSSIER_GESLOTEN', 'CONFLICT']);
      expect(await vingerafdruk()).toBe(voor);
    });

    it('can still be read by the gemeente, and is not seen by the aanbieder at all', async () => {
      expect((await new BesluitService(emAls(t.orm.em, t.wereld.principals.gemeenteA)).besluiten(t.wereld.principals.gemeenteA, dossiers[status].persoon))).toEqual([]);
      expect((await domeinfout(new DeelnemerService(emAls(t.orm.em, t.wereld.principals.andereSchool)).traject(t.wereld.principals.andereSchool, dossiers[status].traject))).code).toBe('TRAJECT_ONBEKEND');
      const voor = await vingerafdruk();
      const melding = new RapportageService(emAls(t.orm.em, t.wereld.principals.andereSchool)).dienIn(t.wereld.principals.andereSchool, 'MAP_RESULTAAT', dossiers[status].traject, { resultaat: 'NIET_AFGEROND', redenNietAfgerond: 'GESTOPT' });
      expect((await domeinfout(melding)).code).toBe('TRAJECT_ONBEKEND');
      expect(await vingerafdruk()).toBe(voor);
    });
  });

  it.each(SCHRIJVEN)('an active dossier still takes %s', async (_naam, schrijf) => {
    await expect(schrijf(dossiers.ACTIEF)).resolves.toBeDefined();
  });
});
