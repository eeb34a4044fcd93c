import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakWereld } from '../support/fixtures.js';
import { startTestPortal, type TestPortal } from '../support/portal.js';
import { FuzzKlant } from './klant.js';
import { foutenInAntwoord, foutenInTellingen, kort, leesAntwoord, verschil } from './controle.js';
import { introspecteer, maakCase, operaties, type FuzzCase } from './operaties.js';
import { fuzzInstellingen, Kans, rapporteer, replay } from './prng.js';
import { Tabellen } from './tabellen.js';
import type { Ids } from './waarden.js';

const BESTAND = 'test/fuzz/graphql.fuzz.test.ts';
const { seed, cases } = fuzzInstellingen(1_000);
const TIMEOUT_MS = 10_000;

/** Who fuzzes which endpoint: users with the widest rights there, so most operations get past the role check. */
const GEBRUIKERS = {
  aanbieder: { email: 'taalschool@taalhuis.demo', rollen: '{MUTEREN,BEHEER}', organisatie: ['aanbieder', 'Taalhuis Midden'] },
  gemeente: { email: 'regisseur@utrecht.demo', rollen: '{MUTEREN}', organisatie: ['gemeente', 'Utrecht'] },
} as const;

let portal: TestPortal;
let tabellen: Tabellen;

beforeAll(async () => {
  console.log(`[fuzz graphql] seed ${seed}, ${cases} cases; replay: ${replay(seed, BESTAND)}`);
  portal = await startTestPortal();
  await maakWereld(portal.eigenaar); // a second world of tenants: more real ids that are not the user's
  tabellen = await Tabellen.open(portal.databaseUrl, portal.eigenaarUrl);
}, 120_000);

afterAll(async () => {
  await tabellen?.close();
  await portal?.stop();
});

function tel(m: Map<string, number>, k: string) {
  m.set(k, (m.get(k) ?? 0) + 1);
}

interface Bevinding { case: FuzzCase; problemen: string[]; antwoord: string }

