import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startTestPortal, type TestPortal } from '../support/portal.js';

let portal: TestPortal;
beforeAll(async () => {
  portal = await startTestPortal();
});
afterAll(() => portal.stop());

describe('POST /auth/login', () => {
  it('logs in with the right password and sets an HttpOnly, SameSite=Strict session cookie', async () => {
    const res = await fetch(`${portal.url}/auth/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'Regisseur@Utrecht.demo', password: 'demo' }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ principal: { soort: 'gemeente', organisatieNaam: 'Utrecht', rollen: ['MUTEREN'] } });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^portaal_sessie=ses_/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
  });

  it('answers a wrong password and an unknown address alike, with 401', async () => {
    const poging = (email: string, password: string) => fetch(`${portal.url}/auth/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }),
    });
    const fout = await poging('regisseur@utrecht.demo', 'fout');
    const onbekend = await poging('niemand@utrecht.demo', 'demo');
    expect([fout.status, onbekend.status]).toEqual([401, 401]);
    const antwoord = await fout.json();
    expect(antwoord).toEqual(await onbekend.json());
    expect(antwoord).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED', domeinCode: 'INLOG_ONJUIST' } }] });
    expect(fout.headers.get('set-cookie')).toBeNull();
  });

  it('takes as long for an unknown address as for a wrong password: both verify an argon2 hash', async () => {
    const duur = async (email: string) => {
      const begin = performance.now();
      const res = await fetch(`${portal.url}/auth/login`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'niet het wachtwoord' }),
      });
      expect(res.status).toBe(401);
      await res.text();
      return performance.now() - begin;
    };
    const fout: number[] = [];
    const onbekend: number[] = [];
    // Alternating, so a busy moment of the machine falls on both.
    for (let i = 0; i < 6; i++) {
      fout.push(await duur('regisseur@utrecht.demo'));
      onbekend.push(await duur(`onbekend-${i}@utrecht.demo`));
    }
    const mediaan = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    // Without the dummy hash an unknown address answers in about a millisecond against argon2's tens: a ratio near 0.05.
    const verhouding = Math.min(mediaan(fout), mediaan(onbekend)) / Math.max(mediaan(fout), mediaan(onbekend));
    expect(verhouding, `wrong password ${mediaan(fout).toFixed(1)} ms, unknown address ${mediaan(onbekend).toFixed(1)} ms`).toBeGreaterThan(0.5);
  });

  it('rejects a login without password with 400', async () => {
    const res = await new Client(portal.url).post('/auth/login', { email: 'regisseur@utrecht.demo' });
    expect(res.status).toBe(400);
    // The shape of a GraphQL error, so a client reads /auth and /graphql alike.
    expect(await res.json()).toEqual({
      errors: [{
        message: 'Vul uw e-mailadres en wachtwoord in.',
        extensions: { code: 'BAD_USER_INPUT', domeinCode: 'INLOG_ONVOLLEDIG', veld: '', fouten: [{ domeinCode: 'INLOG_ONVOLLEDIG', veld: '', melding: 'Vul uw e-mailadres en wachtwoord in.' }] },
      }],
    });
  });

  it('answers a body that is no JSON with 400 ONGELDIG_VERZOEK, in the same shape', async () => {
    const res = await fetch(`${portal.url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email": ' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: [{ message: 'Het verzoek kon niet worden gelezen.', extensions: { code: 'BAD_USER_INPUT', domeinCode: 'ONGELDIG_VERZOEK' } }] });
  });
});

describe('sessions', () => {
  it('GET /auth/me tells who is logged in, and 401 after logout', async () => {
    const client = await Client.login(portal.url, 'taalschool@taalhuis.demo');
    const me = await client.get('/auth/me');
    expect(await me.json()).toMatchObject({ principal: { soort: 'aanbieder', organisatieNaam: 'Taalhuis Midden' } });
    expect((await client.post('/auth/logout', {})).status).toBe(204);
    // The old cookie value no longer works anywhere: the session row is gone.
    const stale = await fetch(`${portal.url}/auth/me`, { headers: { cookie: (client as any).cookie ?? '' } });
    expect(stale.status).toBe(401);
    expect(await stale.json()).toMatchObject({ errors: [{ message: 'U bent niet ingelogd.', extensions: { code: 'UNAUTHENTICATED', domeinCode: 'UNAUTHENTICATED' } }] });
  });

  it('keeps sessions in PostgreSQL, storing only a hash of the token', async () => {
    const res = await fetch(`${portal.url}/auth/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'map@werkpad.demo', password: 'demo' }),
    });
    const token = /portaal_sessie=([^;]+)/.exec(res.headers.get('set-cookie')!)![1]!;
    const rows = await portal.alles().execute<{ token_hash: string }[]>('select token_hash from sessie');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.token_hash.includes(token))).toBe(false);
  });
});

describe('API tokens', () => {
  const MAAK = 'mutation($naam: String!, $rollen: [Rol!]!) { maakApiToken(naam: $naam, rollen: $rollen) { token apiToken { id naam rollen } } }';

  it('a beheer user creates a token; a system uses it on the aanbieder endpoint only; revoked it stops working', async () => {
    const beheer = await Client.login(portal.url, 'taalschool@taalhuis.demo');
    const gemaakt = await beheer.graphql('aanbieder', MAAK, { naam: 'Roostersysteem', rollen: ['RAADPLEGEN', 'MUTEREN'] });
    const { token, apiToken } = gemaakt.body.data.maakApiToken;
    expect(token).toMatch(/^apt_/);

    const systeem = new Client(portal.url, token);
    const mij = await systeem.graphql('aanbieder', '{ mij { soort naam organisatieNaam } }');
    expect(mij.body.data.mij).toEqual({ soort: 'AANBIEDER', naam: 'Roostersysteem', organisatieNaam: 'Taalhuis Midden' });
    expect((await systeem.graphql('gemeente', '{ mij { naam } }')).status).toBe(403);

    const stored = await portal.alles().execute<{ token_hash: string }[]>('select token_hash from api_token');
    expect(stored.some((r) => r.token_hash === token)).toBe(false);

    await beheer.graphql('aanbieder', 'mutation($id: ID!) { trekApiTokenIn(id: $id) { ingetrokkenOp } }', { id: apiToken.id });
    expect((await systeem.graphql('aanbieder', '{ mij { naam } }')).status).toBe(401);
  });

  it('refuses token management without the beheer role', async () => {
    const map = await Client.login(portal.url, 'map@werkpad.demo');
    const res = await map.graphql('aanbieder', MAAK, { naam: 'x', rollen: ['MUTEREN'] });
    expect(res.body.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('refuses a token with the beheer role or without a name', async () => {
    const beheer = await Client.login(portal.url, 'taalschool@taalhuis.demo');
    const res = await beheer.graphql('aanbieder', MAAK, { naam: ' ', rollen: ['BEHEER'] });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', domeinCode: 'API_TOKEN_NAAM_ONGELDIG' });
    expect(res.body.errors?.[0]?.extensions.fouten.map((f: { domeinCode: string }) => f.domeinCode)).toEqual(['API_TOKEN_NAAM_ONGELDIG', 'API_TOKEN_ROL_ONGELDIG']);
  });
});
