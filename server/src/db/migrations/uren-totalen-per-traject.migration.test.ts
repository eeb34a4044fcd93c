import { describe, expect, it } from 'vitest';
import { metWereld } from '../../../../test/support/wereld.js';
import { uiterlijkeMelddatum } from '../../modules/aanbieder-overzicht/meldtermijn.js';
import { AanwezigheidService } from '../../modules/aanwezigheid/aanwezigheid.service.js';
import type { AanwezigheidInvoer } from '../../modules/aanwezigheid/aanwezigheid.rules.js';
import { eersteGeldigeBsnVanaf } from '../../modules/inburgeraar/bsn.js';
import { Inburgeraar } from '../../modules/inburgeraar/inburgeraar.entity.js';
import { plusDagen, vandaag } from '../../modules/shared/datum.js';
import { emAls, principaalVariabelen } from '../../modules/tenancy/database-principaal.js';
import { Traject } from '../../modules/traject/traject.entity.js';
import { Migration20261204400000UrenTotalenPerTraject } from './Migration20261204400000-uren-totalen-per-traject.js';

// The totals on traject are kept by PostgreSQL itself, so every write path (the bulk writer, the ORM, SQL by hand) keeps them.
const t = metWereld();

// As the owner: deleting versions and turning the schema back are not the portal role's to do (alleen-toevoegen.test.ts).
// Rows by hand and what the triggers kept go through the test's own eye (the owner under `inrichting`, every row).
const sql = async <T = Record<string, unknown>>(tekst: string, params: unknown[] = []) => t.alles().execute<T[]>(tekst, params);

interface Totalen { ingeroosterd: number; aanwezig: number; geoorloofd: number; ongeoorloofd: number; perioden: number; opTijd: number; gemeldTot: string | null }

/** What the traject row carries. */
async function totalen(trajectId: string): Promise<Totalen> {
  const [r] = await sql<Totalen>(`select uren_ingeroosterd::float8 as ingeroosterd, uren_aanwezig::float8 as aanwezig, uren_geoorloofd_verzuim::float8 as geoorloofd,
      uren_ongeoorloofd_verzuim::float8 as ongeoorloofd, perioden, perioden_op_tijd as "opTijd", to_char(gemeld_tot, 'YYYY-MM-DD') as "gemeldTot"
    from traject where id = ?`, [trajectId]);
  return r!;
}

/** The same figures as the reads aggregated them per request before, the first version's day judged by the calendar. */
async function uitAanwezigheid(trajectId: string): Promise<Totalen> {
  const rijen = await sql<{ periode_tot: string; eerste: Date; i: number; a: number; g: number; o: number }>(
    `select a.periode_tot::text as periode_tot, a.uren_ingeroosterd::float8 as i, a.uren_aanwezig::float8 as a, a.uren_geoorloofd_verzuim::float8 as g,
            a.uren_ongeoorloofd_verzuim::float8 as o,
            (select min(v.ingediend_op) from aanwezigheid v where v.traject_id = a.traject_id and v.periode_van = a.periode_van) as eerste
       from aanwezigheid a where a.traject_id = ? and a.vervangen_op is null`, [trajectId]);
  const som = (k: 'i' | 'a' | 'g' | 'o') => rijen.reduce((s, r) => s + r[k], 0);
  return {
    ingeroosterd: som('i'), aanwezig: som('a'), geoorloofd: som('g'), ongeoorloofd: som('o'), perioden: rijen.length,
    opTijd: rijen.filter((r) => vandaag(new Date(r.eerste)) <= uiterlijkeMelddatum(r.periode_tot)).length,
    gemeldTot: rijen.map((r) => r.periode_tot).sort().at(-1) ?? null,
  };
}

