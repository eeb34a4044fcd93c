import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hashWachtwoord } from '../../../server/src/modules/auth/wachtwoord.js';
import { isGeldigeBsn } from '../../../server/src/modules/inburgeraar/bsn.js';
import { migrate, openOrm } from '../../../server/src/db/orm.js';
import { MIGRATIONS } from '../../../server/src/db/migrations/index.js';
import { databaseUrls, EIGENAAR, metClient, zorgVoorDatabase, type RolWachtwoorden } from '../../../server/src/db/rollen.js';
import { genereer } from './genereer.js';
import { BENCH_WACHTWOORD, verwachteAanwezigheden, type Omvang } from './omvang.js';

export interface Dataset {
  /** The portal role's URL: what the portal serves with. */
  url: string;
  /** The owner's: the baselines' own connections, and the bench's clean-up between rounds. */
  eigenaarUrl: string;
  /** How the data got there: generated now (seconds it took) or copied from the cached template. */
  herkomst: string;
  aantallen: Record<string, number>;
  drop: () => Promise<void>;
}

/** The generator's own source and the scale: a change to either makes a new template. */
export function datasetSleutel(omvang: Omvang): string {
  const hash = createHash('sha256');
  for (const bestand of ['./genereer.ts', './omvang.ts']) hash.update(readFileSync(new URL(bestand, import.meta.url)));
  hash.update(JSON.stringify(omvang));
  return hash.digest('hex').slice(0, 12);
}

