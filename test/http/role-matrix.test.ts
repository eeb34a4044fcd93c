import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startTestPortal, type TestPortal } from '../support/portal.js';

let portal: TestPortal;
beforeAll(async () => {
  portal = await startTestPortal();
});
afterAll(() => portal.stop());

const QUERY = '{ mij { soort } }';

describe('who may use which endpoint', () => {
  const gevallen: [string, string | null, 'aanbieder' | 'gemeente', number, string | null][] = [
    ['nobody', null, 'aanbieder', 401, 'UNAUTHENTICATED'],
    ['nobody', null, 'gemeente', 401, 'UNAUTHENTICATED'],
    ['a taalschool', 'taalschool@taalhuis.demo', 'aanbieder', 200, null],
    ['a taalschool', 'taalschool@taalhuis.demo', 'gemeente', 403, 'FORBIDDEN'],
    ['a MAP-aanbieder', 'map@werkpad.demo', 'gemeente', 403, 'FORBIDDEN'],
    ['a regisseur', 'regisseur@utrecht.demo', 'gemeente', 200, null],
    ['a regisseur', 'regisseur@utrecht.demo', 'aanbieder', 403, 'FORBIDDEN'],
    ['a read-only user', 'raadpleger@utrecht.demo', 'aanbieder', 403, 'FORBIDDEN'],
  ];

  for (const [wie, email, endpoint, status, code] of gevallen) {
    it(`${wie} on /graphql/${endpoint} → ${status}`, async () => {
      const client = email ? await Client.login(portal.url, email) : new Client(portal.url);
      const res = await client.graphql(endpoint, QUERY);
      expect(res.status).toBe(status);
      if (code) expect(res.body.errors?.[0]?.extensions.code).toBe(code);
      else expect(res.body.data).toBeDefined();
    });
  }

  it('an unknown bearer token is 401, not a fall-back to the cookie', async () => {
    const res = await new Client(portal.url, 'apt_onzin').graphql('aanbieder', QUERY);
    expect(res.status).toBe(401);
  });

  it('introspection is behind the same wall', async () => {
    const res = await new Client(portal.url).graphql('aanbieder', '{ __schema { types { name } } }');
    expect(res.status).toBe(401);
  });

  it('a read-only gemeente user may read dossiers', async () => {
    const client = await Client.login(portal.url, 'raadpleger@utrecht.demo');
    const res = await client.graphql('gemeente', '{ zoekDossiers(first: 1) { totalCount } }');
    expect(res.body.data.zoekDossiers.totalCount).toBeGreaterThan(0);
  });
});

describe('roles inside the aanbieder endpoint', () => {
  it('MUTEREN is needed to record attendance: a read-only token gets FORBIDDEN and nothing is written', async () => {
    const beheer = await Client.login(portal.url, 'taalschool@taalhuis.demo');
    const gemaakt = await beheer.graphql('aanbieder', 'mutation { maakApiToken(naam: "Lezer", rollen: [RAADPLEGEN]) { token } }');
    const lezer = new Client(portal.url, gemaakt.body.data.maakApiToken.token);
    const deelnemers = await lezer.graphql('aanbieder', '{ deelnemers(first: 1) { nodes { trajecten { id } } } }');
    const trajectId = deelnemers.body.data.deelnemers.nodes[0].trajecten[0].id;
    const voor = await portal.alles().execute('select count(*)::int as n from aanwezigheid');
    const res = await lezer.graphql('aanbieder', `mutation($input: AanwezigheidInput!) { registreerAanwezigheid(input: $input) { resultaat } }`, {
      input: { trajectId, periodeVan: '2026-01-05', periodeTot: '2026-01-05', urenIngeroosterd: 1, urenAanwezig: 1, urenGeoorloofdVerzuim: 0, urenOngeoorloofdVerzuim: 0 },
    });
    expect(res.body.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const na = await portal.alles().execute('select count(*)::int as n from aanwezigheid');
    expect(na).toEqual(voor);
  });
});
