import type { PoolClient } from 'pg';
import { describe, expect, it } from 'vitest';
import { domeinfout } from '../../../../test/support/domeinfouten.js';
import { metWereld } from '../../../../test/support/wereld.js';
import { eersteGeldigeBsnVanaf } from '../inburgeraar/bsn.js';
import { Inburgeraar } from '../inburgeraar/inburgeraar.entity.js';
import type { Principal } from '../auth/principal.js';
import { plusDagen } from '../shared/datum.js';
import { emAls, principaalVariabelen } from '../tenancy/database-principaal.js';
import { Traject } from '../traject/traject.entity.js';
import type { AanwezigheidInvoer } from './aanwezigheid.rules.js';
import { AanwezigheidService } from './aanwezigheid.service.js';
import { reeksHash } from './reeks-sleutel.js';

const VANDAAG = '2026-11-23';
const statements: string[] = [];
const t = metWereld({ onQuery: (sql) => statements.push(sql) });

let volgnummer = 0;
/** A running traject of the world's school for a new person of its own, so each test reports on clean weeks. */
async function nieuwTraject(): Promise<string> {
  const em = t.alles();
  const basis = await em.findOneOrFail(Traject, t.wereld.trajectAmina.id);
  const n = ++volgnummer;
  const persoon = em.create(Inburgeraar, {
    gemeente: basis.gemeente, bsn: eersteGeldigeBsnVanaf(999_800_000 + n * 20), voornamen: 'Reeks', achternaam: `Deelnemer ${n}`,
    tussenvoegsel: null, geboortedatum: '1990-01-01', email: null, telefoon: null,
  });
  const traject = em.create(Traject, {
    inburgeraar: persoon, gemeente: basis.gemeente, aanbieder: basis.aanbieder, contract: basis.contract, soort: 'B1_ROUTE',
    cursusnaam: null, geplandeStart: '2026-01-05', geplandeEinde: '2026-12-27', geplandeUren: 600, status: 'ACTIEF',
  });
  await em.flush();
  return traject.id;
}

/** Week `k` (0 = the week of 5 January 2026) of a traject: 4 hours scheduled, all present. */
function week(trajectId: string, k: number, wijziging: Partial<AanwezigheidInvoer> = {}): AanwezigheidInvoer {
  const van = plusDagen('2026-01-05', 7 * k);
  return { trajectId, periodeVan: van, periodeTot: plusDagen(van, 6), urenIngeroosterd: 4, urenAanwezig: 4, urenGeoorloofdVerzuim: 0, urenOngeoorloofdVerzuim: 0, ...wijziging };
}

/** A batch as the portal sends it: the service on an em that runs as `principal` in PostgreSQL, on the portal's day. */
function reeks(rijen: AanwezigheidInvoer[], opties: Parameters<AanwezigheidService['registreerReeks']>[2] = {}, principal: Principal = t.wereld.principals.school) {
  return new AanwezigheidService(emAls(t.orm.em, principal, VANDAAG)).registreerReeks(principal, rijen, { vandaag: VANDAAG, ...opties });
}

async function tel(tabel: 'aanwezigheid' | 'inzage' | 'aanwezigheid_reeks'): Promise<number> {
  return (await t.alles().execute<{ n: number }[]>(`select count(*)::int as n from ${tabel}`))[0]!.n;
}

/** SQL statements (transaction control included) issued while `werk` runs. */
async function statementsVan(werk: () => Promise<unknown>): Promise<number> {
  statements.length = 0;
  await werk();
  return statements.map((s) => s.replace(/\x1B\[[0-9;]*m/g, '')).filter((s) => /\[query\]/.test(s)).length;
}

async function eigenVerbinding(orm = t.orm): Promise<PoolClient> {
  return (await orm.em.getConnection().getNativeClient()).connect();
}

async function totDat(voorwaarde: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (await voorwaarde()) return;
    await new Promise((ok) => setTimeout(ok, 25));
  }
  throw new Error('voorwaarde werd niet waar');
}

