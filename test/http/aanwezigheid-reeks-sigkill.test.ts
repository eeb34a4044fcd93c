import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen, vandaag } from '../../server/src/modules/shared/datum.js';
import { createTestDatabase } from '../support/database.js';
import { bouwServer } from '../support/portaalproces.js';
import { Client } from '../support/portal.js';

/**
 * Exactly once, against the real thing: the built server (`node server/dist/main.js`) as a child process on a test
 * database, SIGKILLed while a batch with an idempotency key is inside its transaction (rows inserted, not committed).
 * Then nothing of it is saved, the key is free again, and the retry on a fresh process writes every row once.
 * (Started here rather than by test/support/portaalproces.ts, which gives each process an embedded PostgreSQL of its own:
 * this test needs the database to outlive the server and to hold locks in it.)
 */
const ROOT = resolve(import.meta.dirname, '..', '..');
const MAIN = join(ROOT, 'server', 'dist', 'main.js');
const MUTATIE = `mutation($rijen: [AanwezigheidInput!]!, $sleutel: String) {
  registreerAanwezigheden(rijen: $rijen, idempotentieSleutel: $sleutel) { rij resultaat aanwezigheid { id versie } fouten { domeinCode veld } }
}`;
const SLEUTEL = 'upload-2026-11-30-groep-a';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
/**
 * The test's own eye: the owner under its `inrichting` principal, the one row-level security shows every row to (the
 * portal role without a principal sees none). For the rows set up by hand and for counting what was written.
 */
let sql: pg.Client;
/** The owner's connection: a lock this strong on the log takes rights the portal role lacks. */
let slot: pg.Client;
const processen: ChildProcess[] = [];

beforeAll(async () => {
  bouwServer(); // as npm start does: a no-op when the sources did not change
  db = await createTestDatabase();
  sql = new pg.Client({ connectionString: db.eigenaarUrl });
  await sql.connect();
  await sql.query("select set_config('portaal.systeem', 'inrichting', false)"); // this connection only, for the whole test
  slot = new pg.Client({ connectionString: db.eigenaarUrl });
  await slot.connect();
}, 300_000);

afterAll(async () => {
  for (const p of processen) if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
  await sql?.end();
  await slot?.end();
  await db?.drop();
});

