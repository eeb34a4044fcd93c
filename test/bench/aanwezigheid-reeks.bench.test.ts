import { loadavg } from 'node:os';
import type { Pool } from 'pg';
import { describe, expect, it } from 'vitest';
import { MAX_RIJEN } from '../../server/src/modules/aanwezigheid/aanwezigheid.errors.js';
import { plusDagen, vandaag } from '../../server/src/modules/shared/datum.js';
import { Client, startTestPortal } from '../support/portal.js';

/**
 * Bulk attendance on demo data: 10,000 new rows through `registreerAanwezigheden` over real HTTP in requests of
 * MAX_RIJEN, against a raw pg multi-row `INSERT … ON CONFLICT` of the same kind of rows in the same batches, on the same
 * database, alternating, 5 repeats (min / median / max). Each repeat writes onto fresh trajecten, so neither side takes
 * the "unchanged" path. BULK_VOORAF=n first loads n historic attendance rows (a bigger table). Prints its figures;
 * asserts only that every row was saved. Run with `PORTAL_BENCH=1 pnpm exec vitest run test/bench/aanwezigheid-reeks.bench.test.ts`.
 */
const AANTAL = Number(process.env.BULK_RIJEN ?? 10_000);
const WEKEN = 40;
const HERHALINGEN = Number(process.env.BULK_HERHALINGEN ?? 5);
const MUTATIE = 'mutation($rijen: [AanwezigheidInput!]!) { registreerAanwezigheden(rijen: $rijen) { rij resultaat fouten { veld melding } } }';

interface Rij { trajectId: string; periodeVan: string; periodeTot: string; urenIngeroosterd: number; urenAanwezig: number; urenGeoorloofdVerzuim: number; urenOngeoorloofdVerzuim: number }

describe.runIf(process.env.PORTAL_BENCH)('benchmark: attendance in bulk (registreerAanwezigheden) against raw PostgreSQL', () => {
  it(`prints rows per second for ${AANTAL} rows in requests of ${MAX_RIJEN}`, async () => {
    const portal = await startTestPortal();
    const pool = await portal.orm.em.getConnection().getNativeClient();
    try {
      const school = await Client.login(portal.url, 'taalschool@taalhuis.demo');
      const indiener = (await pool.query<{ id: string }>("select id from gebruiker where email = 'taalschool@taalhuis.demo'")).rows[0]!.id;
      let reeksnummer = 0;
      const rijenOpNieuweTrajecten = async () => maakRijen(await nieuweTrajecten(pool, ++reeksnummer, AANTAL / WEKEN));
      if (process.env.BULK_VOORAF) await vooraf(pool, Number(process.env.BULK_VOORAF));

      const portaal: number[] = [];
      const basis: number[] = [];
      for (let herhaling = 0; herhaling < HERHALINGEN; herhaling++) {
        const viaPortaal = await rijenOpNieuweTrajecten();
        const rauw = await rijenOpNieuweTrajecten();
        let start = performance.now();
        for (const batch of inBatches(rauw)) await rawInsert(pool, batch, indiener);
        basis.push(AANTAL / ((performance.now() - start) / 1000));
        start = performance.now();
        for (const batch of inBatches(viaPortaal)) {
          const res = await school.graphql('aanbieder', MUTATIE, { rijen: batch });
          const fout = res.body.data?.registreerAanwezigheden.filter((r: { resultaat: string | null }) => !r.resultaat) ?? [res];
          if (fout.length) throw new Error(`refused: ${JSON.stringify(fout[0]).slice(0, 500)}`);
        }
        portaal.push(AANTAL / ((performance.now() - start) / 1000));
        expect(await opgeslagen(pool, viaPortaal)).toBe(AANTAL);
        expect(await opgeslagen(pool, rauw)).toBe(AANTAL);
        console.log(`[bench] repeat ${herhaling + 1}: portal ${Math.round(portaal.at(-1)!)} rows/s, raw ${Math.round(basis.at(-1)!)} rows/s`);
      }
      const tabel = (await pool.query<{ n: number }>('select count(*)::int as n from aanwezigheid')).rows[0]!.n;
      const [p, b] = [mediaan(portaal), mediaan(basis)];
      console.log(`[bench] ${AANTAL} rows in requests of ${MAX_RIJEN}, table ${tabel} rows after, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}:
  portal (GraphQL over HTTP) min/median/max ${reeks(portaal)} rows/s
  raw pg INSERT … ON CONFLICT  min/median/max ${reeks(basis)} rows/s
  ratio ${(b / p).toFixed(2)}× slower than raw`);
    } finally {
      await portal.stop();
    }
  }, 900_000);
});