let volgnummer = 0;
/** A running traject of the world's school for a person of its own, planned around today so the writer accepts recent weeks. */
async function nieuwTraject(): Promise<string> {
  const em = t.alles();
  const basis = await em.findOneOrFail(Traject, t.wereld.trajectAmina.id);
  const n = ++volgnummer;
  const persoon = em.create(Inburgeraar, {
    gemeente: basis.gemeente, bsn: eersteGeldigeBsnVanaf(998_700_000 + n * 20), voornamen: 'Totaal', achternaam: `Deelnemer ${n}`,
    tussenvoegsel: null, geboortedatum: '1990-01-01', email: null, telefoon: null,
  });
  const traject = em.create(Traject, {
    inburgeraar: persoon, gemeente: basis.gemeente, aanbieder: basis.aanbieder, contract: basis.contract, soort: 'B1_ROUTE',
    cursusnaam: null, geplandeStart: plusDagen(vandaag(), -400), geplandeEinde: plusDagen(vandaag(), 60), geplandeUren: 600, status: 'ACTIEF',
  });
  await em.flush();
  return traject.id;
}

const hand = (trajectId: string, van: string, tot: string, uren: [number, number, number, number], ingediendOp: string, opTijd: boolean, versie = 1) =>
  sql(`insert into aanwezigheid (id, traject_id, periode_van, periode_tot, versie, uren_ingeroosterd, uren_aanwezig, uren_geoorloofd_verzuim,
         reden_geoorloofd_verzuim, uren_ongeoorloofd_verzuim, reden_ongeoorloofd_verzuim, ingediend_door_gebruiker, ingediend_op, op_tijd)
       values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, case when ? > 0 then 'ZIEKTE' end, ?, case when ? > 0 then 'ZONDER_BERICHT' end, ?, ?, ?)`,
  [trajectId, van, tot, versie, uren[0], uren[1], uren[2], uren[2], uren[3], uren[3], t.wereld.principals.school.gebruikerId, ingediendOp, opTijd]);
const vervang = (trajectId: string, van: string) =>
  sql(`update aanwezigheid set vervangen_op = now() where traject_id = ? and periode_van = ? and vervangen_op is null`, [trajectId, van]);

async function opTijdVan(trajectId: string, periodeVan: string): Promise<boolean> {
  const [r] = await sql<{ op_tijd: boolean }>(`select op_tijd from aanwezigheid where traject_id = ? and periode_van = ? and versie = 1`, [trajectId, periodeVan]);
  return r!.op_tijd;
}

const GEEN: Totalen = { ingeroosterd: 0, aanwezig: 0, geoorloofd: 0, ongeoorloofd: 0, perioden: 0, opTijd: 0, gemeldTot: null };

