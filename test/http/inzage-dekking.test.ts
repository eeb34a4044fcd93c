import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gevraagdeIds } from '../../server/src/graphql/weigeringen.js';
import { ALLEEN_TELLINGEN } from '../../server/src/modules/inzage/inzage.js';
import { FuzzKlant } from '../fuzz/klant.js';
import { introspecteer, operaties, type Operatie } from '../fuzz/operaties.js';
import { Kans } from '../fuzz/prng.js';
import { Tabellen } from '../fuzz/tabellen.js';
import { plausibel, type Ids } from '../fuzz/waarden.js';
import { maakWereld } from '../support/fixtures.js';
import { startTestPortal, type TestPortal } from '../support/portal.js';

/**
 * Issue 11 item 4: every operation of both schemas that touches personal data leaves a line in the access log. Which
 * operations those are is not listed here: each is called (found by introspection, plausible arguments, several times),
 * the SQL it ran is captured, and the tables its statements read or wrote say whether it touched personal data. Which
 * tables hold personal data comes from the catalog: `inburgeraar` and every table whose foreign keys lead to it.
 */

const SEED = Number(process.env.DEKKING_SEED ?? 20261204);
const PER_OPERATIE = Number(process.env.DEKKING_CASES ?? 6);

const GEBRUIKERS = {
  aanbieder: { email: 'taalschool@taalhuis.demo', rollen: '{MUTEREN,BEHEER}', organisatie: ['aanbieder', 'Taalhuis Midden'] },
  gemeente: { email: 'regisseur@utrecht.demo', rollen: '{MUTEREN}', organisatie: ['gemeente', 'Utrecht'] },
} as const;

let portal: TestPortal;
let url = '';
let tabellen: Tabellen;
let db: pg.Client;
let persoonlijk: Set<string>;
const persoonsIds = new Set<string>();
const statements: string[] = [];

