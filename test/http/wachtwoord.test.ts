import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startTestPortal, type TestPortal } from '../support/portal.js';

let portal: TestPortal;
beforeAll(async () => {
  portal = await startTestPortal();
});
afterAll(() => portal.stop());

const MAAK = 'mutation($input: MaakGebruikerInput!) { maakGebruiker(input: $input) { initieelWachtwoord } }';

async function nieuweGebruiker(email: string): Promise<string> {
  const beheer = await Client.login(portal.url, 'beheer@utrecht.demo');
  const res = await beheer.graphql('gemeente', MAAK, { input: { naam: 'Nieuwe Collega', email, rollen: ['MUTEREN'] } });
  return res.body.data.maakGebruiker.initieelWachtwoord;
}

async function json(res: Response) {
  return { status: res.status, body: await res.json() };
}

describe('a user made by a beheerder chooses an own password first', () => {
  it('can do nothing else until then: the API answers 403 WACHTWOORD_WIJZIGEN, /auth/me says so', async () => {
    const eerste = await nieuweGebruiker('eerste@utrecht.demo');
    const collega = await Client.login(portal.url, 'eerste@utrecht.demo', eerste);
    expect((await json(await collega.get('/auth/me'))).body.principal).toMatchObject({ naam: 'Nieuwe Collega', wachtwoordWijzigen: true });
    const geweigerd = await collega.graphql('gemeente', '{ mij { naam } }');
    expect(geweigerd.status).toBe(403);
    expect(geweigerd.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', domeinCode: 'WACHTWOORD_WIJZIGEN' });
    // The demo users, who chose their own, are not held up.
    expect((await (await Client.login(portal.url, 'regisseur@utrecht.demo')).graphql('gemeente', '{ mij { naam } }')).status).toBe(200);
  });

  it('refuses a wrong current password, a short, a too long or an unchanged new one, each with its code, and changes nothing', async () => {
    const eerste = await nieuweGebruiker('tweede@utrecht.demo');
    const collega = await Client.login(portal.url, 'tweede@utrecht.demo', eerste);
    const probeer = async (huidig: string, nieuw: string) => json(await collega.post('/auth/wachtwoord', { huidig, nieuw }));

    const fout = await probeer('niet het wachtwoord', 'een eigen lange zin');
    expect(fout.status).toBe(400);
    // The same shape as a GraphQL error: the category as `code`, the domain code beside it.
    expect(fout.body.errors[0]).toMatchObject({ message: 'Dit is niet uw huidige wachtwoord.', extensions: { code: 'BAD_USER_INPUT', domeinCode: 'WACHTWOORD_ONJUIST', veld: 'huidig' } });
    expect((await probeer(eerste, 'kort')).body.errors[0].extensions).toMatchObject({ domeinCode: 'WACHTWOORD_TE_KORT', veld: 'nieuw' });
    expect((await probeer(eerste, 'x'.repeat(129))).body.errors[0].extensions).toMatchObject({ domeinCode: 'WACHTWOORD_TE_LANG', veld: 'nieuw' });
    expect((await probeer(eerste, eerste)).body.errors[0].extensions).toMatchObject({ domeinCode: 'WACHTWOORD_ONGEWIJZIGD', veld: 'nieuw' });
    // Both rules broken at once: both reported.
    expect((await probeer('fout', 'kort')).body.errors[0].extensions.fouten.map((f: { domeinCode: string }) => f.domeinCode)).toEqual(['WACHTWOORD_ONJUIST', 'WACHTWOORD_TE_KORT']);

    expect((await collega.graphql('gemeente', '{ mij { naam } }')).status).toBe(403); // still the initial password
    expect((await new Client(portal.url).post('/auth/login', { email: 'tweede@utrecht.demo', password: eerste })).status).toBe(200);
  });

  it('refuses a common, a predictable or an e-mail-name password, each with its code at `nieuw`, and changes nothing', async () => {
    const eerste = await nieuweGebruiker('vijfde.collega@utrecht.demo');
    const collega = await Client.login(portal.url, 'vijfde.collega@utrecht.demo', eerste);
    const voor = await portal.alles().execute<{ n: number }[]>(`select count(*)::int as n from beheer_log where actie = 'WACHTWOORD_GEWIJZIGD'`);
    for (const [nieuw, code] of [
      ['123456789012', 'WACHTWOORD_VEELGEBRUIKT'], ['wachtwoord12', 'WACHTWOORD_VEELGEBRUIKT'],
      ['aaaaaaaaaaaa', 'WACHTWOORD_VOORSPELBAAR'], ['Vijfde.Collega-2026', 'WACHTWOORD_BEVAT_EMAILNAAM'],
    ] as const) {
      const fout = await json(await collega.post('/auth/wachtwoord', { huidig: eerste, nieuw }));
      expect(fout.status, nieuw).toBe(400);
      expect(fout.body.errors[0].extensions, nieuw).toMatchObject({ code: 'BAD_USER_INPUT', domeinCode: code, veld: 'nieuw' });
    }
    expect((await collega.graphql('gemeente', '{ mij { naam } }')).status).toBe(403); // still the initial password
    expect((await new Client(portal.url).post('/auth/login', { email: 'vijfde.collega@utrecht.demo', password: eerste })).status).toBe(200);
    const na = await portal.alles().execute<{ n: number }[]>(`select count(*)::int as n from beheer_log where actie = 'WACHTWOORD_GEWIJZIGD'`);
    expect(na[0]!.n).toBe(voor[0]!.n); // the good case is the test below
  });

  // Found by the fuzz suite (test/fuzz/http.fuzz.test.ts, seed 1): `nieuw: {"$ne": ""}` was read with String() and
  // "[object Object]" became the password (and `huidig: ["demo"]` passed as "demo").
  it('refuses a current or new password that is not text with WACHTWOORD_GEEN_TEKST at its field, and changes nothing', async () => {
    const eerste = await nieuweGebruiker('vierde@utrecht.demo');
    const collega = await Client.login(portal.url, 'vierde@utrecht.demo', eerste);
    for (const [body, veld] of [[{ huidig: eerste, nieuw: { $ne: '' } }, 'nieuw'], [{ huidig: [eerste], nieuw: 'een eigen lange zin' }, 'huidig'], [{ huidig: eerste, nieuw: 123456789012 }, 'nieuw']] as const) {
      const fout = await json(await collega.post('/auth/wachtwoord', body));
      expect(fout).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: 'BAD_USER_INPUT', domeinCode: 'WACHTWOORD_GEEN_TEKST', veld } }] } });
    }
    expect((await new Client(portal.url).post('/auth/login', { email: 'vierde@utrecht.demo', password: '[object Object]' })).status).toBe(401);
    expect((await new Client(portal.url).post('/auth/login', { email: 'vierde@utrecht.demo', password: eerste })).status).toBe(200);
  });

  it('accepts a good one: this session goes on, every other session of that user ends, the old password is gone', async () => {
    const eerste = await nieuweGebruiker('derde@utrecht.demo');
    const hier = await Client.login(portal.url, 'derde@utrecht.demo', eerste);
    const elders = await Client.login(portal.url, 'derde@utrecht.demo', eerste);
    const ok = await json(await hier.post('/auth/wachtwoord', { huidig: eerste, nieuw: 'twaalf tekens of meer' }));
    expect(ok).toMatchObject({ status: 200, body: { principal: { wachtwoordWijzigen: false } } });

    expect((await hier.graphql('gemeente', '{ mij { naam } }')).status).toBe(200);
    expect((await elders.graphql('gemeente', '{ mij { naam } }')).status).toBe(401);
    expect((await new Client(portal.url).post('/auth/login', { email: 'derde@utrecht.demo', password: eerste })).status).toBe(401);
    expect((await new Client(portal.url).post('/auth/login', { email: 'derde@utrecht.demo', password: 'twaalf tekens of meer' })).status).toBe(200);
    const log = await portal.alles().execute<{ n: number }[]>(`select count(*)::int as n from beheer_log where actie = 'WACHTWOORD_GEWIJZIGD'`);
    expect(log[0]!.n).toBe(1);
  });

  it('is for people with a session only: without one, or with an API token, it is 401', async () => {
    const zonder = await json(await new Client(portal.url).post('/auth/wachtwoord', { huidig: 'a', nieuw: 'twaalf tekens of meer' }));
    expect(zonder).toMatchObject({ status: 401, body: { errors: [{ extensions: { code: 'UNAUTHENTICATED', domeinCode: 'UNAUTHENTICATED' } }] } });
    const school = await Client.login(portal.url, 'taalschool@taalhuis.demo');
    const MAAK = 'mutation($naam: String!, $rollen: [Rol!]!) { maakApiToken(naam: $naam, rollen: $rollen) { token } }';
    const { token } = (await school.graphql('aanbieder', MAAK, { naam: 'Roostersysteem', rollen: ['MUTEREN'] })).body.data.maakApiToken;
    expect((await new Client(portal.url, token).post('/auth/wachtwoord', { huidig: 'demo', nieuw: 'twaalf tekens of meer' })).status).toBe(401);
  });
});