function databaseUrl(adminUrl: string, naam: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${naam}`;
  return url.toString();
}

/**
 * The bench database. With `cache`, a template database `bench_<key>` is generated once per generator version and
 * kept in the cluster (under .bench/ for `npm run bench`); each run migrates it forward and works on a fresh copy, so
 * the bench's own writes never reach the next run. Without `cache` (quick, inside `npm test`) it generates into a
 * throwaway database, which takes seconds at that size.
 */
export async function maakDataset(adminUrl: string, wachtwoorden: RolWachtwoorden, omvang: Omvang, opties: { cache: boolean; log: (regel: string) => void }): Promise<Dataset> {
  const { log } = opties;
  const sleutel = datasetSleutel(omvang);
  const template = `bench_${sleutel}`;
  const werk = opties.cache ? 'bench_run' : `bench_${sleutel}_${process.pid}`;
  let herkomst = `uit cache (${template})`;

  await metClient(adminUrl, async (admin) => {
    await admin.query(`drop database if exists ${werk} with (force)`);
    const bestaat = await admin.query(`select 1 from pg_database where datname = $1`, [template]);
    if (!opties.cache || bestaat.rowCount === 0 || !(await templateKlaar(databaseUrl(adminUrl, template)))) {
      const doel = opties.cache ? template : werk;
      if (opties.cache) {
        // An older generator's templates only take disk space.
        const oud = await admin.query<{ datname: string }>(`select datname from pg_database where datname ~ '^bench_[0-9a-f]{12}$'`);
        for (const { datname } of oud.rows) await admin.query(`drop database ${datname} with (force)`);
      }
      await zorgVoorDatabase(adminUrl, doel);
      const start = performance.now();
      log(`[bench] genereren: ${omvang.dossiers} dossiers, ${omvang.aanbieders} aanbieders, ${omvang.trajecten} trajecten (schaal ${omvang.schaal})`);
      await migreer(databaseUrls(adminUrl, doel, wachtwoorden).eigenaar);
      const hashBench = await hashWachtwoord(BENCH_WACHTWOORD);
      await metClient(databaseUrl(adminUrl, doel), async (client) => {
        await genereer(client, omvang, hashBench, log);
        await client.query('vacuum analyze');
        await client.query(`create table bench_klaar (sleutel text primary key)`);
        await client.query(`insert into bench_klaar values ($1)`, [sleutel]);
      });
      herkomst = `gegenereerd in ${((performance.now() - start) / 1000).toFixed(0)} s`;
    }
    if (opties.cache) {
      // Migrations added since the template was made run on the template itself, once, as the owner (a template
      // from before the two roles is handed to the owner first).
      await zorgVoorDatabase(adminUrl, template);
      const toegepast = await migreer(databaseUrls(adminUrl, template, wachtwoorden).eigenaar);
      if (toegepast.length) await metClient(databaseUrl(adminUrl, template), (c) => c.query('vacuum analyze'));
      const start = performance.now();
      await admin.query(`create database ${werk} owner ${EIGENAAR} template ${template}`);
      await zorgVoorDatabase(adminUrl, werk);
      herkomst += `, kopie in ${((performance.now() - start) / 1000).toFixed(1)} s`;
    }
  });

  const urls = databaseUrls(adminUrl, werk, wachtwoorden);
  const aantallen = await telEnControleer(databaseUrl(adminUrl, werk), omvang); // every row: row-level security does not bind the superuser
  return {
    url: urls.portaal,
    eigenaarUrl: urls.eigenaar,
    herkomst,
    aantallen,
    drop: () => metClient(adminUrl, async (admin) => void (await admin.query(`drop database if exists ${werk} with (force)`))),
  };
}

async function templateKlaar(url: string): Promise<boolean> {
  return metClient(url, async (c) => (await c.query(`select 1 from pg_tables where tablename = 'bench_klaar'`)).rowCount === 1);
}

async function migreer(url: string): Promise<string[]> {
  const orm = await openOrm(url, { poolMax: 1 });
  try {
    const bekend = new Set(MIGRATIONS.map((m) => m.name));
    const uitgevoerd = await orm.em.getConnection().execute<{ name: string }[]>(
      `select name from mikro_orm_migrations`).catch(() => [] as { name: string }[]);
    const vreemd = uitgevoerd.filter((m) => !bekend.has(m.name));
    if (vreemd.length) throw new Error(`bench template has migrations this branch lacks (${vreemd.map((m) => m.name).join(', ')}): remove .bench/ or switch back`);
    return await migrate(orm);
  } finally {
    await orm.close();
  }
}

/** The counts the issue names, checked against what the generator was asked for. */
async function telEnControleer(url: string, omvang: Omvang): Promise<Record<string, number>> {
  const rij = await metClient(url, async (c) => (await c.query<Record<string, string>>(`select
      (select count(*) from gemeente) as gemeenten, (select count(*) from aanbieder) as aanbieders,
      (select count(*) from inburgeraar) as dossiers, (select count(*) from traject) as trajecten,
      (select count(*) from aanwezigheid) as aanwezigheden,
      (select count(distinct inburgeraar_id) from traject t join aanbieder a on a.id = t.aanbieder_id
        where a.kvk_nummer = '80000001' and t.status = 'ACTIEF') as deelnemers_school,
      (select pg_database_size(current_database())) as bytes`)).rows[0]!);
  const aantallen = Object.fromEntries(Object.entries(rij).map(([k, v]) => [k, Number(v)]));
  const verwacht = { gemeenten: omvang.gemeenten, aanbieders: omvang.aanbieders, dossiers: omvang.dossiers, trajecten: omvang.trajecten,
    aanwezigheden: verwachteAanwezigheden(omvang) };
  for (const [naam, aantal] of Object.entries(verwacht)) {
    if (aantallen[naam] !== aantal) throw new Error(`bench data: ${naam} is ${aantallen[naam]}, expected ${aantal}`);
  }
  // The portal's own elfproef on every generated BSN (they are unique by the table's constraint).
  const bsns = await metClient(url, async (c) => (await c.query<{ bsn: string }>(`select bsn from inburgeraar`)).rows);
  const fout = bsns.find((r) => !isGeldigeBsn(r.bsn) || !r.bsn.startsWith('9'));
  if (fout) throw new Error(`bench data: BSN ${fout.bsn} fails the elfproef or lies outside the 9xxxxxxxx test range`);
  return aantallen;
}
