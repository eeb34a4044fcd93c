import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen, vandaag } from '../../server/src/modules/shared/datum.js';
import { Client, startTestPortal, type TestPortal } from '../support/portal.js';

let portal: TestPortal;
beforeAll(async () => {
  portal = await startTestPortal();
});
afterAll(() => portal.stop());

const MELD_VOORTGANG = `mutation($input: VoortgangInput!) {
  meldVoortgang(input: $input) { resultaat rapportage { ... on Voortgangsrapportage { id versie belemmeringen belemmeringGevolgen belemmeringToelichting } } }
}`;

async function rapportagesVan(trajectId: string): Promise<number> {
  const rijen = await portal.alles().execute<{ n: number }[]>('select count(*)::int as n from rapportage where traject_id = ?', [trajectId]);
  return rijen[0]!.n;
}

describe('medical details in a progress report (issue 9 item 11)', () => {
  it('refuses the diagnosis of the issue at its field with MEDISCHE_GEGEVENS and writes nothing; an ordinary remark is stored', async () => {
    const school = await Client.login(portal.url, 'taalschool@taalhuis.demo');
    const trajectId = (await school.graphql('aanbieder', '{ deelnemers(zoek: "Haddad") { nodes { trajecten { id soort } } } }'))
      .body.data.deelnemers.nodes[0].trajecten.find((t: { soort: string }) => t.soort === 'B1_ROUTE').id;
    const input = {
      trajectId, peildatum: vandaag(), voortgang: 'ACHTER', belemmeringen: ['GEZONDHEID'], examenvoorbereiding: 'BEZIG',
      toetsresultaten: [], advies: 'GEEN', adviesGronden: [],
    };
    const voor = await rapportagesVan(trajectId);

    const geweigerd = await school.graphql('aanbieder', MELD_VOORTGANG, { input: { ...input, belemmeringToelichting: 'Diagnose depressie, gebruikt antidepressiva' } });
    expect(geweigerd.status).toBe(200);
    expect(geweigerd.body.data?.meldVoortgang ?? null).toBeNull();
    expect(geweigerd.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', domeinCode: 'MEDISCHE_GEGEVENS', veld: 'input.belemmeringToelichting' });
    expect(geweigerd.body.errors?.[0]?.message).toMatch(/^Medische gegevens mogen niet worden vastgelegd; gevonden: "depressie" \(diagnose\), "antidepressiva" \(medicatie\)\. Kies de belemmering GEZONDHEID/);
    expect(await rapportagesVan(trajectId)).toBe(voor);
    expect(geweigerd.text).not.toContain('INTERNAL_SERVER_ERROR');

    const gewoon = await school.graphql('aanbieder', MELD_VOORTGANG, { input: { ...input, belemmeringToelichting: 'Is ziek geweest, nu weer aanwezig' } });
    expect(gewoon.body.errors).toBeUndefined();
    expect(gewoon.body.data.meldVoortgang).toMatchObject({ resultaat: 'NIEUW', rapportage: { versie: 1, belemmeringToelichting: 'Is ziek geweest, nu weer aanwezig' } });
    expect(await rapportagesVan(trajectId)).toBe(voor + 1);
  });

  it('takes the coded belemmeringGevolgen in place of the deprecated remark, and reads old reports as having none', async () => {
    const school = await Client.login(portal.url, 'taalschool@taalhuis.demo');
    const trajectId = (await school.graphql('aanbieder', '{ deelnemers(zoek: "Haddad") { nodes { trajecten { id soort } } } }'))
      .body.data.deelnemers.nodes[0].trajecten.find((t: { soort: string }) => t.soort === 'B1_ROUTE').id;
    const input = {
      trajectId, peildatum: plusDagen(vandaag(), -1), voortgang: 'ACHTER', belemmeringen: ['GEZONDHEID'], belemmeringGevolgen: ['MINDER_UREN'],
      examenvoorbereiding: 'BEZIG', toetsresultaten: [], advies: 'GEEN', adviesGronden: [],
    };
    const res = await school.graphql('aanbieder', MELD_VOORTGANG, { input });
    expect(res.body.data.meldVoortgang).toMatchObject({ resultaat: 'NIEUW', rapportage: { belemmeringGevolgen: ['MINDER_UREN'], belemmeringToelichting: null } });

    const zonder = await school.graphql('aanbieder', MELD_VOORTGANG, { input: { ...input, belemmeringGevolgen: ['TIJDELIJK_AFWEZIG'], belemmeringen: [] } });
    expect(zonder.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', domeinCode: 'GEVOLG_ZONDER_BELEMMERING', veld: 'input.belemmeringGevolgen' });

    // Sent without the codes, a report is stored as one from before they existed: without the field.
    await school.graphql('aanbieder', MELD_VOORTGANG, { input: { ...input, peildatum: plusDagen(vandaag(), -2), belemmeringGevolgen: undefined } });
    const lijst = await school.graphql('aanbieder', `query($id: ID!) { rapportages(trajectId: $id) { ... on Voortgangsrapportage { peildatum belemmeringGevolgen } } }`, { id: trajectId });
    expect(lijst.body.errors).toBeUndefined();
    expect(lijst.body.data.rapportages).toEqual(expect.arrayContaining([
      { peildatum: plusDagen(vandaag(), -2), belemmeringGevolgen: [] }, { peildatum: plusDagen(vandaag(), -1), belemmeringGevolgen: ['MINDER_UREN'] },
    ]));
  });
});
