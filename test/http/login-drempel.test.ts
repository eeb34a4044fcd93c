import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type PortalConfig } from '../../server/src/config.js';
import { openOrm, type Orm } from '../../server/src/db/orm.js';
import { createPortalApp, type PortalApp } from '../../server/src/http/app.js';
import { startTestPortal, type TestPortal } from '../support/portal.js';

const GRENZEN: PortalConfig['loginGrenzen'] = { perAccount: 3, perAdres: 6, vensterMinuten: 15 };

let portal: TestPortal;
/** A second portal instance on the same database, with its own ORM and pool: what a second container would be. */
let tweede: { url: string; orm: Orm; app: PortalApp; server: Server };
beforeAll(async () => {
  portal = await startTestPortal({}, { loginGrenzen: GRENZEN });
  const orm = await openOrm(portal.databaseUrl, { poolMax: 2 });
  const app = await createPortalApp(orm, { ...loadConfig([], {}), port: 0, jobWorkers: false, loginGrenzen: GRENZEN });
  const server: Server = await new Promise((ok) => {
    const s = app.app.listen(0, '127.0.0.1', () => ok(s));
  });
  const adres = server.address();
  tweede = { url: `http://127.0.0.1:${typeof adres === 'object' && adres ? adres.port : 0}`, orm, app, server };
});
afterAll(async () => {
  tweede.server.closeAllConnections();
  await new Promise<void>((ok) => tweede.server.close(() => ok()));
  await tweede.app.stop();
  await tweede.orm.close();
  await portal.stop();
});

// The portal trusts X-Forwarded-For from loopback (a reverse proxy on the same host), so each test is its own client IP.
async function login(url: string, ip: string, email: string, password: string) {
  const res = await fetch(`${url}/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': ip }, body: JSON.stringify({ email, password }),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), cookie: res.headers.get('set-cookie'), body: await res.json() };
}

async function sessies(email: string): Promise<number> {
  const [rij] = await portal.alles().execute<{ n: number }[]>(
    'select count(*)::int as n from sessie s join gebruiker g on g.id = s.gebruiker_id where g.email = ?', [email]);
  return rij!.n;
}

describe('login throttling, in PostgreSQL across portal instances', () => {
  it('after the account limit of wrong passwords, even the right one is refused with 429, Retry-After and a Dutch message, on another instance too; nothing is written', async () => {
    const email = 'regisseur@amersfoort.demo';
    const ip = '203.0.113.1';
    const voor = await sessies(email);
    for (let i = 0; i < GRENZEN.perAccount; i++) {
      expect((await login(i % 2 ? tweede.url : portal.url, ip, email, `fout ${i}`)).status).toBe(401);
    }
    const geweigerd = await login(tweede.url, ip, email, 'demo');
    expect(geweigerd.status).toBe(429);
    expect(Number(geweigerd.retryAfter)).toBeGreaterThan(0);
    expect(Number(geweigerd.retryAfter)).toBeLessThanOrEqual(GRENZEN.vensterMinuten * 60);
    expect(geweigerd.body.errors[0]).toMatchObject({
      message: expect.stringMatching(/^Te veel mislukte pogingen om in te loggen\. Probeer het over \d+ minuten? opnieuw\.$/),
      extensions: { code: 'TOO_MANY_REQUESTS', domeinCode: 'INLOG_TE_VAAK' },
    });
    expect(geweigerd.cookie).toBeNull();
    expect(await sessies(email)).toBe(voor);
    // The limit is the account's, not the IP's: from another address the account stays locked too.
    expect((await login(portal.url, '203.0.113.2', email, 'demo')).status).toBe(429);
    // Every refusal is in the access log as refused (issue 11 item 4), on whichever instance it happened, with the account.
    const regels = await portal.alles().execute<{ geweigerd: string; n: number }[]>(
      `select i.geweigerd, count(*)::int as n from inzage i join gebruiker g on g.id = i.gebruiker_id
        where g.email = ? and i.actie = 'INLOG_GEWEIGERD' group by i.geweigerd order by 1`, [email]);
    expect(regels).toEqual([{ geweigerd: 'INLOG_ONJUIST', n: GRENZEN.perAccount }, { geweigerd: 'INLOG_TE_VAAK', n: 2 }]);
  });

  it('throttles an unknown address exactly like a known one, so a 429 tells nothing about which addresses exist', async () => {
    const bekend = 'raadpleger@utrecht.demo';
    const onbekend = 'niemand-hier@utrecht.demo';
    const antwoorden = async (email: string, ip: string) => {
      const statussen: number[] = [];
      let laatste: unknown;
      for (let i = 0; i <= GRENZEN.perAccount; i++) {
        const res = await login(portal.url, ip, email, 'geen wachtwoord');
        statussen.push(res.status);
        laatste = res.body;
      }
      return { statussen, laatste };
    };
    const a = await antwoorden(bekend, '203.0.113.3');
    const b = await antwoorden(onbekend, '203.0.113.4');
    expect(a.statussen).toEqual([401, 401, 401, 429]);
    expect(b.statussen).toEqual(a.statussen);
    expect(b.laatste).toEqual(a.laatste);
  });

  it('after the address limit, one IP is refused for every account; another IP is not', async () => {
    const ip = '203.0.113.5';
    const accounts = ['a1@x.demo', 'a2@x.demo', 'a3@x.demo', 'a4@x.demo', 'a5@x.demo', 'a6@x.demo'];
    for (const email of accounts) expect((await login(portal.url, ip, email, 'fout')).status).toBe(401);
    expect((await login(tweede.url, ip, 'map@werkpad.demo', 'demo')).status).toBe(429);
    expect((await login(tweede.url, '203.0.113.6', 'map@werkpad.demo', 'demo')).status).toBe(200);
  });

  it('a successful login clears the account counter and does not count against the IP', async () => {
    const email = 'taalschool@taalhuis.demo';
    const ip = '203.0.113.7';
    for (let ronde = 0; ronde < 2; ronde++) {
      for (let i = 0; i < GRENZEN.perAccount - 1; i++) expect((await login(portal.url, ip, email, 'fout')).status).toBe(401);
      expect((await login(portal.url, ip, email, 'demo')).status).toBe(200);
    }
    // 4 failures and 2 successes from this IP so far; were the successes counted, the next failure would be over 6.
    for (let i = 0; i < 2; i++) expect((await login(portal.url, ip, email, 'fout')).status).toBe(401);
    expect((await login(portal.url, ip, email, 'demo')).status).toBe(429);
  });

  it('keeps neither addresses nor IPs in plain text in its table', async () => {
    const rijen = await portal.alles().execute<{ key: string }[]>('select key from inlog_drempel');
    expect(rijen.length).toBeGreaterThan(0);
    expect(rijen.every((r) => /^(account|adres):[0-9a-f]{64}$/.test(r.key))).toBe(true);
  });
});
