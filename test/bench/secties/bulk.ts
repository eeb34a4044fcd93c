import { opTijdGemeld } from '../../../server/src/modules/aanbieder-overzicht/meldtermijn.js';
import { plusDagen } from '../../../server/src/modules/shared/datum.js';
import { PEILDATUM, SCHOOL_EMAIL } from '../data/omvang.js';
import { belasting, type Reeks } from '../meten.js';
import { vraag, type BenchOmgeving } from '../omgeving.js';
import type { SectieUitslag } from '../rapport.js';

const MUTATIE = `mutation($rijen: [AanwezigheidInput!]!) { registreerAanwezigheden(rijen: $rijen) { rij resultaat } }`;

interface Rij {
  trajectId: string;
  periodeVan: string;
  periodeTot: string;
  urenIngeroosterd: number;
  urenAanwezig: number;
  urenGeoorloofdVerzuim: number;
  urenOngeoorloofdVerzuim: number;
}

/**
 * Bulk attendance: N rows (10,000 at regional scale) for the week of PEILDATUM, which no traject has reported yet,
 * sent through registreerAanwezigheden over HTTP in batches of the documented size, against raw pg multi-row
 * `INSERT … ON CONFLICT` of the same rows in the same batches. Between runs the week is deleted again, so every
 * repeat writes new rows (never the idempotent "unchanged" path).
 */
export async function meetBulk(o: BenchOmgeving): Promise<SectieUitslag> {
  const aantal = o.quick ? 50 : 10_000;
  const batch = o.quick ? 25 : 2_000;
  const van = PEILDATUM;
  const tot = plusDagen(van, 6);
  const trajecten = (await o.pool.query<{ id: string }>(`select id from traject
      where aanbieder_id = $1 and status = 'ACTIEF' and geplande_start <= $2 and geplande_einde >= $3 order by id limit $4`,
    [o.ids.school, van, tot, aantal])).rows.map((r) => r.id);
  if (trajecten.length < aantal) throw new Error(`bulk: only ${trajecten.length} trajecten for ${aantal} rows`);
  const rijen: Rij[] = trajecten.map((trajectId) => ({ trajectId, periodeVan: van, periodeTot: tot,
    urenIngeroosterd: 12, urenAanwezig: 12, urenGeoorloofdVerzuim: 0, urenOngeoorloofdVerzuim: 0 }));
  const batches = Array.from({ length: Math.ceil(aantal / batch) }, (_, i) => rijen.slice(i * batch, (i + 1) * batch));
  const indiener = (await o.pool.query<{ id: string }>(`select id from gebruiker where email = $1`, [SCHOOL_EMAIL])).rows[0]!.id;
  const wis = () => o.pool.query(`delete from aanwezigheid where traject_id = any($1) and periode_van = $2`, [trajecten, van]);

  const portaal: Reeks = { eenheid: 'rijen/s', waarden: [] };
  const basis: Reeks = { eenheid: 'rijen/s', waarden: [] };
  const budgetMs = o.quick ? 20_000 : 5 * 60_000;
  let besteed = 0;
  await wis();
  const herhalingen = o.quick ? 1 : Math.min(5, o.herhalingen);
  for (let herhaling = 0; herhaling < herhalingen; herhaling++) {
    let start = performance.now();
    for (const rijenInBatch of batches) await rawInsert(o, rijenInBatch, indiener);
    basis.waarden.push(aantal / ((performance.now() - start) / 1000));
    await controleerEnWis(o, trajecten, van, aantal, wis);

    start = performance.now();
    for (const rijenInBatch of batches) {
      const data = await vraag<{ registreerAanwezigheden: { rij: number; resultaat: string | null }[] }>(o.school, 'aanbieder', MUTATIE, { rijen: rijenInBatch });
      const fout = data.registreerAanwezigheden.filter((r) => !r.resultaat);
      if (fout.length) throw new Error(`bulk: ${fout.length} rows refused by the portal, e.g. row ${fout[0]!.rij}`);
    }
    const ms = performance.now() - start;
    besteed += ms;
    portaal.waarden.push(aantal / (ms / 1000));
    await controleerEnWis(o, trajecten, van, aantal, wis);
    o.log(`[bench] bulk repeat ${herhaling + 1}: portal ${Math.round(portaal.waarden.at(-1)!)} rows/s, raw ${Math.round(basis.waarden.at(-1)!)} rows/s`);
    if (besteed > budgetMs && herhaling + 1 < herhalingen) {
      portaal.afgebroken = `${herhaling + 1} van ${herhalingen} herhalingen binnen het budget van ${budgetMs / 1000} s`;
      break;
    }
  }
  return {
    figuren: [{ wat: `registreerAanwezigheden, ${aantal.toLocaleString('en-US')} rows in requests of ${batch}`, portaal, basis,
      basisNaam: 'raw pg multi-row INSERT … ON CONFLICT', maat: 'mediaan', belasting: belasting() }],
  };
}

/** One statement per batch, as a client that writes straight to PostgreSQL would. */
async function rawInsert(o: BenchOmgeving, rijen: Rij[], indiener: string) {
  const waarden: unknown[] = [];
  const nu = new Date();
  const tupels = rijen.map((r) => {
    const b = waarden.length;
    // Whether the row came within its meldtermijn is the writer's to say (the database has no holiday calendar).
    waarden.push(r.trajectId, r.periodeVan, r.periodeTot, r.urenIngeroosterd, r.urenAanwezig, r.urenGeoorloofdVerzuim, r.urenOngeoorloofdVerzuim, opTijdGemeld(r.periodeTot, nu));
    return `(gen_random_uuid(), $${b + 1}, $${b + 2}, $${b + 3}, 1, $${b + 4}, $${b + 5}, $${b + 6}, null, $${b + 7}, null, '${indiener}', now(), $${b + 8})`;
  });
  await o.pool.query(`insert into aanwezigheid (id, traject_id, periode_van, periode_tot, versie, uren_ingeroosterd, uren_aanwezig,
      uren_geoorloofd_verzuim, reden_geoorloofd_verzuim, uren_ongeoorloofd_verzuim, reden_ongeoorloofd_verzuim, ingediend_door_gebruiker, ingediend_op, op_tijd)
    values ${tupels.join(', ')}
    on conflict (traject_id, periode_van) where vervangen_op is null do nothing`, waarden);
}

/** Both sides must really have written every row (a figure for rows that were not saved would be worthless). */
async function controleerEnWis(o: BenchOmgeving, trajecten: string[], van: string, aantal: number, wis: () => Promise<unknown>) {
  const n = Number((await o.pool.query<{ n: string }>(`select count(*) as n from aanwezigheid where traject_id = any($1) and periode_van = $2 and vervangen_op is null`,
    [trajecten, van])).rows[0]!.n);
  if (n !== aantal) throw new Error(`bulk: ${n} rows stored, expected ${aantal}`);
  await wis();
}
