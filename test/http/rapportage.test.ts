import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vandaag } from '../../server/src/modules/shared/datum.js';
import { Client, startTestPortal, type TestPortal } from '../support/portal.js';

let portal: TestPortal;
beforeAll(async () => {
  portal = await startTestPortal();
});
afterAll(() => portal.stop());

const MELD_VOORTGANG = `mutation($input: VoortgangInput!) {
  meldVoortgang(input: $input) { resultaat rapportage { ... on Voortgangsrapportage { id versie voortgang advies belemmeringen definitiefVanaf } } }
}`;

describe('reports from aanbieder to gemeente', () => {
  it('a taalschool reports progress; the regisseur reads it on the dossier with its versions', async () => {
    const school = await Client.login(portal.url, 'taalschool@taalhuis.demo');
    const trajectId = (await school.graphql('aanbieder', '{ deelnemers(zoek: "Haddad") { nodes { trajecten { id soort } } } }'))
      .body.data.deelnemers.nodes[0].trajecten.find((t: { soort: string }) => t.soort === 'B1_ROUTE').id;
    const input = {
      trajectId, peildatum: vandaag(), voortgang: 'ACHTER', belemmeringen: ['ZORGTAKEN'], examenvoorbereiding: 'BEZIG',
      toetsresultaten: [{ onderdeel: 'LE', niveau: 'A2', datum: vandaag() }], advies: 'GEEN', adviesGronden: [],
    };
    const eerste = await school.graphql('aanbieder', MELD_VOORTGANG, { input });
    expect(eerste.body.data.meldVoortgang).toMatchObject({ resultaat: 'NIEUW', rapportage: { versie: 1, voortgang: 'ACHTER' } });
    const tweede = await school.graphql('aanbieder', MELD_VOORTGANG, { input: { ...input, voortgang: 'ERNSTIG_ACHTER' } });
    expect(tweede.body.data.meldVoortgang).toMatchObject({ resultaat: 'GECORRIGEERD', rapportage: { versie: 2 } });

    const fout = await school.graphql('aanbieder', MELD_VOORTGANG, { input: { ...input, advies: 'AFSCHALEN' } });
    expect(fout.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', domeinCode: 'ADVIES_ZONDER_GRONDEN', veld: 'input.adviesGronden' });

    const regisseur = await Client.login(portal.url, 'regisseur@utrecht.demo');
    const id = (await regisseur.graphql('gemeente', '{ zoekDossiers(zoek: "Haddad") { nodes { id } } }')).body.data.zoekDossiers.nodes[0].id;
    const dossier = await regisseur.graphql('gemeente', `query($id: ID!) { dossier(id: $id) { trajecten { id rapportages {
      __typename ... on Voortgangsrapportage { versie voortgang vervangenOp } } } } }`, { id });
    const traject = dossier.body.data.dossier.trajecten.find((t: { id: string }) => t.id === trajectId);
    expect(traject.rapportages.map((r: { versie: number; voortgang: string }) => [r.versie, r.voortgang])).toEqual([[2, 'ERNSTIG_ACHTER'], [1, 'ACHTER']]);
  });

  it('a MAP-aanbieder cannot report progress on a language traject it does not have', async () => {
    const map = await Client.login(portal.url, 'map@werkpad.demo');
    const school = await Client.login(portal.url, 'taalschool@taalhuis.demo');
    const taalTraject = (await school.graphql('aanbieder', '{ deelnemers(first: 1) { nodes { trajecten { id } } } }')).body.data.deelnemers.nodes[0].trajecten[0].id;
    const res = await map.graphql('aanbieder', MELD_VOORTGANG, { input: {
      trajectId: taalTraject, peildatum: vandaag(), voortgang: 'OP_SCHEMA', belemmeringen: [], examenvoorbereiding: 'BEZIG', toetsresultaten: [], advies: 'GEEN', adviesGronden: [],
    } });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', domeinCode: 'TRAJECT_ONBEKEND' });
  });
});