describe('a batch, set-based', () => {
  it('costs the same number of statements for 1 row as for 60, with and without a key', async () => {
    const [a, b] = [await nieuwTraject(), await nieuwTraject()];
    const een = await statementsVan(() => reeks([week(a, 0)]));
    const zestig = await statementsVan(() => reeks(Array.from({ length: 60 }, (_, i) => week(i % 2 ? a : b, 1 + Math.floor(i / 2)))));
    expect(zestig).toBe(een);
    // begin with the principal (row-level security) in one message, lock trajecten, overlaps, insert, access log, commit;
    // a correction adds the update, a key its claim, lookup and answer.
    expect(een).toBe(6);
    const correcties = await statementsVan(() => reeks(Array.from({ length: 30 }, (_, i) => week(a, 1 + i, { urenAanwezig: 3 })), { sleutel: 'tel-1' }));
    const correctie = await statementsVan(() => reeks([week(b, 1, { urenAanwezig: 3 })], { sleutel: 'tel-2' }));
    expect([correcties, correctie]).toEqual([10, 10]);
  });

  it('writes one access-log line per batch, and every version a row makes, a row correcting an earlier row included', async () => {
    const [a, b] = [await nieuwTraject(), await nieuwTraject()];
    await reeks([week(a, 0)]);
    const logVoor = await tel('inzage');
    const uitkomst = await reeks([
      week(a, 0, { urenAanwezig: 2 }), // corrects the stored version 1
      week(b, 0), week(b, 0, { urenAanwezig: 3 }), week(b, 0, { urenAanwezig: 3 }), // new, corrected in the batch, then unchanged
      week(a, 0, { periodeVan: plusDagen('2026-01-05', 3), periodeTot: plusDagen('2026-01-05', 9) }), // overlaps the first
    ]);
    expect(uitkomst.map((r) => [r.registratie?.resultaat ?? null, r.registratie?.aanwezigheid.versie ?? null, r.registratie?.vorige?.versie ?? null, r.fouten.map((f) => f.code)])).toEqual([
      ['GECORRIGEERD', 2, 1, []], ['NIEUW', 1, null, []], ['GECORRIGEERD', 2, 1, []], ['ONGEWIJZIGD', 2, null, []], [null, null, null, ['PERIODE_OVERLAPT']],
    ]);
    expect(await tel('inzage')).toBe(logVoor + 1);
    const versies = await t.alles().execute<{ traject_id: string; versie: number; uren_aanwezig: string; actueel: boolean }[]>(
      'select traject_id, versie, uren_aanwezig::float8 as uren_aanwezig, vervangen_op is null as actueel from aanwezigheid where traject_id in (?, ?) order by traject_id = ? desc, versie', [a, b, a]);
    expect(versies.map((v) => [v.traject_id === a ? 'a' : 'b', v.versie, v.uren_aanwezig, v.actueel])).toEqual([
      ['a', 1, 4, false], ['a', 2, 2, true], ['b', 1, 4, false], ['b', 2, 3, true],
    ]);
  });

  it('keeps the tenancy of the ORM filter: not a traject of a withdrawn dossier', async () => {
    const a = await nieuwTraject();
    await t.alles().execute("update inburgeraar set status = 'INGETROKKEN' where id = (select inburgeraar_id from traject where id = ?)", [a]);
    const [rij] = await reeks([week(a, 0)]);
    expect(rij!.fouten.map((f) => [f.code, f.veld])).toEqual([['TRAJECT_ONBEKEND', 'input.trajectId']]);
    expect(await t.alles().execute('select 1 from aanwezigheid where traject_id = ?', [a])).toEqual([]);
  });
});