/** New people with a running traject at Taalhuis under one of its contracts in force: clean weeks to report on. */
async function nieuweTrajecten(pool: Pool, reeksnummer: number, aantal: number): Promise<string[]> {
  const res = await pool.query<{ id: string }>(`
    with c as (select c.id, c.gemeente_id, c.aanbieder_id, c.trajectsoorten[1] as soort from contract c join aanbieder a on a.id = c.aanbieder_id
                where a.naam like 'Taalhuis%' and c.ingangsdatum <= current_date and (c.einddatum is null or c.einddatum >= current_date) order by c.id limit 1),
         p as (insert into inburgeraar (id, gemeente_id, bsn, voornamen, achternaam, geboortedatum)
               select gen_random_uuid(), c.gemeente_id, (800000000 + $1::int * 10000 + g)::text, 'Bench', 'Deelnemer ' || g, date '1990-01-01'
                 from c, generate_series(1, $2::int) g returning id, gemeente_id)
    insert into traject (id, inburgeraar_id, gemeente_id, aanbieder_id, contract_id, soort, geplande_start, geplande_einde, geplande_uren)
    select gen_random_uuid(), p.id, p.gemeente_id, c.aanbieder_id, c.id, c.soort, date '2025-01-06', date '2027-12-26', 600 from p, c
    returning id`, [reeksnummer, aantal]);
  return res.rows.map((r) => r.id);
}

/** WEKEN past weeks (Monday to Sunday, all over) of every traject, week by week as a school sends them. */
function maakRijen(trajecten: string[]): Rij[] {
  const laatsteMaandag = plusDagen(vandaag(), -7 - ((new Date(`${vandaag()}T12:00:00Z`).getUTCDay() + 6) % 7));
  return Array.from({ length: WEKEN }, (_, w) => plusDagen(laatsteMaandag, -7 * w)).flatMap((van) =>
    trajecten.map((trajectId) => ({ trajectId, periodeVan: van, periodeTot: plusDagen(van, 6), urenIngeroosterd: 12, urenAanwezig: 12, urenGeoorloofdVerzuim: 0, urenOngeoorloofdVerzuim: 0 })));
}

function inBatches(rijen: Rij[]): Rij[][] {
  return Array.from({ length: Math.ceil(rijen.length / MAX_RIJEN) }, (_, i) => rijen.slice(i * MAX_RIJEN, (i + 1) * MAX_RIJEN));
}

/** The baseline: one statement per batch, as a client writing straight to PostgreSQL would (the measurement). */
async function rawInsert(pool: Pool, rijen: Rij[], indiener: string) {
  const waarden: unknown[] = [indiener];
  const tupels = rijen.map((r) => {
    const b = waarden.length;
    waarden.push(r.trajectId, r.periodeVan, r.periodeTot, r.urenIngeroosterd, r.urenAanwezig, r.urenGeoorloofdVerzuim, r.urenOngeoorloofdVerzuim);
    return `(gen_random_uuid(), $${b + 1}, $${b + 2}, $${b + 3}, 1, $${b + 4}, $${b + 5}, $${b + 6}, null, $${b + 7}, null, $1::uuid, now())`;
  });
  await pool.query(`insert into aanwezigheid (id, traject_id, periode_van, periode_tot, versie, uren_ingeroosterd, uren_aanwezig,
      uren_geoorloofd_verzuim, reden_geoorloofd_verzuim, uren_ongeoorloofd_verzuim, reden_ongeoorloofd_verzuim, ingediend_door_gebruiker, ingediend_op)
    values ${tupels.join(', ')}
    on conflict (traject_id, periode_van) where vervangen_op is null do nothing`, waarden);
}

async function opgeslagen(pool: Pool, rijen: Rij[]): Promise<number> {
  const ids = [...new Set(rijen.map((r) => r.trajectId))];
  return (await pool.query<{ n: number }>('select count(*)::int as n from aanwezigheid where traject_id = any($1::uuid[]) and vervangen_op is null', [ids])).rows[0]!.n;
}

/** A bigger table: n historic weeks (2025) on trajecten of their own, indexes and all, then analysed. */
async function vooraf(pool: Pool, n: number) {
  const perTraject = 40;
  const trajecten = await nieuweTrajecten(pool, 900, Math.ceil(n / perTraject));
  const indiener = (await pool.query<{ id: string }>("select id from gebruiker where email = 'taalschool@taalhuis.demo'")).rows[0]!.id;
  await pool.query(`insert into aanwezigheid (id, traject_id, periode_van, periode_tot, versie, uren_ingeroosterd, uren_aanwezig,
      uren_geoorloofd_verzuim, uren_ongeoorloofd_verzuim, ingediend_door_gebruiker, ingediend_op)
    select gen_random_uuid(), t, date '2025-01-06' + 7 * w, date '2025-01-06' + 7 * w + 6, 1, 12, 12, 0, 0, $2::uuid, now()
      from unnest($1::uuid[]) t, generate_series(0, ${perTraject - 1}) w`, [trajecten, indiener]);
  await pool.query('analyze aanwezigheid');
}

function mediaan(waarden: number[]): number {
  const s = [...waarden].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

function reeks(waarden: number[]): string {
  return [Math.min(...waarden), mediaan(waarden), Math.max(...waarden)].map((w) => Math.round(w).toLocaleString('en-US')).join(' / ');
}
