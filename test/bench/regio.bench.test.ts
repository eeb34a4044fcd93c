import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, inject, it } from 'vitest';
import '../support/vitest-context.js';
import { startEmbeddedPostgres, type RunningPostgres } from '../../server/src/db/embedded-postgres.js';
import type { RolWachtwoorden } from '../../server/src/db/rollen.js';
import { maakDataset, type Dataset } from './data/dataset.js';
import { omvangBij } from './data/omvang.js';
import { startOmgeving, type BenchOmgeving } from './omgeving.js';
import { schrijfRapport, type Rapport, type Sectie, type SectieUitslag } from './rapport.js';
import { meetBulk } from './secties/bulk.js';
import { meetLijsten } from './secties/lijsten.js';
import { meetOverhead } from './secties/overhead.js';
import { meetStart } from './secties/start.js';
import { meetBelasting } from './secties/belasting.js';

/**
 * Issue 10's bench. `npm run bench` (BENCH_VOLLEDIG=1, via test/bench/start.mjs) generates the regional data set once
 * into a cached template under .bench/ and measures every figure of the issue's table next to its baseline; inside
 * `npm test` (and with `npm run bench -- --quick`) it runs on small data and asserts that every section produced a
 * figure, not what the figures are. The report: test-results/bench/rapport.md (+ .json), rapport-quick.* for quick.
 */
const VOLLEDIG = process.env.BENCH_VOLLEDIG === '1';
const root = resolve(import.meta.dirname, '..', '..');

const SECTIES: [string, (o: BenchOmgeving) => Promise<SectieUitslag>][] = [
  ['bulk attendance', meetBulk],
  ['reads', meetLijsten],
  ['overhead', meetOverhead],
  ['load and SIGTERM', meetBelasting],
  ['npm start', meetStart],
];

it(VOLLEDIG ? 'bench at regional scale: every figure next to its baseline' : 'bench, quick: every section produces a figure', async () => {
  const begin = new Date();
  const schaal = Number(process.env.BENCH_SCHAAL ?? (VOLLEDIG ? 1 : 0.01));
  const omvang = omvangBij(schaal);
  const log = (regel: string) => console.log(regel);
  let postgres: RunningPostgres | undefined;
  let dataset: Dataset | undefined;
  let omgeving: BenchOmgeving | undefined;
  const secties: Sectie[] = [];
  try {
    let adminUrl: string;
    let wachtwoorden: RolWachtwoorden;
    if (VOLLEDIG && !process.env.DATABASE_URL) {
      postgres = await startEmbeddedPostgres(resolve(root, '.bench'), { persistent: true });
      adminUrl = postgres.superuserUrl('postgres');
      wachtwoorden = postgres.wachtwoorden;
    } else {
      adminUrl = inject('pgAdminUrl');
      wachtwoorden = inject('pgRollen');
    }
    dataset = await maakDataset(adminUrl, wachtwoorden, omvang, { cache: VOLLEDIG, log });
    log(`[bench] data: ${JSON.stringify(dataset.aantallen)} (${dataset.herkomst})`);
    omgeving = await startOmgeving(dataset, omvang, { quick: !VOLLEDIG, herhalingen: Number(process.env.BENCH_HERHALINGEN ?? (VOLLEDIG ? 20 : 2)), log });
    const alleen = process.env.BENCH_ALLEEN?.split(',');
    for (const [naam, meet] of SECTIES) {
      if (alleen && !alleen.some((a) => naam.includes(a))) continue;
      const start = performance.now();
      try {
        secties.push({ naam, uitslag: await meet(omgeving), seconden: (performance.now() - start) / 1000 });
      } catch (error) {
        log(`[bench] ${naam} failed: ${(error as Error).stack}`);
        secties.push({ naam, fout: (error as Error).message, seconden: (performance.now() - start) / 1000 });
      }
      log(`[bench] ${naam}: ${secties.at(-1)!.seconden.toFixed(0)} s`);
    }
  } finally {
    await omgeving?.stop();
    if (dataset) {
      const pad = resolve(root, 'test-results', 'bench', VOLLEDIG ? 'rapport.md' : 'rapport-quick.md');
      const rapport: Rapport = { modus: VOLLEDIG ? 'volledig' : 'quick', begin: begin.toISOString(), seconden: (Date.now() - begin.getTime()) / 1000,
        dataset: { herkomst: dataset.herkomst, aantallen: dataset.aantallen }, secties: metEerdereSecties(pad, secties) };
      schrijfRapport(rapport, pad);
      log(`[bench] report: ${pad}`);
      await dataset.drop();
    }
    await postgres?.stop();
  }
  for (const sectie of secties) {
    expect(sectie.fout, sectie.naam).toBeUndefined();
    expect(sectie.uitslag!.figuren.length, sectie.naam).toBeGreaterThan(0);
    for (const figuur of sectie.uitslag!.figuren) {
      expect(figuur.portaal.waarden.length, figuur.wat).toBeGreaterThan(0);
      expect(figuur.portaal.waarden.every(Number.isFinite), figuur.wat).toBe(true);
      if (figuur.basis) expect(figuur.basis.waarden.length, `${figuur.wat} (baseline)`).toBeGreaterThan(0);
    }
  }
}, VOLLEDIG ? 45 * 60_000 : 300_000);

/**
 * With BENCH_ALLEEN (`--alleen`), the sections not rerun keep their figures from the previous report of the same
 * data set, each marked with the run it came from, so one section can be measured again without the other 25 minutes.
 */
function metEerdereSecties(pad: string, nieuw: Sectie[]): Sectie[] {
  const json = pad.replace(/\.md$/, '.json');
  if (!process.env.BENCH_ALLEEN || !existsSync(json)) return nieuw;
  const vorig = JSON.parse(readFileSync(json, 'utf8')) as Rapport;
  return SECTIES.flatMap(([naam]) => {
    const hier = nieuw.find((s) => s.naam === naam);
    if (hier) return [hier];
    const oud = vorig.secties.find((s) => s.naam === naam);
    return oud ? [{ ...oud, run: oud.run ?? vorig.begin }] : [];
  });
}