describe('all or nothing', () => {
  it('saves every row when all are good', async () => {
    const a = await nieuwTraject();
    const uitkomst = await reeks([week(a, 0), week(a, 1)], { allesOfNiets: true });
    expect(uitkomst.map((r) => r.registratie?.resultaat)).toEqual(['NIEUW', 'NIEUW']);
  });

  it('refuses the whole batch when one row is wrong, naming each wrong row at rijen.N, and writes nothing', async () => {
    const a = await nieuwTraject();
    const [voor, logVoor] = [await tel('aanwezigheid'), await tel('inzage')];
    const e = await domeinfout(reeks([week(a, 0), week(a, 1, { urenAanwezig: 9 }), week(t.wereld.trajectFaridAnder.id, 0)], { allesOfNiets: true }));
    expect([e.soort, e.code, e.veld]).toEqual(['BAD_USER_INPUT', 'REEKS_AFGEWEZEN', 'rijen']);
    expect(e.message).toContain('2 van de 3 regels zijn fout (eerste: regel 2)');
    expect(e.overtredingen.slice(1).map((f) => [f.code, f.veld])).toEqual([
      ['UREN_MEER_DAN_INGEROOSTERD', 'rijen.1.urenAanwezig'], ['TRAJECT_ONBEKEND', 'rijen.2.trajectId'],
    ]);
    expect([await tel('aanwezigheid'), await tel('inzage')]).toEqual([voor, logVoor]);
  });
});

