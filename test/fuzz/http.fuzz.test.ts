import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPortal, type TestPortal } from '../support/portal.js';
import { foutenInAntwoord, kort, leesAntwoord, verschil, LOGTABELLEN } from './controle.js';
import { FuzzKlant } from './klant.js';
import { fuzzInstellingen, Kans, rapporteer, replay } from './prng.js';
import { Tabellen } from './tabellen.js';
import { RARE_TEKSTEN, rareTekst } from './waarden.js';

const BESTAND = 'test/fuzz/http.fuzz.test.ts';
// FUZZ_CASES sizes the GraphQL run; each test here takes a fifth of it.
const { seed, cases: gevraagd } = fuzzInstellingen(1_000);
const cases = Math.max(40, Math.ceil(gevraagd / 5));

let portal: TestPortal;
let tabellen: Tabellen;

beforeAll(async () => {
  console.log(`[fuzz http] seed ${seed}, ${cases} cases per test; replay: ${replay(seed, BESTAND)}`);
  portal = await startTestPortal();
  tabellen = await Tabellen.open(portal.databaseUrl, portal.eigenaarUrl);
}, 120_000);

afterAll(async () => {
  await tabellen?.close();
  await portal?.stop();
});

/** Just past express.json's limit (5 MB): the parser refuses it with 413. */
const TE_GROOT = `{"query":"{ mij { naam } }","x":"${'x'.repeat(5 * 1024 * 1024 + 10)}"}`;
const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x', 'application/graphql', 'application/xml', '', 'application/json; charset=latin1', 'application/*'];

function kapotteJson(kans: Kans, geldig: string): string {
  const r = kans.int(0, 9);
  if (r === 0) return geldig.slice(0, kans.int(0, geldig.length - 1)); // cut off
  if (r === 1) return geldig.replace(/"/g, "'");
  if (r === 2) return `${geldig},`;
  if (r === 3) return kans.kies(['', 'null', '[]', '42', '"tekst"', 'true', '{', '}', '\u0000', '\uFEFF{}', '{"a":1,"a":2}']);
  if (r === 4) return `[${geldig},${geldig}]`; // a batch
  if (r === 5) return `{"__proto__":{"admin":true},${geldig.slice(1)}`;
  if (r === 6) return geldig.replace(/:/, ':: ');
  if (r === 7) return `${'['.repeat(5_000)}${']'.repeat(5_000)}`;
  if (r === 8) return Buffer.from(geldig, 'utf8').toString('latin1');
  return geldig;
}

/** Documents a GraphQL server must refuse cleanly: broken syntax, limits, subscriptions, unknown fields, bad extensions. */
function kapotteGraphql(kans: Kans): Record<string, unknown> {
  const geldig = '{ mij { naam rollen } }';
  return kans.kies<() => Record<string, unknown>>([
    () => ({ query: geldig.slice(0, kans.int(1, geldig.length - 1)) }),
    () => ({ query: '{ mij { naam ' }),
    () => ({ query: 'subscription { mij { naam } }' }),
    () => ({ query: 'subscription S { onbekend }' }),
    () => ({ query: '{ bestaatNiet }' }),
    () => ({ query: '{ mij { bestaatNiet } }' }),
    () => ({ query: '{ mij }' }),
    () => ({ query: 'query A { mij { naam } } query B { mij { naam } }' }),
    () => ({ query: 'query A { mij { naam } }', operationName: 'B' }),
    () => ({ query: 'query A { mij { naam } }', operationName: 42 }),
    () => ({ query: 42 }),
    () => ({ query: null }),
    () => ({ query: ['{ mij { naam } }'] }),
    () => ({}),
    () => ({ query: geldig, variables: '{"x":' }),
    () => ({ query: geldig, variables: [1, 2] }),
    () => ({ query: geldig, variables: 'tekst' }),
    () => ({ query: geldig, extensions: { persistedQuery: { version: 1, sha256Hash: 'onzin' } } }),
    () => ({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
    () => ({ query: geldig, extensions: { persistedQuery: { version: 2, sha256Hash: 'a'.repeat(64) } } }),
    () => ({ query: geldig, extensions: 'x' }),
    () => ({ query: `{ ${Array.from({ length: 12 }, (_, i) => `a${i}: mij { naam }`).join(' ')} }` }),
    () => ({ query: `{ mij ${'{ naam '.repeat(15)}${'}'.repeat(15)} }` }),
    () => ({ query: `{ mij { naam ${'@include(if: true) '.repeat(12)} } }` }),
    () => ({ query: `{ ${'mij { naam } '.repeat(2_000)} }` }),
    () => ({ query: 'query($x: Onbekend) { mij { naam } }', variables: { x: 1 } }),
    () => ({ query: 'query($x: Int!) { mij { naam } }' }),
    () => ({ query: 'fragment F on Mij { ...F naam } { mij { ...F } }' }),
    () => ({ query: '{ __type(name: "\u0000") { name } }' }),
    () => ({ query: `{ mij { naam } } # ${'x'.repeat(100_000)}` }),
    () => ({ query: rareTekst(geldig, kans) }),
    () => ({ query: 'mutation { mij { naam } }' }),
    () => ({ query: '{ mij { naam } }', variables: { ['\u0000']: 1 } }),
  ])();
}

/** Any text as a cookie value: its UTF-8 bytes, percent-encoded where a header may not hold them as they are. */
function cookieWaarde(tekst: string): string {
  return [...Buffer.from(tekst, 'utf8')].map((b) => (b > 0x20 && b < 0x7f && b !== 0x25 && b !== 0x3b && b !== 0x2c ? String.fromCharCode(b) : `%${b.toString(16).padStart(2, '0')}`)).join('');
}

/** Cookie headers that are broken in themselves: bad percent-encoding, the cookie twice, no value, no name. */
const RARE_COOKIES = ['portaal_sessie=%ZZ', 'portaal_sessie=%', 'portaal_sessie=a; portaal_sessie=b', 'portaal_sessie', 'portaal_sessie=', '=x', ';;;', 'portaal_sessie="unterminated'];

interface Bevinding { wat: string; problemen: string[]; antwoord: string }

function meld(bevindingen: Bevinding[], wat: string, problemen: string[], antwoord: string) {
  if (problemen.length === 0) return;
  bevindingen.push({ wat, problemen, antwoord: antwoord.slice(0, 600) });
  rapporteer({ seed, bestand: BESTAND, wat, problemen, antwoord: antwoord.slice(0, 600) });
  console.error(`[fuzz http] FAILED (seed ${seed}): ${wat}\n  ${problemen.join('\n  ')}\n  response: ${antwoord.slice(0, 600)}\n  replay: ${replay(seed, BESTAND)}`);
}

/** Changes outside the log tables, and those the case allows (a new session on login, ...). */
function onverwacht(delta: Record<string, number>, toegestaan: Record<string, [number, number]> = {}): string[] {
  return Object.entries(delta)
    .filter(([t, d]) => !(t in LOGTABELLEN && d > 0) && !(toegestaan[t] && d >= toegestaan[t][0] && d <= toegestaan[t][1]))
    .map(([t, d]) => `table ${t} changed by ${d}`);
}

function samenvatting(bevindingen: Bevinding[]): string[] {
  return bevindingen.map((b) => `${b.wat}: ${b.problemen.join('; ')}`);
}

describe(`HTTP and /auth fuzz (seed ${seed})`, () => {
  it('/graphql/*: broken JSON and GraphQL, wrong content types, bodies over the limit are refused in the coded shape, and write nothing', async () => {
    const kans = new Kans(seed);
    const klanten = {
      aanbieder: await FuzzKlant.login(portal.url, 'taalschool@taalhuis.demo'),
      gemeente: await FuzzKlant.login(portal.url, 'regisseur@utrecht.demo'),
      niemand: new FuzzKlant(portal.url),
    };
    const bevindingen: Bevinding[] = [];
    const start = Date.now();
    for (let i = 0; i < cases; i++) {
      const endpoint = kans.kies(['aanbieder', 'gemeente'] as const);
      const wie = kans.soms(0.85) ? endpoint : kans.kies(['aanbieder', 'gemeente', 'niemand'] as const);
      const klant = klanten[wie];
      const document = kapotteGraphql(kans);
      const r = kans.getal();
      const body = r < 0.01 ? TE_GROOT : r < 0.35 ? kapotteJson(kans, JSON.stringify(document)) : JSON.stringify(document);
      const contentType = kans.soms(0.75) ? 'application/json' : kans.kies(CONTENT_TYPES);
      const wat = `case ${i}: POST /graphql/${endpoint} as ${wie}, content-type "${contentType}", body ${kort(body.length > 300 ? `${body.slice(0, 200)}…(${body.length} chars)` : body)}`;
      const voor = (await tabellen.tel()).tellingen;
      try {
        const antwoord = await leesAntwoord(await klant.post(`/graphql/${endpoint}`, body, contentType));
        const problemen = foutenInAntwoord(antwoord);
        if (antwoord.status < 400 && !antwoord.body?.errors?.length && antwoord.body?.data === undefined) problemen.push('a 2xx without data or errors');
        problemen.push(...onverwacht(verschil(voor, (await tabellen.tel()).tellingen)));
        meld(bevindingen, wat, problemen, antwoord.text);
      } catch (error) {
        meld(bevindingen, wat, [`no answer: ${String(error)}`], '');
      }
    }
    // Every run, whatever the seed: a body over the limit to each endpoint, a 413 in the coded shape.
    for (const pad of ['/graphql/aanbieder', '/graphql/gemeente', '/auth/login', '/auth/wachtwoord']) {
      const voor = (await tabellen.tel()).tellingen;
      const antwoord = await leesAntwoord(await klanten[pad.includes('gemeente') ? 'gemeente' : 'aanbieder'].post(pad, TE_GROOT));
      const problemen = foutenInAntwoord(antwoord);
      if (antwoord.status !== 413) problemen.push(`HTTP ${antwoord.status} for a body over the limit, not 413`);
      meld(bevindingen, `POST ${pad} with a body of ${TE_GROOT.length} bytes`, [...problemen, ...onverwacht(verschil(voor, (await tabellen.tel()).tellingen))], antwoord.text);
    }
    // GET is for queries only (Apollo); a mutation over GET and a GET without a query are refused in the same shape.
    for (const pad of ['/graphql/aanbieder', '/graphql/aanbieder?query=%7B%20mij%20%7B%20naam%20%7D%20%7D', '/graphql/aanbieder?query=mutation%20%7B%20x%20%7D', '/graphql/gemeente?query=%7B&variables=%7B']) {
      const voor = (await tabellen.tel()).tellingen;
      const antwoord = await leesAntwoord(await klanten.aanbieder.get(pad));
      meld(bevindingen, `GET ${pad}`, [...foutenInAntwoord(antwoord), ...onverwacht(verschil(voor, (await tabellen.tel()).tellingen))], antwoord.text);
    }
    console.log(`[fuzz http] /graphql/* and bodies over the limit: ${cases + 8} cases in ${Date.now() - start} ms, seed ${seed}`);
    expect(samenvatting(bevindingen), `seed ${seed}; replay: ${replay(seed, BESTAND)}`).toEqual([]);
  }, 300_000);

  it('/auth/login, /auth/wachtwoord, /auth/me, /auth/logout: garbage in, a coded answer out; sessions change only when it said so', async () => {
    const kans = new Kans(seed + 1);
    const bevindingen: Bevinding[] = [];
    // A user of its own for /auth/wachtwoord, so the other tests' users keep their password.
    const beheer = await FuzzKlant.login(portal.url, 'beheer@utrecht.demo');
    const gemaakt = await beheer.graphql<{ maakGebruiker: { initieelWachtwoord: string } }>('gemeente',
      'mutation($input: MaakGebruikerInput!) { maakGebruiker(input: $input) { initieelWachtwoord } }',
      { input: { naam: 'Fuzz Wachtwoord', email: 'fuzz-wachtwoord@utrecht.demo', rollen: ['RAADPLEGEN'] } });
    let wachtwoord = gemaakt.body.data!.maakGebruiker.initieelWachtwoord;
    const EMAIL = 'fuzz-wachtwoord@utrecht.demo';
    const rommel = () => kans.kies<() => unknown>([
      () => rareTekst(kans.kies(['demo', EMAIL, 'regisseur@utrecht.demo']), kans), () => kans.kies(RARE_TEKSTEN),
      () => 42, () => null, () => true, () => ['demo'], () => ({ $ne: '' }), () => '', () => 'x'.repeat(kans.kies([200, 5_000, 1_000_000])),
    ])();
    let sessie: FuzzKlant | undefined;
    const start = Date.now();
    for (let i = 0; i < cases; i++) {
      const route = kans.kies(['login', 'login', 'wachtwoord', 'wachtwoord', 'me', 'logout'] as const);
      // Half the cases in a live session, kept across cases (argon2 makes every login cost); the rest without one.
      if (kans.soms(0.5)) sessie ??= await FuzzKlant.login(portal.url, EMAIL, wachtwoord);
      const klant = sessie && kans.soms(0.5) ? sessie : new FuzzKlant(portal.url);
      if (klant !== sessie && kans.soms(0.3)) klant.cookie = kans.soms(0.8) ? `portaal_sessie=${cookieWaarde(String(rommel()))}` : kans.kies(RARE_COOKIES);
      let body: string;
      let toegestaan: Record<string, [number, number]> = {};
      if (route === 'login') {
        // Now and then the real credentials, so a success (one new session) is checked too.
        const goed = kans.soms(0.2);
        const velden = goed ? { email: EMAIL, password: wachtwoord } : { email: kans.soms(0.6) ? rommel() : EMAIL, password: kans.soms(0.6) ? rommel() : wachtwoord };
        body = JSON.stringify(kans.soms(0.1) ? { ...velden, extra: rommel() } : velden);
      } else if (route === 'wachtwoord') {
        const nieuw = kans.soms(0.4) ? `nieuw wachtwoord ${i} ${kans.int(0, 1e6)}` : rommel();
        body = JSON.stringify({ huidig: kans.soms(0.6) ? wachtwoord : rommel(), nieuw });
      } else {
        body = '';
      }
      if (route !== 'me' && kans.soms(0.15)) body = kapotteJson(kans, body || '{}');
      if (route !== 'me' && kans.soms(0.01)) body = TE_GROOT;
      const contentType = kans.soms(0.85) ? 'application/json' : kans.kies(CONTENT_TYPES);
      const wat = `case ${i}: ${route === 'me' ? 'GET' : 'POST'} /auth/${route} ${klant.cookie ? 'with a session cookie' : 'without a session'}, content-type "${contentType}", body ${kort(body.length > 300 ? `${body.slice(0, 200)}…(${body.length} chars)` : body)}`;
      const voor = (await tabellen.tel()).tellingen;
      try {
        const res = route === 'me' ? await klant.get('/auth/me') : await klant.post(`/auth/${route}`, body, contentType);
        const antwoord = await leesAntwoord(res);
        // logout answers 204 without a body; everything else is JSON.
        // Narrow exception: a cookie header past Node's 16 KB header limit is answered 431 by Node's HTTP parser
        // itself, before express or any portal code runs; that answer has no body of ours.
        const doorNode = antwoord.status === 431 && (klant.cookie?.length ?? 0) > 16_000;
        const problemen = doorNode ? [] : foutenInAntwoord(antwoord, !(route === 'logout' && antwoord.status === 204));
        if (!doorNode && antwoord.status >= 400 && !antwoord.body?.errors?.length) problemen.push(`HTTP ${antwoord.status} without errors[]`);
        // Only what the route reported: a login that succeeded adds a session, a logout removes at most one,
        // a changed password ends the user's other sessions.
        // A login attempt counts in the throttle (inlog_drempel: an address's and an IP's row; a success clears the first).
        if (route === 'login') toegestaan = { inlog_drempel: [-1, 2] };
        if (route === 'login' && antwoord.status === 200) toegestaan = { sessie: [1, 1], inlog_drempel: [-1, 2] };
        if (route === 'logout') toegestaan = { sessie: [-1, 0] };
        if (route === 'wachtwoord' && antwoord.status === 200) {
          toegestaan = { sessie: [-1_000, 0], beheer_log: [1, 1] }; // WACHTWOORD_GEWIJZIGD is logged
          const gestuurd = (JSON.parse(body) as { huidig?: unknown; nieuw?: unknown });
          if (typeof gestuurd.nieuw !== 'string' || typeof gestuurd.huidig !== 'string') problemen.push(`a password that is not text was accepted: ${kort(gestuurd)}`);
          else wachtwoord = gestuurd.nieuw;
        }
        problemen.push(...onverwacht(verschil(voor, (await tabellen.tel()).tellingen), toegestaan));
        if (klant === sessie && route === 'logout') sessie = undefined;
        meld(bevindingen, wat, problemen, antwoord.text);
      } catch (error) {
        meld(bevindingen, wat, [`no answer: ${String(error)}`], '');
      }
    }
    console.log(`[fuzz http] /auth/*: ${cases} cases in ${Date.now() - start} ms, seed ${seed}`);
    expect(samenvatting(bevindingen), `seed ${seed}; replay: ${replay(seed, BESTAND)}`).toEqual([]);
  }, 300_000);
});
