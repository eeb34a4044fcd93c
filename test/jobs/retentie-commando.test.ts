import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eersteGeldigeBsnVanaf } from '../../server/src/modules/inburgeraar/bsn.js';
import { createTestDatabase } from '../support/database.js';
import { maakWereld } from '../support/fixtures.js';

// `npm run retention` is `node scripts/bootstrap.mjs retention`: run exactly that, as a process of its own.
const ROOT = resolve(import.meta.dirname, '..', '..');
const BSN = eersteGeldigeBsnVanaf(782_000_000);
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let id = '';

beforeAll(async () => {
  db = await createTestDatabase();
  const wereld = await maakWereld(db.eigenaar);
  id = randomUUID();
  // The test's own eye (row-level security shows a connection without a principal nothing): set up and count by hand.
  const sql = (tekst: string, waarden: unknown[]) => db.alles().execute(tekst, waarden);
  await sql(`insert into inburgeraar (id, gemeente_id, bsn, voornamen, achternaam, geboortedatum, email, datum_einde_inburgeringsplicht, reden_einde_inburgeringsplicht, status)
             values (?, ?, ?, 'Commando', 'Verlopen', '1970-01-01', 'c@voorbeeld.nl', '2015-01-01', 'VOLLEDIGE_VRIJSTELLING', 'PLICHT_BEEINDIGD')`, [id, wereld.gemeenteA.id, BSN]);
  await sql(`insert into doelgroep_periode (id, inburgeraar_id, doelgroep, begindatum) values (?, ?, 'GEZINSMIGRANT', '2012-01-01')`, [randomUUID(), id]);
});
afterAll(async () => db.drop());

function retentie(...args: string[]): Promise<{ code: number | null; uitvoer: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: db.url };
  delete env.NODE_ENV; // vitest sets 'test'
  const kind = spawn(process.execPath, [resolve(ROOT, 'scripts', 'bootstrap.mjs'), 'retention', ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let uitvoer = '';
  kind.stdout.on('data', (c) => (uitvoer += c));
  kind.stderr.on('data', (c) => (uitvoer += c));
  return new Promise((ok) => kind.once('exit', (code) => ok({ code, uitvoer })));
}

const doelgroepen = async () => Number((await db.alles().execute<{ n: string }[]>('select count(*) as n from doelgroep_periode where inburgeraar_id = ?', [id]))[0]!.n);

describe('npm run retention', () => {
  it('with --dry-run lists per dossier and table what would go, without personal data, and deletes nothing; without it deletes', async () => {
    // A first run may build the server bundle (scripts/bouw.mjs).
    const proef = await retentie('--dry-run');
    expect(proef.code, proef.uitvoer).toBe(0);
    expect(proef.uitvoer).toContain('(proef: er is niets verwijderd): 1 dossier(s)');
    expect(proef.uitvoer).toContain(`dossier ${id}: doelgroep_periode 1, inburgeraar 1`);
    for (const woord of [BSN, 'Commando', 'Verlopen', 'voorbeeld.nl', '1970']) expect(proef.uitvoer).not.toContain(woord);
    expect(await doelgroepen()).toBe(1);

    const echt = await retentie();
    expect(echt.code, echt.uitvoer).toBe(0);
    expect(echt.uitvoer).toContain('verwijderd: doelgroep_periode 1, inburgeraar 1');
    expect(await doelgroepen()).toBe(0);
    const log = await db.alles().execute<{ actie: string }[]>("select actie from beheer_log where organisatie_soort = 'systeem' order by tijdstip");
    expect(log.map((r) => r.actie)).toEqual(['RETENTIE_PROEF', 'RETENTIE_TOEGEPAST']);
  }, 180_000);

  it('refuses an unknown option', async () => {
    const fout = await retentie('--alles');
    expect(fout.code).toBe(2);
    expect(fout.uitvoer).toContain('Onbekende optie: --alles');
  }, 120_000);
});
