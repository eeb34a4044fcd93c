import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metWereld } from '../../../test/support/wereld.js';
import type { Principal } from '../modules/auth/principal.js';
import { principaalVariabelen } from '../modules/tenancy/database-principaal.js';

// Issue 11, item 3: each attack on the logs and the version history, as the portal role, refused by PostgreSQL.
// Every attack runs under a principal that sees the rows it aims at (row-level security would otherwise hide them and
// an UPDATE would touch nothing): the refusal shown is the grant's or the trigger's, the one each test is about.
const t = metWereld();
let portaal: pg.Client;

beforeAll(async () => {
  portaal = new pg.Client({ connectionString: t.url });
  await portaal.connect();
});
afterAll(() => portaal.end());

interface Fout {
  code: string;
  message: string;
}

/** The settings a principal sets (as the portal sets them); the owner's own `inrichting` work sees every row. */
type Variabelen = Record<string, string>;
const als = (p: Principal): Variabelen => principaalVariabelen(p);
const inrichting: Variabelen = { 'portaal.systeem': 'inrichting' };

/** `sql` in one transaction of `client` under `variabelen`, committed. */
async function uitvoeren(client: pg.Client, variabelen: Variabelen, sql: string, params: unknown[] = []): Promise<pg.QueryResult> {
  await client.query('begin');
  try {
    for (const [naam, waarde] of Object.entries(variabelen)) await client.query('select set_config($1, $2, true)', [naam, waarde]);
    const resultaat = await client.query(sql, params);
    await client.query('commit');
    return resultaat;
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}

/** The refusal of `sql`, run in a transaction of its own under `variabelen`. */
async function weigering(client: pg.Client, variabelen: Variabelen, sql: string, params: unknown[] = []): Promise<Fout> {
  try {
    await uitvoeren(client, variabelen, sql, params);
  } catch (error) {
    const { code, message } = error as Fout;
    return { code, message };
  }
  throw new Error(`not refused: ${sql}`);
}

/** A table's whole content as the test's own eye reads it (every row): equal before and after means nothing was written. */
async function stand(tabel: string): Promise<string> {
  const [rij] = await t.alles().execute<{ n: number; hash: string | null }[]>(
    `select count(*)::int as n, md5(string_agg(t::text, '|' order by t::text)) as hash from "${tabel}" t`);
  return `${rij!.n}:${rij!.hash}`;
}

const school = () => als(t.wereld.principals.school);
const gemeenteA = () => als(t.wereld.principals.gemeenteA);
const gebruiker = () => t.wereld.principals.school.gebruikerId!;
const schoolId = () => t.wereld.principals.school.aanbiederId;

/** Who attacks a log: a principal that reads its lines (the access log is read by the gemeente of the people it names). */
const lezer: Record<string, () => Variabelen> = { inzage: gemeenteA, beheer_log: school };

async function logregel(): Promise<void> {
  await uitvoeren(portaal, school(), `insert into inzage (organisatie_soort, organisatie_id, gebruiker_id, actie, inburgeraar_ids) values ('aanbieder', $1, $2, 'TRAJECT_GELEZEN', $3)`,
    [schoolId(), gebruiker(), [t.wereld.amina.id]]);
  await uitvoeren(portaal, school(), `insert into beheer_log (id, organisatie_soort, organisatie_id, door_gebruiker_id, actie, onderwerp_id) values ($1, 'aanbieder', $2, $3, 'GEBRUIKER_AANGEMAAKT', $3)`,
    [randomUUID(), schoolId(), gebruiker()]);
}

async function aanwezigheid(periodeVan: string): Promise<string> {
  const id = randomUUID();
  await uitvoeren(portaal, school(), `insert into aanwezigheid (id, traject_id, periode_van, periode_tot, versie, uren_ingeroosterd, uren_aanwezig, uren_geoorloofd_verzuim,
      uren_ongeoorloofd_verzuim, ingediend_door_gebruiker, ingediend_op, op_tijd) values ($1, $2, $3, $3::date + 6, 1, 10, 8, 0, 0, $4, now(), true)`,
    [id, t.wereld.trajectAmina.id, periodeVan, gebruiker()]);
  return id;
}

describe('the access log and the beheer log: the portal role adds and reads, nothing else', () => {
  it('inserts a line in each log and reads it back', async () => {
    await logregel();
    const { rows } = await uitvoeren(portaal, gemeenteA(), `select count(*)::int as n from inzage where $1 = any(inburgeraar_ids)`, [t.wereld.amina.id]);
    expect(rows[0].n).toBeGreaterThan(0);
    const beheer = await uitvoeren(portaal, school(), `select count(*)::int as n from beheer_log where organisatie_id = $1`, [schoolId()]);
    expect(beheer.rows[0].n).toBeGreaterThan(0);
  });

  for (const tabel of ['inzage', 'beheer_log']) {
    describe(tabel, () => {
      let voor: string;
      const aanvaller = () => lezer[tabel]!();
      beforeAll(async () => {
        await logregel();
        // The attacker sees the lines it attacks: what is refused below is refused by the grant or the trigger.
        expect((await uitvoeren(portaal, aanvaller(), `select count(*)::int as n from ${tabel}`)).rows[0].n).toBeGreaterThan(0);
        voor = await stand(tabel);
      });
      afterAll(async () => {
        expect(await stand(tabel)).toBe(voor); // every attack below left the log as it was
      });

      it('TRUNCATE is refused: no privilege', async () => {
        expect(await weigering(portaal, aanvaller(), `truncate ${tabel}`)).toEqual({ code: '42501', message: `permission denied for table ${tabel}` });
      });

      it('DELETE and UPDATE are refused: no privilege', async () => {
        expect(await weigering(portaal, aanvaller(), `delete from ${tabel}`)).toEqual({ code: '42501', message: `permission denied for table ${tabel}` });
        expect(await weigering(portaal, aanvaller(), `update ${tabel} set actie = 'X'`)).toEqual({ code: '42501', message: `permission denied for table ${tabel}` });
      });

      it('ALTER TABLE … DISABLE TRIGGER then DELETE is refused: the portal role is not the owner', async () => {
        expect(await weigering(portaal, aanvaller(), `alter table ${tabel} disable trigger ${tabel}_alleen_toevoegen`)).toEqual({ code: '42501', message: `must be owner of table ${tabel}` });
        expect(await weigering(portaal, aanvaller(), `alter table ${tabel} disable trigger all`)).toEqual({ code: '42501', message: `must be owner of table ${tabel}` });
        expect((await weigering(portaal, aanvaller(), `delete from ${tabel}`)).code).toBe('42501');
      });

      it('SET session_replication_role = replica then DELETE is refused: that setting is a superuser\'s', async () => {
        expect(await weigering(portaal, aanvaller(), `set session_replication_role = replica`)).toEqual({ code: '42501', message: 'permission denied to set parameter "session_replication_role"' });
        expect((await uitvoeren(portaal, aanvaller(), 'show session_replication_role')).rows).toEqual([{ session_replication_role: 'origin' }]);
        expect((await weigering(portaal, aanvaller(), `delete from ${tabel}`)).code).toBe('42501');
      });

      it('DROP TABLE and dropping its trigger are refused: the portal role is not the owner', async () => {
        expect(await weigering(portaal, aanvaller(), `drop table ${tabel}`)).toEqual({ code: '42501', message: `must be owner of table ${tabel}` });
        expect(await weigering(portaal, aanvaller(), `drop trigger ${tabel}_alleen_toevoegen on ${tabel}`)).toEqual({ code: '42501', message: `must be owner of relation ${tabel}` });
      });

      it('the owner cannot change, delete or empty a line either: the triggers hold for every role', async () => {
        const eigenaar = new pg.Client({ connectionString: t.eigenaarUrl });
        await eigenaar.connect();
        try {
          expect(await weigering(eigenaar, inrichting, `update ${tabel} set actie = 'X'`)).toMatchObject({ code: 'P0001', message: `${tabel} is append-only` });
          expect(await weigering(eigenaar, inrichting, `delete from ${tabel}`)).toMatchObject({ code: 'P0001', message: `${tabel} is append-only` });
          expect(await weigering(eigenaar, inrichting, `truncate ${tabel}`)).toMatchObject({ code: 'P0001', message: `${tabel} is append-only` });
        } finally {
          await eigenaar.end();
        }
      });
    });
  }
});

describe('attendance, report and decision versions: never deleted, only marked replaced, once', () => {
  it('DELETE of an attendance version is refused and deletes nothing', async () => {
    const id = await aanwezigheid('2026-03-02');
    const voor = await stand('aanwezigheid');
    expect(await weigering(portaal, school(), 'delete from aanwezigheid where id = $1', [id])).toEqual({ code: '42501', message: 'permission denied for table aanwezigheid' });
    expect(await weigering(portaal, school(), 'truncate aanwezigheid')).toEqual({ code: '42501', message: 'permission denied for table aanwezigheid' });
    expect(await stand('aanwezigheid')).toBe(voor);
  });

  it('UPDATE of anything but vervangen_op is refused by the trigger, also together with a replacement', async () => {
    const id = await aanwezigheid('2026-03-09');
    const voor = await stand('aanwezigheid');
    const fout = { code: 'P0001', message: 'aanwezigheid keeps its history: of a current version only vervangen_op may change' };
    expect(await weigering(portaal, school(), 'update aanwezigheid set uren_aanwezig = 10 where id = $1', [id])).toEqual(fout);
    expect(await weigering(portaal, school(), 'update aanwezigheid set uren_aanwezig = 10, vervangen_op = now() where id = $1', [id])).toEqual(fout);
    expect(await stand('aanwezigheid')).toBe(voor);
  });

  it('marks a current version replaced once; changing or clearing that moment afterwards is refused', async () => {
    const id = await aanwezigheid('2026-03-16');
    expect((await uitvoeren(portaal, school(), `update aanwezigheid set vervangen_op = '2026-03-20T10:00:00Z' where id = $1`, [id])).rowCount).toBe(1);
    const voor = await stand('aanwezigheid');
    const fout = (await weigering(portaal, school(), `update aanwezigheid set vervangen_op = '2026-03-21T10:00:00Z' where id = $1`, [id]));
    expect(fout).toMatchObject({ code: 'P0001', message: expect.stringMatching(new RegExp(`^aanwezigheid keeps its history: version ${id} was replaced at .+ and never changes again$`)) });
    expect((await weigering(portaal, school(), 'update aanwezigheid set vervangen_op = null where id = $1', [id])).code).toBe('P0001');
    expect(await stand('aanwezigheid')).toBe(voor);
    // Not even the owner changes a replaced version: the trigger holds for every role.
    const eigenaar = new pg.Client({ connectionString: t.eigenaarUrl });
    await eigenaar.connect();
    expect((await weigering(eigenaar, inrichting, 'update aanwezigheid set uren_aanwezig = 1 where id = $1', [id])).code).toBe('P0001');
    await eigenaar.end();
  });

  it('a report: reopening the current version is allowed (again, too), clearing it or reopening a replaced one is refused', async () => {
    const id = randomUUID();
    await uitvoeren(portaal, school(), `insert into rapportage (id, traject_id, soort, sleutel, versie, gegevens, ingediend_op, ingediend_door_gebruiker)
      values ($1, $2, 'VOORTGANG', '2026-03', 1, '{}', now(), $3)`, [id, t.wereld.trajectAmina.id, gebruiker()]);
    const gemeente = t.wereld.principals.gemeenteA.gebruikerId!;
    expect((await uitvoeren(portaal, gemeenteA(), `update rapportage set heropend_op = now(), heropend_door = $2 where id = $1`, [id, gemeente])).rowCount).toBe(1);
    expect((await uitvoeren(portaal, gemeenteA(), `update rapportage set heropend_op = now() + interval '1 day' where id = $1`, [id])).rowCount).toBe(1);
    expect(await weigering(portaal, gemeenteA(), 'update rapportage set heropend_op = null where id = $1', [id]))
      .toEqual({ code: 'P0001', message: 'rapportage keeps its history: heropend_op is never cleared' });
    expect(await weigering(portaal, gemeenteA(), `update rapportage set gegevens = '{"x": 1}' where id = $1`, [id]))
      .toEqual({ code: 'P0001', message: 'rapportage keeps its history: of a current version only vervangen_op, heropend_op, heropend_door may change' });
    expect((await uitvoeren(portaal, school(), `update rapportage set vervangen_op = now() where id = $1`, [id])).rowCount).toBe(1);
    expect((await weigering(portaal, gemeenteA(), `update rapportage set heropend_op = now() + interval '2 days' where id = $1`, [id])).message).toMatch(/was replaced at/);
    expect(await weigering(portaal, gemeenteA(), 'delete from rapportage where id = $1', [id])).toEqual({ code: '42501', message: 'permission denied for table rapportage' });
  });

  it('a decision and a PIP: DELETE refused, a decision only marked replaced, a PIP never updated', async () => {
    const id = randomUUID();
    const gemeente = t.wereld.principals.gemeenteA;
    await uitvoeren(portaal, gemeenteA(), `insert into besluit (id, inburgeraar_id, gemeente_id, soort, versie, datum, verwijtbaar, genomen_door, genomen_op)
      values ($1, $2, $3, 'MAP', 1, '2026-03-01', 'NEE', $4, now())`, [id, t.wereld.amina.id, gemeente.gemeenteId, gemeente.gebruikerId]);
    expect((await weigering(portaal, gemeenteA(), `update besluit set verwijtbaar = 'JA' where id = $1`, [id])).message).toMatch(/only vervangen_op may change/);
    expect(await weigering(portaal, gemeenteA(), 'delete from besluit where id = $1', [id])).toEqual({ code: '42501', message: 'permission denied for table besluit' });
    expect((await uitvoeren(portaal, gemeenteA(), 'update besluit set vervangen_op = now() where id = $1', [id])).rowCount).toBe(1);
    expect(await weigering(portaal, gemeenteA(), 'update pip_versie set niveau = null')).toEqual({ code: '42501', message: 'permission denied for table pip_versie' });
    expect(await weigering(portaal, gemeenteA(), 'delete from pip_versie')).toEqual({ code: '42501', message: 'permission denied for table pip_versie' });
  });
});