describe('a batch whose server process is killed in the middle', () => {
  it('leaves nothing half-written, answers REEKS_IN_BEHANDELING while it runs, and the retry with the same key writes every row once', async () => {
    const eerste = await startServer(true);
    const school = await Client.login(eerste.url, 'taalschool@taalhuis.demo');
    const trajecten = await nieuweTrajecten(50);
    const rijen = trajecten.flatMap((trajectId) => weken(20).map((van) => ({
      trajectId, periodeVan: van, periodeTot: plusDagen(van, 6), urenIngeroosterd: 6, urenAanwezig: 6, urenGeoorloofdVerzuim: 0, urenOngeoorloofdVerzuim: 0,
    })));
    const [logVoor, reeksenVoor] = [await tel('select count(*)::int as n from inzage'), await tel('select count(*)::int as n from aanwezigheid_reeks')];

    // The access-log insert comes after the attendance insert: holding this lock stops the batch between the two.
    await slot.query('begin');
    await slot.query('lock table inzage in share row exclusive mode');
    const onderweg = school.graphql('aanbieder', MUTATIE, { rijen, sleutel: SLEUTEL }).then(() => 'antwoord', (e: Error) => `afgebroken: ${e.message}`);
    const wachtend = async () => (await sql.query<{ pid: number }>("select pid from pg_locks where relation = 'inzage'::regclass and not granted")).rows[0]?.pid;
    await totDat(async () => (await wachtend()) !== undefined);
    const backend = (await wachtend())!;
    const regelsInTransactie = await tel(`select count(*)::int as n from pg_locks where pid = ${backend} and locktype = 'advisory' and granted`);
    expect(regelsInTransactie).toBe(1); // the key is claimed by the running batch

    const bezig = await school.graphql('aanbieder', MUTATIE, { rijen, sleutel: SLEUTEL });
    expect(bezig.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', domeinCode: 'REEKS_IN_BEHANDELING', veld: 'idempotentieSleutel' });

    eerste.proces.kill('SIGKILL');
    expect(await onderweg).toMatch(/^afgebroken/);
    await slot.query('rollback');
    // The orphaned backend finishes its statement, finds its client gone and rolls back, dropping the key's lock.
    await totDat(async () => (await tel(`select count(*)::int as n from pg_stat_activity where pid = ${backend}`)) === 0);

    const ids = `'{${trajecten.join(',')}}'::uuid[]`;
    expect(await tel(`select count(*)::int as n from aanwezigheid where traject_id = any(${ids})`)).toBe(0);
    expect([await tel('select count(*)::int as n from inzage'), await tel('select count(*)::int as n from aanwezigheid_reeks')]).toEqual([logVoor, reeksenVoor]);

    const tweede = await startServer(false);
    const opnieuw = await Client.login(tweede.url, 'taalschool@taalhuis.demo');
    const retry = await opnieuw.graphql('aanbieder', MUTATIE, { rijen, sleutel: SLEUTEL });
    expect(retry.body.errors).toBeUndefined();
    const resultaten = retry.body.data.registreerAanwezigheden as { resultaat: string; aanwezigheid: { id: string; versie: number } }[];
    expect(new Set(resultaten.map((r) => `${r.resultaat} ${r.aanwezigheid.versie}`))).toEqual(new Set(['NIEUW 1']));
    expect(await tel(`select count(*)::int as n from aanwezigheid where traject_id = any(${ids})`)).toBe(rijen.length);
    expect(await tel(`select count(*)::int as n from (select 1 from aanwezigheid where traject_id = any(${ids}) group by traject_id, periode_van having count(*) > 1) d`)).toBe(0);
    expect(await tel('select count(*)::int as n from inzage')).toBe(logVoor + 1);

    // And once more, as a client that never saw the answer would: the first answer, nothing written.
    const nogmaals = await opnieuw.graphql('aanbieder', MUTATIE, { rijen, sleutel: SLEUTEL });
    expect(nogmaals.body.data).toEqual(retry.body.data);
    expect(await tel(`select count(*)::int as n from aanwezigheid where traject_id = any(${ids})`)).toBe(rijen.length);
    expect(await tel('select count(*)::int as n from inzage')).toBe(logVoor + 1);
  }, 240_000);
});

async function tel(query: string): Promise<number> {
  return (await sql.query<{ n: number }>(query)).rows[0]!.n;
}

/** People with a running traject at Taalhuis under a contract in force, so the batch writes on clean weeks. */
async function nieuweTrajecten(aantal: number): Promise<string[]> {
  const res = await sql.query<{ id: string }>(`
    with c as (select c.id, c.gemeente_id, c.aanbieder_id, c.trajectsoorten[1] as soort from contract c join aanbieder a on a.id = c.aanbieder_id
                where a.naam like 'Taalhuis%' and c.ingangsdatum <= current_date and (c.einddatum is null or c.einddatum >= current_date) order by c.id limit 1),
         p as (insert into inburgeraar (id, gemeente_id, bsn, voornamen, achternaam, geboortedatum)
               select gen_random_uuid(), c.gemeente_id, (810000000 + g)::text, 'Proces', 'Deelnemer ' || g, date '1990-01-01'
                 from c, generate_series(1, $1::int) g returning id, gemeente_id)
    insert into traject (id, inburgeraar_id, gemeente_id, aanbieder_id, contract_id, soort, geplande_start, geplande_einde, geplande_uren)
    select gen_random_uuid(), p.id, p.gemeente_id, c.aanbieder_id, c.id, c.soort, date '2025-01-06', date '2027-12-26', 600 from p, c
    returning id`, [aantal]);
  return res.rows.map((r) => r.id);
}

/** The Mondays of the last `aantal` weeks that are over. */
function weken(aantal: number): string[] {
  const laatsteMaandag = plusDagen(vandaag(), -7 - ((new Date(`${vandaag()}T12:00:00Z`).getUTCDay() + 6) % 7));
  return Array.from({ length: aantal }, (_, w) => plusDagen(laatsteMaandag, -7 * w));
}

async function startServer(demo: boolean): Promise<{ url: string; proces: ChildProcess }> {
  const port = await vrijePoort();
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: db.url, PORT: String(port) };
  delete env.MIGRATION_DATABASE_URL;
  // The demo world is set up by the owner role (row-level security lets no one else write it), so --demo needs its URL.
  if (demo) env.MIGRATION_DATABASE_URL = db.eigenaarUrl;
  delete env.NODE_ENV; // vitest sets 'test'
  const proces = spawn(process.execPath, [MAIN, ...(demo ? ['--demo'] : [])], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  processen.push(proces);
  let uitvoer = '';
  proces.stdout!.on('data', (c) => (uitvoer += c));
  proces.stderr!.on('data', (c) => (uitvoer += c));
  const url = `http://127.0.0.1:${port}`;
  try {
    await totDat(async () => (await fetch(`${url}/readyz`).then((r) => r.status, () => 0)) === 200, 120_000);
  } catch {
    throw new Error(`server not ready:\n${uitvoer}`);
  }
  return { url, proces };
}

async function totDat(voorwaarde: () => Promise<boolean>, maxMs = 30_000): Promise<void> {
  const tot = Date.now() + maxMs;
  while (Date.now() < tot) {
    if (await voorwaarde()) return;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  throw new Error(`not true within ${maxMs} ms`);
}

function vrijePoort(): Promise<number> {
  return new Promise((ok, fout) => {
    const server = createServer();
    server.on('error', fout);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? ok(address.port) : fout(new Error('no port'))));
    });
  });
}
