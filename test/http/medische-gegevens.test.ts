import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vandaag } from '../../server/src/modules/shared/datum.js';
import { Client, startTestPortal, type TestPortal } from '../support/portal.js';

let portal: TestPortal;
beforeAll(async () => {
  portal = await startTestPortal();
});
afterAll(() => portal.stop());

const MELD_VOORTGANG = `mutation($input: VoortgangInput!) {
  meldVoortgang(input: $input) { resultaat rapportage { ... on Voortgangsrapportage { id versie belemmeringen belemmeringToelichting } } }
}`;

async function rapportagesVan(trajectId: string): Promise<number> {
  const rijen = await portal.orm.em.fork().execute<{ n: number }[]>('select count(*)::int as n from rapportage where traject_id = ?', [trajectId]);
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
});