describe('exactly once, by idempotency key', () => {
  it('answers the same key with the same rows with the first answer and writes nothing', async () => {
    const a = await nieuwTraject();
    const rijen = [week(a, 0), week(a, 1)];
    const eerste = await reeks(rijen, { sleutel: 'bestand-42' });
    const [voor, logVoor] = [await tel('aanwezigheid'), await tel('inzage')];
    const tweede = await reeks(rijen.map((r) => ({ ...r })), { sleutel: 'bestand-42' });
    expect(tweede).toEqual(eerste); // the same version ids: the first answer, not a new run (which would say ONGEWIJZIGD)
    expect(tweede.map((r) => r.registratie?.resultaat)).toEqual(['NIEUW', 'NIEUW']);
    expect([await tel('aanwezigheid'), await tel('inzage')]).toEqual([voor, logVoor]);
  });

  it('takes rows that say the same (id in capitals, an empty reason) for the same rows, and any other value or order for others', () => {
    const a = '5b0c0a52-1111-4b4b-8a8a-00000000000a';
    const rijen = [week(a, 0), week(a, 1)];
    const hash = (r: AanwezigheidInvoer[], allesOfNiets = false) => reeksHash(r, { allesOfNiets });
    expect(hash([{ ...rijen[0]!, trajectId: a.toUpperCase(), redenGeoorloofdVerzuim: '' }, rijen[1]!])).toBe(hash(rijen));
    expect(hash([rijen[1]!, rijen[0]!])).not.toBe(hash(rijen));
    expect(hash([rijen[0]!, { ...rijen[1]!, urenAanwezig: 3.5 }])).not.toBe(hash(rijen));
    expect(hash(rijen, true)).not.toBe(hash(rijen));
  });

  it('refuses the same key with other rows or other options with SLEUTEL_ANDERE_REEKS, writing nothing', async () => {
    const a = await nieuwTraject();
    await reeks([week(a, 0)], { sleutel: 'bestand-43' });
    const voor = await tel('aanwezigheid');
    const andereRij = await domeinfout(reeks([week(a, 1)], { sleutel: 'bestand-43' }));
    expect([andereRij.soort, andereRij.code, andereRij.veld]).toEqual(['CONFLICT', 'SLEUTEL_ANDERE_REEKS', 'idempotentieSleutel']);
    expect((await domeinfout(reeks([week(a, 0)], { sleutel: 'bestand-43', allesOfNiets: true }))).code).toBe('SLEUTEL_ANDERE_REEKS');
    expect(await tel('aanwezigheid')).toBe(voor);
  });

  it("keeps keys per aanbieder: another aanbieder's same key is its own batch", async () => {
    const a = await nieuwTraject();
    await reeks([week(a, 0)], { sleutel: 'gedeeld' });
    const [rij] = await reeks([week(t.wereld.trajectFaridAnder.id, 0)], { sleutel: 'gedeeld' }, t.wereld.principals.andereSchool);
    expect(rij!.registratie?.resultaat).toBe('NIEUW');
  });

  it('does not record the key of a dry run or of a refused all-or-nothing batch', async () => {
    const a = await nieuwTraject();
    const voor = await tel('aanwezigheid_reeks');
    await reeks([week(a, 0)], { sleutel: 'proef', proefdraai: true });
    await domeinfout(reeks([week(a, 0, { urenAanwezig: 9 })], { sleutel: 'afgewezen', allesOfNiets: true }));
    expect(await tel('aanwezigheid_reeks')).toBe(voor);
    expect((await reeks([week(a, 0)], { sleutel: 'proef' }))[0]!.registratie?.resultaat).toBe('NIEUW');
  });

  it('answers REEKS_IN_BEHANDELING while the first batch runs, then the first answer', async () => {
    const a = await nieuwTraject();
    const rijen = [week(a, 0), week(a, 1)];
    const blokkade = await eigenVerbinding();
    try {
      // Hold the traject's row lock, so the first batch stops inside its transaction, key claimed. As the school: to a
      // connection without a principal row-level security shows no traject, so there would be no row to lock.
      await blokkade.query('begin');
      const variabelen = Object.entries(principaalVariabelen(t.wereld.principals.school, VANDAAG));
      for (const [naam, waarde] of variabelen) await blokkade.query('select set_config($1, $2, true)', [naam, waarde]);
      const vergrendeld = await blokkade.query('select 1 from traject where id = $1 for update', [a]);
      expect(vergrendeld.rowCount).toBe(1);
      const eerste = reeks(rijen, { sleutel: 'loopt' });
      await totDat(async () => (await blokkade.query("select 1 from pg_locks where locktype = 'advisory' and granted")).rowCount === 1);
      const bezig = await domeinfout(reeks(rijen, { sleutel: 'loopt' }));
      expect([bezig.soort, bezig.code, bezig.veld]).toEqual(['CONFLICT', 'REEKS_IN_BEHANDELING', 'idempotentieSleutel']);
      await blokkade.query('rollback');
      const antwoord = await eerste;
      expect(await reeks(rijen, { sleutel: 'loopt' })).toEqual(antwoord);
    } finally {
      blokkade.release();
    }
  });

  it('releases the key of a batch whose connection died half-way: nothing of it saved, the retry writes every row once', async () => {
    const a = await nieuwTraject();
    const rijen = [week(a, 0), week(a, 1), week(a, 2)];
    // A lock this strong on the log takes rights only its owner has; killing the portal's backend takes the portal role.
    const blokkade = await eigenVerbinding(t.eigenaar);
    try {
      // Stop the batch after its rows are inserted (the access-log insert waits for this table lock), then kill its backend.
      await blokkade.query('begin');
      await blokkade.query('lock table inzage in share row exclusive mode');
      const eerste = reeks(rijen, { sleutel: 'afgebroken' });
      // It fails as soon as its backend is killed, maybe before the expectation below listens: not an unhandled rejection.
      eerste.catch(() => undefined);
      const wachtend = async () => (await blokkade.query<{ pid: number }>(
        "select pid from pg_locks where relation = 'inzage'::regclass and not granted")).rows[0]?.pid;
      await totDat(async () => (await wachtend()) !== undefined);
      const pid = (await wachtend())!;
      const halverwege = await blokkade.query("select count(*)::int as n from pg_locks where pid = $1 and locktype = 'advisory'", [pid]);
      expect(halverwege.rows[0].n).toBe(1);
      await t.orm.em.fork().execute('select pg_terminate_backend(?)', [pid]);
      await expect(eerste).rejects.toThrow();
      await blokkade.query('rollback');
    } finally {
      blokkade.release();
    }
    expect(await t.alles().execute('select 1 from aanwezigheid where traject_id = ?', [a])).toEqual([]);
    const retry = await reeks(rijen, { sleutel: 'afgebroken' });
    expect(retry.map((r) => r.registratie?.resultaat)).toEqual(['NIEUW', 'NIEUW', 'NIEUW']);
    expect((await t.alles().execute('select 1 from aanwezigheid where traject_id = ?', [a])).length).toBe(3);
  });
});
