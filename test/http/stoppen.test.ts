import { Agent, request, type ClientRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bouwServer, startPortaalproces, type PortaalProces } from '../support/portaalproces.js';

// The built portal as its own process: a SIGTERM under load must not cut off anyone whose request was already in.
const IN_VLUCHT = 30;
// Generous: 30 GraphQL requests on a 2-core machine shared with other work take a few seconds.
const GRENS_MS = 15_000;
const VRAAG = JSON.stringify({ query: '{ deelnemers(first: 10) { totalCount nodes { achternaam trajecten { id } } } }' });

interface Antwoord {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * A request whose headers are sent now and whose body follows when `rest()` is called: from the server's point of
 * view it is in flight (a slow client, a large upload) from the first byte until it has answered.
 */
function halfVerstuurd(url: string, cookie: string): { rest: () => void; antwoord: Promise<Antwoord> } {
  const body = Buffer.from(VRAAG);
  let req!: ClientRequest;
  const antwoord = new Promise<Antwoord>((ok, fout) => {
    req = request(`${url}/graphql/aanbieder`, {
      method: 'POST',
      agent: new Agent({ keepAlive: true }), // its own socket, which the client would like to keep
      headers: { 'content-type': 'application/json', 'content-length': body.length, cookie },
    }, (res) => {
      let tekst = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (tekst += chunk));
      res.on('end', () => ok({ status: res.statusCode!, headers: res.headers, body: tekst }));
      res.on('error', fout);
    });
    req.on('error', fout);
  });
  req.flushHeaders();
  req.write(body.subarray(0, 10));
  return { rest: () => req.end(body.subarray(10)), antwoord };
}

async function cookieVan(url: string): Promise<string> {
  const res = await fetch(`${url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'taalschool@taalhuis.demo', password: 'demo' }),
  });
  expect(res.status).toBe(200);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));

let eerste: PortaalProces | undefined;
beforeAll(() => bouwServer(), 180_000);
afterAll(async () => {
  await eerste?.opruimen();
});

describe('stopping the portal (SIGTERM)', () => {
  it('lets 30 requests in flight finish, answers /readyz and new requests 503, then exits 0 within the bound', { timeout: 180_000 }, async () => {
    eerste = await startPortaalproces({ env: { SHUTDOWN_TIMEOUT_MS: String(GRENS_MS) } });
    const portaal = eerste;
    const cookie = await cookieVan(portaal.url);
    // The query works before the stop: the same request, sent whole.
    const vooraf = await fetch(`${portaal.url}/graphql/aanbieder`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: VRAAG });
    expect(vooraf.status).toBe(200);
    await vooraf.text();

    const lopend = Array.from({ length: IN_VLUCHT }, () => halfVerstuurd(portaal.url, cookie));
    await wacht(1_000); // every request's headers have reached the server
    const sigterm = performance.now();
    portaal.kill('SIGTERM');
    await wacht(300);

    const ready = await fetch(`${portaal.url}/readyz`);
    expect(ready.status).toBe(503);
    const nieuw = await fetch(`${portaal.url}/graphql/aanbieder`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: VRAAG });
    expect(nieuw.status).toBe(503);
    expect(nieuw.headers.get('retry-after')).toBe('5');
    expect(nieuw.headers.get('connection')).toBe('close');
    expect((await nieuw.json()).errors[0].extensions).toMatchObject({ code: 'UNAVAILABLE', domeinCode: 'PORTAAL_STOPT' });
    expect((await fetch(`${portaal.url}/healthz`)).status).toBe(200); // the process still lives while it drains

    // The slow clients now send the rest, spread over a second: each is answered in full.
    for (const [i, verzoek] of lopend.entries()) setTimeout(verzoek.rest, (i * 1_000) / IN_VLUCHT);
    const antwoorden = await Promise.all(lopend.map((v, i) => v.antwoord.catch((error: Error) => {
      throw new Error(`request ${i}: ${error.message} after ${Math.round(performance.now() - sigterm)} ms\n${portaal.uitvoer()}`);
    })));
    expect(antwoorden.map((a) => a.status)).toEqual(Array(IN_VLUCHT).fill(200));
    for (const a of antwoorden) {
      expect(JSON.parse(a.body).data.deelnemers.totalCount).toBeGreaterThan(0);
      expect(a.headers.connection).toBe('close'); // a keep-alive client opens a new connection elsewhere
    }

    const afloop = await portaal.wachtOpAfloop(GRENS_MS + 5_000);
    expect(afloop).toEqual({ code: 0, signal: null });
    expect(performance.now() - sigterm).toBeLessThan(GRENS_MS);
    expect(portaal.uitvoer()).not.toMatch(/afgebroken/);
  });

  it('closes a request that does not finish once the bound has passed, stops PostgreSQL and exits 0', { timeout: 180_000 }, async () => {
    // The first test's data dir: its cluster was stopped cleanly, so this start finds it ready and seeded.
    const portaal = await startPortaalproces({ dataDir: eerste?.dataDir, env: { SHUTDOWN_TIMEOUT_MS: '1500' } });
    try {
      const hangt = halfVerstuurd(portaal.url, await cookieVan(portaal.url));
      const afgebroken = hangt.antwoord.then(() => 'antwoord', () => 'afgebroken');
      await wacht(500);
      const sigterm = performance.now();
      portaal.kill('SIGTERM');
      expect(await portaal.wachtOpAfloop(1_500 + 5_000)).toEqual({ code: 0, signal: null });
      expect(performance.now() - sigterm).toBeGreaterThanOrEqual(1_400);
      expect(await afgebroken).toBe('afgebroken');
      expect(portaal.uitvoer()).toMatch(/1 van 1 lopende verzoek\(en\) na 1500 ms afgebroken/);
    } finally {
      await portaal.opruimen();
    }
  });
});