describe('traject totals, kept by the database', () => {
  it('follow an insert, a correction that replaces the current version, and deletes; zeros without attendance', async () => {
    const a = await nieuwTraject();
    expect(await totalen(a)).toEqual(GEEN);
    await hand(a, '2026-11-02', '2026-11-08', [12, 9, 2, 1], '2026-11-09T10:00:00Z', true);
    await hand(a, '2026-11-09', '2026-11-15', [10, 10, 0, 0], '2026-11-30T10:00:00Z', false);
    expect(await totalen(a)).toEqual({ ingeroosterd: 22, aanwezig: 19, geoorloofd: 2, ongeoorloofd: 1, perioden: 2, opTijd: 1, gemeldTot: '2026-11-15' });
    // A correction: the old version stamped, a new one inserted; only current versions count.
    await vervang(a, '2026-11-02');
    await hand(a, '2026-11-02', '2026-11-08', [12, 12, 0, 0], '2026-12-01T10:00:00Z', false, 2);
    expect(await totalen(a)).toEqual({ ingeroosterd: 22, aanwezig: 22, geoorloofd: 0, ongeoorloofd: 0, perioden: 2, opTijd: 1, gemeldTot: '2026-11-15' });
    expect(await totalen(a)).toEqual(await uitAanwezigheid(a));
    await sql(`delete from aanwezigheid where traject_id = ? and periode_van = '2026-11-09'`, [a]);
    expect(await totalen(a)).toMatchObject({ perioden: 1, ingeroosterd: 12, gemeldTot: '2026-11-08' });
    await sql(`delete from aanwezigheid where traject_id = ?`, [a]);
    expect(await totalen(a)).toEqual(GEEN);
  });

  it('count a period on time by its first version: a late correction keeps it on time, an on-time correction does not make a late one timely', async () => {
    const a = await nieuwTraject();
    await hand(a, '2026-10-05', '2026-10-11', [4, 4, 0, 0], '2026-10-12T10:00:00Z', true);
    await hand(a, '2026-10-12', '2026-10-18', [4, 4, 0, 0], '2026-11-30T10:00:00Z', false);
    await vervang(a, '2026-10-05');
    await hand(a, '2026-10-05', '2026-10-11', [4, 3, 1, 0], '2026-11-30T10:00:00Z', false, 2);
    await vervang(a, '2026-10-12');
    await hand(a, '2026-10-12', '2026-10-18', [4, 3, 1, 0], '2026-11-30T10:00:00Z', true, 2);
    expect(await totalen(a)).toMatchObject({ perioden: 2, opTijd: 1 });
  });

  it('are set per traject for a batch through the portal over several trajecten, a period corrected within the batch, and leave other trajecten alone', async () => {
    const [a, b, c] = [await nieuwTraject(), await nieuwTraject(), await nieuwTraject()];
    const ander = t.wereld.trajectFaridAnder.id;
    const voorAnder = await totalen(ander);
    const week = (trajectId: string, terug: number, aanwezig = 4): AanwezigheidInvoer => {
      const tot = plusDagen(vandaag(), -1 - 7 * terug);
      return { trajectId, periodeVan: plusDagen(tot, -6), periodeTot: tot, urenIngeroosterd: 4, urenAanwezig: aanwezig, urenGeoorloofdVerzuim: 4 - aanwezig, redenGeoorloofdVerzuim: aanwezig < 4 ? 'ZIEKTE' : null, urenOngeoorloofdVerzuim: 0 };
    };
    const service = () => new AanwezigheidService(emAls(t.orm.em, t.wereld.principals.school));
    const rijen = [week(a, 0), week(a, 1), week(a, 9), week(b, 0), week(b, 0, 2), ...Array.from({ length: 20 }, (_, k) => week(c, k, k % 4))];
    const eerste = await service().registreerReeks(t.wereld.principals.school, rijen);
    expect(eerste.flatMap((r) => r.fouten)).toEqual([]);
    expect(eerste.map((r) => r.registratie!.resultaat).slice(3, 5)).toEqual(['NIEUW', 'GECORRIGEERD']);
    for (const id of [a, b, c]) expect(await totalen(id), id).toEqual(await uitAanwezigheid(id));
    expect(await totalen(a)).toMatchObject({ perioden: 3, ingeroosterd: 12, gemeldTot: plusDagen(vandaag(), -1) });
    expect(await totalen(b)).toMatchObject({ perioden: 1, aanwezig: 2, geoorloofd: 2 });
    // Yesterday's week reported today is on time; a week that ended ten weeks ago is not (the writer decides, by the calendar).
    expect([await opTijdVan(a, week(a, 0).periodeVan), await opTijdVan(a, week(a, 9).periodeVan)]).toEqual([true, false]);
    const opTijdVoor = (await totalen(a)).opTijd;
    // A later batch corrects some weeks and adds one: totals follow, the correction keeps each period's first verdict.
    const tweede = await service().registreerReeks(t.wereld.principals.school, [week(a, 0, 1), week(a, 9, 0), week(c, 25)]);
    expect(tweede.map((r) => r.registratie!.resultaat)).toEqual(['GECORRIGEERD', 'GECORRIGEERD', 'NIEUW']);
    for (const id of [a, b, c]) expect(await totalen(id), id).toEqual(await uitAanwezigheid(id));
    expect(await totalen(a)).toMatchObject({ perioden: 3, aanwezig: 5, opTijd: opTijdVoor });
    expect(await totalen(ander)).toEqual(voorAnder);
  });

  it('keep both of two writers to one traject at the same time: the later one waits for the first and then counts its rows too', async () => {
    const a = await nieuwTraject();
    const pool = await t.orm.em.getConnection().getNativeClient();
    const [eerste, tweede] = [await pool.connect(), await pool.connect()];
    const rij = (verbinding: typeof eerste, van: string) => verbinding.query(`insert into aanwezigheid (id, traject_id, periode_van, periode_tot, versie, uren_ingeroosterd,
        uren_aanwezig, uren_geoorloofd_verzuim, uren_ongeoorloofd_verzuim, ingediend_door_gebruiker, ingediend_op, op_tijd)
      values (gen_random_uuid(), $1, $2::date, $2::date + 6, 1, 4, 4, 0, 0, $3, now(), true)`, [a, van, t.wereld.principals.school.gebruikerId]);
    // Each writer is the school, as the portal sets it at the start of its transaction.
    const alsSchool = async (verbinding: typeof eerste) => {
      await verbinding.query('begin');
      for (const [naam, waarde] of Object.entries(principaalVariabelen(t.wereld.principals.school))) await verbinding.query('select set_config($1, $2, true)', [naam, waarde]);
    };
    try {
      await alsSchool(eerste);
      await rij(eerste, '2026-09-07');
      await alsSchool(tweede);
      const later = rij(tweede, '2026-09-14');
      let wachtte = false;
      for (let i = 0; i < 200 && !wachtte; i++) {
        // Asked outside both transactions: inside one, pg_stat_activity answers from the snapshot of its first read, so a
        // poll that came before the second insert reached its lock would never see it wait (it did, under load).
        const wacht = await pool.query(`select 1 from pg_stat_activity where wait_event_type = 'Lock' and query like 'insert into aanwezigheid%' and datname = current_database()`);
        wachtte = (wacht.rowCount ?? 0) > 0;
        if (!wachtte) await new Promise((ok) => setTimeout(ok, 25));
      }
      expect(wachtte).toBe(true); // the second insert waits for the first writer's lock on the traject
      await eerste.query('commit');
      await later;
      await tweede.query('commit');
    } finally {
      eerste.release();
      tweede.release();
    }
    expect(await totalen(a)).toMatchObject({ perioden: 2, ingeroosterd: 8, gemeldTot: '2026-09-20' });
  });
});

