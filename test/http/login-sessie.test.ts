import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthService } from '../../server/src/modules/auth/auth.service.js';
import { Client, startTestPortal, type TestPortal } from '../support/portal.js';

const statements: string[] = [];
let portal: TestPortal;
beforeAll(async () => {
  portal = await startTestPortal({ onQuery: (sql) => statements.push(sql) }, { sessionIdleMinutes: 30 });
});
afterAll(() => portal.stop());

const sql = (tekst: string, params: unknown[] = []) => portal.alles().execute(tekst, params);
/** Moves the last activity of every session of `email` back by `minuten`, as if that much time had passed unused. */
const verschuif = (email: string, minuten: number) =>
  sql(`update sessie set laatste_activiteit_op = now() - make_interval(mins => ?) where gebruiker_id = (select id from gebruiker where email = ?)`, [minuten, email]);
const laatsteActiviteit = async (email: string) =>
  ((await sql(`select extract(epoch from now() - s.laatste_activiteit_op)::int as s from sessie s join gebruiker g on g.id = s.gebruiker_id where g.email = ?`, [email])) as { s: number }[])[0]!.s;

/** The statements one request ran, from the ORM's log. */
async function gemeten(verzoek: () => Promise<Response>): Promise<{ status: number; statements: string[] }> {
  const van = statements.length;
  const res = await verzoek();
  await res.text();
  return { status: res.status, statements: statements.slice(van) };
}

describe('sessions end after an idle time besides their lifetime', () => {
  it('a session unused for longer than SESSION_IDLE_MINUTES is refused with 401; one used within it goes on', async () => {
    const actief = await Client.login(portal.url, 'regisseur@utrecht.demo');
    const stil = await Client.login(portal.url, 'raadpleger@utrecht.demo');
    await verschuif('regisseur@utrecht.demo', 29);
    await verschuif('raadpleger@utrecht.demo', 31);
    expect((await actief.get('/auth/me')).status).toBe(200);
    expect((await actief.graphql('gemeente', '{ mij { naam } }')).status).toBe(200);
    const verlopen = await stil.get('/auth/me');
    expect(verlopen.status).toBe(401);
    expect(await verlopen.json()).toMatchObject({ errors: [{ extensions: { domeinCode: 'UNAUTHENTICATED' } }] });
    expect((await stil.graphql('gemeente', '{ mij { naam } }')).status).toBe(401);
  });

  it('writes the last activity at most once a minute: a request normally runs one statement for its principal and writes nothing', async () => {
    const client = await Client.login(portal.url, 'beheer@utrecht.demo');
    // Just logged in: the activity is fresh, so each request is one select and no write.
    for (let i = 0; i < 3; i++) {
      const { status, statements: s } = await gemeten(() => client.get('/auth/me'));
      expect(status).toBe(200);
      expect(s.filter((q) => /aanmelden_sessie|from sessie|update sessie/i.test(q))).toHaveLength(1);
      expect(s.some((q) => /update sessie/i.test(q))).toBe(false);
    }
    // Older than a minute: the next request writes it once, the one after does not.
    await verschuif('beheer@utrecht.demo', 2);
    const eerste = await gemeten(() => client.get('/auth/me'));
    expect(eerste.statements.filter((q) => /update sessie set laatste_activiteit_op/i.test(q))).toHaveLength(1);
    expect(await laatsteActiviteit('beheer@utrecht.demo')).toBeLessThan(5);
    const tweede = await gemeten(() => client.get('/auth/me'));
    expect(tweede.statements.some((q) => /update sessie/i.test(q))).toBe(false);
  });
});

describe('removing ended sessions (for the session clean-up job)', () => {
  it('removes the rows of sessions past their lifetime or idle too long, and keeps the others', async () => {
    const blijft = await Client.login(portal.url, 'pvt@kompas.demo');
    await Client.login(portal.url, 'regisseur@amersfoort.demo');
    await verschuif('regisseur@amersfoort.demo', 31);
    await sql(`update sessie set verloopt_op = now() - interval '1 second' where gebruiker_id = (select id from gebruiker where email = 'raadpleger@utrecht.demo')`);
    const aantal = async (email: string) => ((await sql(`select count(*)::int as n from sessie s join gebruiker g on g.id = s.gebruiker_id where g.email = ?`, [email])) as { n: number }[])[0]!.n;
    expect(await aantal('regisseur@amersfoort.demo')).toBeGreaterThan(0);

    expect(await new AuthService(portal.orm.em.fork(), 8, 30).verwijderVerlopenSessies()).toBeGreaterThan(0);
    expect(await aantal('regisseur@amersfoort.demo')).toBe(0);
    expect(await aantal('raadpleger@utrecht.demo')).toBe(0);
    expect(await aantal('pvt@kompas.demo')).toBe(1);
    expect((await blijft.get('/auth/me')).status).toBe(200);
  });
});

describe('GET /auth/me', () => {
  it('is never cached: Cache-Control no-store, logged in or not', async () => {
    const client = await Client.login(portal.url, 'map@werkpad.demo');
    const ingelogd = await client.get('/auth/me');
    expect(ingelogd.status).toBe(200);
    expect(ingelogd.headers.get('cache-control')).toBe('no-store');
    const zonder = await fetch(`${portal.url}/auth/me`);
    expect(zonder.status).toBe(401);
    expect(zonder.headers.get('cache-control')).toBe('no-store');
  });
});