beforeAll(async () => {
  // No job workers: a job's statements running during the next request would be counted as that request's.
  portal = await startTestPortal({ onQuery: (sql) => statements.push(sql.replace(/\x1B\[[0-9;]*m/g, '')) }, { jobWorkers: false });
  url = portal.url;
  await maakWereld(portal.eigenaar); // other tenants, so refused ids are real ones too
  tabellen = await Tabellen.open(portal.databaseUrl, portal.eigenaarUrl);
  // The test's own eye on the log and the people: row-level security shows the portal role without a principal no
  // line and nobody, so this reads as the owner under its `inrichting` principal, which sees every row.
  db = new pg.Client({ connectionString: portal.eigenaarUrl });
  await db.connect();
  await db.query(`select set_config('portaal.systeem', 'inrichting', false)`);
  const rows = await db.query<{ tabel: string }>(`
    with recursive persoonlijk(tabel) as (
      select 'inburgeraar'::regclass
      union
      select c.conrelid::regclass from pg_constraint c join persoonlijk p on c.confrelid = p.tabel where c.contype = 'f'
    ) select tabel::text from persoonlijk`);
  // The access log names people by an id array (no foreign key): reading it is reading about them.
  persoonlijk = new Set([...rows.rows.map((r) => r.tabel.replace(/"/g, '')), 'inzage']);
  const metId = (await db.query<{ table_name: string }>(
    `select table_name from information_schema.columns where table_schema = 'public' and column_name = 'id' and table_name = any($1)`, [[...persoonlijk]])).rows;
  for (const { table_name } of metId) {
    for (const { id } of (await db.query<{ id: string }>(`select id::text from "${table_name}"`)).rows) persoonsIds.add(id);
  }
  // Without them no call would count as naming a person, and the empty answers about someone would go unchecked.
  if (persoonsIds.size === 0) throw new Error('the test cannot see the people in the database');
}, 120_000);

afterAll(async () => {
  await db?.end();
  await tabellen?.close();
  await portal?.stop();
});

/**
 * The tables a statement read or wrote rows of: after from, join, update, into (schema prefix and quotes dropped).
 * None for the log line itself, for a statement that found or changed no row (the logger's "0 results": a lookup of
 * an unknown reference reads nobody), and for one marked ALLEEN_TELLINGEN (it only counts over people).
 */
function tabellenVan(sql: string): string[] {
  const tekst = sql.replace(/^\[query\]\s*/, '').toLowerCase();
  if (/^insert into "?inzage"?\s/.test(tekst) || tekst.includes(ALLEEN_TELLINGEN)) return [];
  if (/\[took \d+ ms, 0 results\]\s*$/.test(tekst)) return [];
  return [...tekst.matchAll(/\b(?:from|join|update|into)\s+(?:"?\w+"?\.)?"?([a-z_][a-z0-9_]*)"?/g)].map((m) => m[1]!);
}

/** Whether an answer showed anything: a string somewhere other than a type name (counts and flags alone name nobody). */
function toontIets(waarde: unknown, sleutel = ''): boolean {
  if (Array.isArray(waarde)) return waarde.some((w) => toontIets(w));
  if (waarde && typeof waarde === 'object') return Object.entries(waarde).some(([k, w]) => toontIets(w, k));
  return typeof waarde === 'string' && sleutel !== '__typename';
}

interface Uitkomst {
  operatie: string;
  geraakt: string[];
  soort: 'getoond' | 'leeg' | 'geweigerd' | 'fout';
  regels: number;
  /** The call named a person, or a row of theirs, by id (an existing one, in a personal table). */
  overPersoon: boolean;
  verzoekId: string;
  variabelen: string;
}

async function roep(klant: FuzzKlant, endpoint: 'aanbieder' | 'gemeente', operatie: Operatie, kans: Kans, ids: Ids, volgnummer: () => number): Promise<Uitkomst> {
  // A gemeente's bare `id` argument is mostly a dossier's (registreerOverlijden(id)): the hint lets the fuzz values find one.
  const o = { kans, ids, operatie: endpoint === 'gemeente' ? `${operatie.veld.name} dossier` : operatie.veld.name, volgnummer };
  const args = operatie.veld.args.filter((a) => a.type.toString().endsWith('!') || kans.soms(0.5));
  const variables = Object.fromEntries(args.map((a) => [a.name, plausibel(a.type, a.name, o)]));
  const declaraties = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const aanroep = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const query = `${operatie.soort} Dekking${declaraties ? `(${declaraties})` : ''} { ${operatie.veld.name}${aanroep ? `(${aanroep})` : ''} ${operatie.selectie} }`;
  statements.length = 0;
  const res = await klant.post(`/graphql/${endpoint}`, JSON.stringify({ query, variables }));
  const body = (await res.json()) as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
  const geraakt = [...new Set(statements.flatMap(tabellenVan))].filter((t) => persoonlijk.has(t)).sort();
  const verzoekId = res.headers.get('x-request-id')!;
  const regels = (await db.query<{ n: number }>('select count(*)::int as n from inzage where verzoek_id = $1', [verzoekId])).rows[0]!.n;
  const code = body.errors?.[0]?.extensions?.code;
  const soort = code === 'NOT_FOUND' || code === 'FORBIDDEN' ? 'geweigerd' : code ? 'fout'
    : toontIets(body.data?.[operatie.veld.name]) ? 'getoond' : 'leeg';
  const overPersoon = gevraagdeIds(variables).some((id) => persoonsIds.has(id.toLowerCase()));
  return { operatie: operatie.veld.name, geraakt, soort, regels, overPersoon, verzoekId, variabelen: JSON.stringify(variables).slice(0, 300) };
}

describe('every operation that touches personal data leaves an access-log line (detected from the SQL it ran)', () => {
  for (const endpoint of ['aanbieder', 'gemeente'] as const) {
    it(`/graphql/${endpoint}: an answer that showed personal data, or a refusal, has exactly one line with its request id`, async () => {
      const wie = GEBRUIKERS[endpoint];
      let klant = await FuzzKlant.login(url, wie.email);
      const lijst = operaties(await introspecteer(klant, endpoint));
      const [tabel, naam] = wie.organisatie;
      const ids = await tabellen.ids(`${tabel}_id`, await tabellen.organisatie(tabel, naam));
      const kans = new Kans(SEED + (endpoint === 'gemeente' ? 1 : 0));
      let n = 0;
      const uitkomsten: Uitkomst[] = [];
      for (let ronde = 0; ronde < PER_OPERATIE; ronde++) {
        for (const operatie of lijst) {
          uitkomsten.push(await roep(klant, endpoint, operatie, kans, ids, () => ++n));
          // A case may take the user's own rights away or end its session; give them back outside the measuring.
          if (/rollen|actief|wachtwoord/i.test(operatie.veld.name)) {
            await tabellen.herstelGebruiker(wie.email, wie.rollen);
            klant = await FuzzKlant.login(url, wie.email);
          }
        }
      }
      const perOperatie = new Map<string, Uitkomst[]>();
      for (const u of uitkomsten) perOperatie.set(u.operatie, [...(perOperatie.get(u.operatie) ?? []), u]);
      console.log(`[dekking] /graphql/${endpoint}: ${[...perOperatie].map(([op, us]) =>
        `${op} [${[...new Set(us.flatMap((u) => u.geraakt))].join(',') || '-'}] ${(['getoond', 'leeg', 'geweigerd', 'fout'] as const).map((s) => `${s[0]}${us.filter((u) => u.soort === s).length}`).join(' ')}`).join('\n  ')}`);

      const gaten = uitkomsten.filter((u) =>
        (u.soort === 'geweigerd' && u.regels !== 1)
        || (u.soort === 'getoond' && u.geraakt.length > 0 && u.regels !== 1)
        // An empty answer about a person named by id (no decisions, no reports) still tells something about them.
        || (u.soort === 'leeg' && u.overPersoon && u.geraakt.length > 0 && u.regels !== 1));
      expect(gaten.map((u) => `${u.operatie} (${u.soort}, read ${u.geraakt.join(',')}, ${u.regels} lines) ${u.variabelen}`)).toEqual([]);
      // More than a formality: most operations that touch personal data got as far as showing it.
      const getoond = new Set(uitkomsten.filter((u) => u.soort === 'getoond' && u.geraakt.length > 0).map((u) => u.operatie));
      expect(getoond.size).toBeGreaterThanOrEqual(endpoint === 'gemeente' ? 8 : 4);
    }, 300_000);
  }
});