describe('the migration to totals on traject', () => {
  it('backfills op_tijd by the calendar and every traject from its current versions, then keeps them', async () => {
    const verbinding = t.eigenaar.em.fork().getConnection();
    const [amina, yonas, leeg] = [await nieuwTraject(), await nieuwTraject(), await nieuwTraject()];
    // Back to the schema before it: no op_tijd, no totals, the gemeld_tot trigger of Migration20261203110000.
    await verbinding.execute(`drop trigger aanwezigheid_totalen_insert on aanwezigheid; drop trigger aanwezigheid_totalen_update on aanwezigheid;
      drop trigger aanwezigheid_totalen_delete on aanwezigheid; drop function traject_totalen_bijwerken();
      alter table aanwezigheid drop column op_tijd;
      alter table traject drop column uren_ingeroosterd, drop column uren_aanwezig, drop column uren_geoorloofd_verzuim,
        drop column uren_ongeoorloofd_verzuim, drop column perioden, drop column perioden_op_tijd;
      create function traject_gemeld_tot_bijwerken() returns trigger language plpgsql as $$ begin return null; end $$;
      create trigger aanwezigheid_gemeld_tot_insert after insert on aanwezigheid for each statement execute function traject_gemeld_tot_bijwerken();
      create trigger aanwezigheid_gemeld_tot_update after update on aanwezigheid for each statement execute function traject_gemeld_tot_bijwerken();
      create trigger aanwezigheid_gemeld_tot_delete after delete on aanwezigheid for each statement execute function traject_gemeld_tot_bijwerken();`);
    const oud = (trajectId: string, van: string, tot: string, uren: [number, number, number, number], ingediendOp: string, versie = 1, vervangenOp: string | null = null) =>
      sql(`insert into aanwezigheid (id, traject_id, periode_van, periode_tot, versie, uren_ingeroosterd, uren_aanwezig, uren_geoorloofd_verzuim,
          reden_geoorloofd_verzuim, uren_ongeoorloofd_verzuim, reden_ongeoorloofd_verzuim, ingediend_door_gebruiker, ingediend_op, vervangen_op)
        values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, case when ? > 0 then 'ZIEKTE' end, ?, case when ? > 0 then 'ZONDER_BERICHT' end, ?, ?, ?)`,
      [trajectId, van, tot, versie, uren[0], uren[1], uren[2], uren[2], uren[3], uren[3], t.wereld.principals.school.gebruikerId, ingediendOp, vervangenOp]);
    // The overview's own cases: Koningsdag moves the deadline to Mon 4 May, Bevrijdingsdag to Mon 11 May; 00:30 Dutch time is the next day.
    await oud(amina, '2026-04-20', '2026-04-26', [12, 9, 2, 1], '2026-05-04T21:30:00Z', 1, '2026-05-10T10:00:00Z');
    await oud(amina, '2026-04-20', '2026-04-26', [12, 8, 2, 2], '2026-05-10T10:00:00Z', 2);
    await oud(amina, '2026-04-27', '2026-05-03', [10, 10, 0, 0], '2026-05-12T08:00:00Z');
    await oud(yonas, '2026-04-20', '2026-04-26', [8, 4, 0, 4], '2026-05-04T22:30:00Z');

    // On one connection, in one transaction, as the migrator runs it (the backfill's helper function is session-local;
    // up() itself reads the range of period ends in that transaction). Replayed after row-level security: a migration
    // that reads or changes rows sets the owner's `inrichting` first, or it sees no attendance and backfills nothing.
    const migratie = new Migration20261204400000UrenTotalenPerTraject(t.eigenaar.em.getDriver(), t.eigenaar.config);
    await t.eigenaar.em.fork().transactional(async (em) => {
      await em.execute(`select set_config('portaal.systeem', 'inrichting', true)`);
      migratie.setTransactionContext(em.getTransactionContext());
      await migratie.up();
      for (const query of migratie.getQueries()) await em.execute(query as string);
    });

    const opTijd = await sql<{ ingediend_op: Date; op_tijd: boolean }>(`select ingediend_op, op_tijd from aanwezigheid where traject_id in (?, ?) order by ingediend_op`, [amina, yonas]);
    // Each version judged by its own day: 4 May 23:30 on time; 00:30 on 5 May (NL) late; the correction of 10 May and 12 May late.
    expect(opTijd.map((r) => r.op_tijd)).toEqual([true, false, false, false]);
    expect(await totalen(amina)).toEqual({ ingeroosterd: 22, aanwezig: 18, geoorloofd: 2, ongeoorloofd: 2, perioden: 2, opTijd: 1, gemeldTot: '2026-05-03' });
    expect(await totalen(yonas)).toEqual({ ingeroosterd: 8, aanwezig: 4, geoorloofd: 0, ongeoorloofd: 4, perioden: 1, opTijd: 0, gemeldTot: '2026-04-26' });
    expect(await totalen(leeg)).toEqual(GEEN);
    for (const id of [amina, yonas]) expect(await totalen(id)).toEqual(await uitAanwezigheid(id));
    // And the trigger is in place again.
    await hand(leeg, '2026-05-04', '2026-05-10', [6, 6, 0, 0], '2026-05-11T10:00:00Z', true);
    expect(await totalen(leeg)).toMatchObject({ perioden: 1, opTijd: 1, gemeldTot: '2026-05-10' });
  });
});
