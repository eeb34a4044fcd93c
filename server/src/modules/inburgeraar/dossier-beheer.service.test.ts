import { describe, expect, it } from 'vitest';
import { domeinfout } from '../../../../test/support/domeinfouten.js';
import { metWereld } from '../../../../test/support/wereld.js';
import { emAls } from '../tenancy/database-principaal.js';
import { eersteGeldigeBsnVanaf } from './bsn.js';
import { DossierBeheerService } from './dossier-beheer.service.js';
import { Inburgeraar } from './inburgeraar.entity.js';

const VANDAAG = '2026-11-23';
const t = metWereld();

// Found by the fuzz suite (test/fuzz, seed 13): `rechtMaatschappelijkeBegeleiding: null` is valid GraphQL (the input
// field is optional, so nullable) but the column is NOT NULL: wijzigDossier answered INTERNAL_SERVER_ERROR.
describe('the right to maatschappelijke begeleiding sent as null', () => {
  it('wijzigDossier stores it as no right (the column default), as leaving it out of a registration does', async () => {
    const service = new DossierBeheerService(emAls(t.orm.em, t.wereld.principals.gemeenteA));
    await service.wijzig(t.wereld.principals.gemeenteA, t.wereld.amina.id, { rechtMaatschappelijkeBegeleiding: true }, VANDAAG);
    const persoon = await service.wijzig(t.wereld.principals.gemeenteA, t.wereld.amina.id, { rechtMaatschappelijkeBegeleiding: null }, VANDAAG);
    expect(persoon.rechtMaatschappelijkeBegeleiding).toBe(false);
    expect((await t.alles().findOneOrFail(Inburgeraar, t.wereld.amina.id)).rechtMaatschappelijkeBegeleiding).toBe(false);
  });

  it('registreerInburgeraar too', async () => {
    const persoon = await new DossierBeheerService(emAls(t.orm.em, t.wereld.principals.gemeenteA)).registreer(t.wereld.principals.gemeenteA, {
      bsn: eersteGeldigeBsnVanaf(999_800_100), voornamen: 'Nadia', achternaam: 'Null', geboortedatum: '1990-01-01',
      doelgroep: 'GEZINSMIGRANT', doelgroepBegindatum: '2026-01-01', rechtMaatschappelijkeBegeleiding: null,
    }, VANDAAG);
    expect((await t.alles().findOneOrFail(Inburgeraar, persoon.id)).rechtMaatschappelijkeBegeleiding).toBe(false);
  });

  it('so a start of begeleiding with it is refused as without a right, and nothing is written', async () => {
    const error = await domeinfout(new DossierBeheerService(emAls(t.orm.em, t.wereld.principals.gemeenteA)).wijzig(t.wereld.principals.gemeenteA, t.wereld.yonas.id,
      { rechtMaatschappelijkeBegeleiding: null, startMaatschappelijkeBegeleiding: '2026-02-01' }, VANDAAG));
    expect(error.overtredingen.map((o) => [o.code, o.veld])).toEqual([['BEGELEIDING_ZONDER_RECHT', 'input.startMaatschappelijkeBegeleiding']]);
    expect((await t.alles().findOneOrFail(Inburgeraar, t.wereld.yonas.id)).startMaatschappelijkeBegeleiding).toBeNull();
  });
});