async function fuzz(endpoint: 'aanbieder' | 'gemeente', aantal: number, kans: Kans) {
  const wie = GEBRUIKERS[endpoint];
  let client = await FuzzKlant.login(portal.url, wie.email);
  const schema = await introspecteer(client, endpoint);
  // FUZZ_OPERATIES=<regex> narrows the run to matching operations (to dig into one finding); the default is all.
  const filter = process.env.FUZZ_OPERATIES ? new RegExp(process.env.FUZZ_OPERATIES) : undefined;
  const lijst = operaties(schema).filter((o) => !filter || filter.test(o.veld.name));
  if (lijst.length === 0) return { bevindingen: [], operaties: 0 };
  const [tabel, naam] = wie.organisatie;
  const ids: Ids = await tabellen.ids(`${tabel}_id`, await tabellen.organisatie(tabel, naam));
  let volgnummer = 0;
  const perOperatie = new Map<string, number>();
  const bevindingen: Bevinding[] = [];
  const start = Date.now();
  const tijden: [number, string][] = [];
  const uitkomsten = new Map<string, number>();
  // Cases run one after another and nothing else writes, so one case's "after" is the next one's "before".
  let voor = (await tabellen.tel()).tellingen;

  for (let i = 0; i < aantal; i++) {
    const operatie = lijst[i % lijst.length]!;
    const c = maakCase(endpoint, operatie, { kans, ids, operatie: operatie.veld.name, volgnummer: () => ++volgnummer });
    perOperatie.set(c.operatie, (perOperatie.get(c.operatie) ?? 0) + 1);
    const t0 = Date.now();
    const problemen: string[] = [];
    let tekst = '';
    try {
      const res = await client.post(`/graphql/${endpoint}`, JSON.stringify({ query: c.query, variables: c.variables }), 'application/json', TIMEOUT_MS);
      const antwoord = await leesAntwoord(res);
      tekst = antwoord.text;
      tijden.push([Date.now() - t0, `${c.operatie} [${c.strategie}] ${kort(c.variables).slice(0, 150)}`]);
      for (const e of antwoord.body?.errors ?? []) tel(uitkomsten, String(e.extensions?.domeinCode ?? e.extensions?.code));
      if (!antwoord.body?.errors?.length) tel(uitkomsten, '(geen fout)');
      problemen.push(...foutenInAntwoord(antwoord));
      const na = await tabellen.tel();
      problemen.push(...foutenInTellingen(c.soort, c.operatie, c.variables, antwoord, verschil(voor, na.tellingen)));
      if (na.open > 0) problemen.push(`transactions left open: ${kort(await tabellen.openTransacties())}`);
      voor = na.tellingen;
    } catch (error) {
      problemen.push(`no answer within ${TIMEOUT_MS} ms or connection failed: ${String(error)}`);
      const open = await tabellen.openTransacties();
      if (open.length > 0) problemen.push(`transactions left open: ${kort(open)}`);
      voor = (await tabellen.tel()).tellingen;
    }
    if (problemen.length > 0) {
      bevindingen.push({ case: c, problemen, antwoord: tekst.slice(0, 1_000) });
      rapporteer({ seed, bestand: BESTAND, ...c, problemen, antwoord: tekst.slice(0, 1_000) });
      console.error(`[fuzz graphql] FAILED case ${i} (seed ${seed}): ${c.operatie} [${c.strategie}]\n  ${problemen.join('\n  ')}\n  query: ${c.query.slice(0, 300)}\n  variables: ${kort(c.variables).slice(0, 2_000)}\n  response: ${tekst.slice(0, 600)}\n  replay: ${replay(seed, BESTAND)}`);
    }
    // A case may legitimately take the user's own rights away (roles, a token); put them back, outside the counting.
    if (/rollen|actief/i.test(c.operatie)) await tabellen.herstelGebruiker(wie.email, wie.rollen);
    if (/^(wijzigRollen|zetGebruikerActief)$/.test(c.operatie)) {
      client = await FuzzKlant.login(portal.url, wie.email);
      voor = (await tabellen.tel()).tellingen; // the new session is ours, not the case's
    }
  }
  const duur = Date.now() - start;
  console.log(`[fuzz graphql] /graphql/${endpoint} as ${wie.email}: ${aantal} cases over ${perOperatie.size} operations in ${duur} ms, seed ${seed}\n  ${[...perOperatie].map(([op, n]) => `${op} ×${n}`).join(', ')}`);
  console.log(`[fuzz graphql] /graphql/${endpoint} outcomes: ${[...uitkomsten].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  console.log(`[fuzz graphql] slowest: ${tijden.sort((a, b) => b[0] - a[0]).slice(0, 5).map(([ms, w]) => `${ms} ms ${w}`).join('\n  ')}`);
  return { bevindingen, operaties: lijst.length };
}

describe(`GraphQL fuzz from introspection (seed ${seed})`, () => {
  for (const endpoint of ['aanbieder', 'gemeente'] as const) {
    // One stream per endpoint, so either test replays alone (vitest -t) as it ran.
    const kans = new Kans(seed + (endpoint === 'gemeente' ? 1 : 0));
    it(`/graphql/${endpoint}: never a 5xx or INTERNAL_SERVER_ERROR, a domeinCode on every error, rows change only as reported`, async () => {
      const { bevindingen, operaties: aantalOperaties } = await fuzz(endpoint, Math.ceil(cases / 2), kans);
      if (!process.env.FUZZ_OPERATIES) expect(aantalOperaties).toBeGreaterThan(10);
      const samenvatting = bevindingen.map((b) => `${b.case.operatie} [${b.case.strategie}]: ${b.problemen.join('; ')} | variables ${kort(b.case.variables).slice(0, 400)}`);
      expect(samenvatting, `seed ${seed}; replay: ${replay(seed, BESTAND)}`).toEqual([]);
    }, 300_000);
  }
});
