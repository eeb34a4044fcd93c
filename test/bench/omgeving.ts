import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import pg from 'pg';
import { loadConfig } from '../../server/src/config.js';
import { openOrm, VERBINDINGSOPTIES, type Orm } from '../../server/src/db/orm.js';
import { createPortalApp } from '../../server/src/http/app.js';
import { Client } from '../support/portal.js';
import { BENCH_WACHTWOORD, DOSSIER_MET_66_WEKEN, REGISSEUR_EMAIL, SCHOOL_EMAIL, type Omvang } from './data/omvang.js';

/** What every section gets: the portal on the bench data over real HTTP, logged-in clients, and a pg pool for baselines. */
export interface BenchOmgeving {
  quick: boolean;
  omvang: Omvang;
  herhalingen: number;
  databaseUrl: string;
  url: string;
  orm: Orm;
  /** The baselines' own connections, outside the portal's pool, as the owner (the bench deletes its own rows between rounds). */
  pool: pg.Pool;
  /** Connections as the portal role, to EXPLAIN a captured statement under the principal it ran with (row-level security). */
  portaalPool: pg.Pool;
  school: Client;
  regisseur: Client;
  ids: { school: string; gemeente: string; dossier: string; gemeentecode: string };
  /** Every SQL statement (text and parameters, as pg receives them) the portal sends while `werk` runs. */
  vang: (werk: () => Promise<unknown>) => Promise<Statement[]>;
  log: (regel: string) => void;
  stop: () => Promise<void>;
}

export interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * Records what reaches pg's `Client.query` while `werk` runs: the exact text and parameters PostgreSQL gets, so a
 * statement can be EXPLAINed as it ran. (MikroORM's query log flattens the SQL onto one line, which breaks its
 * `--` comments.) Only the portal runs queries while a list is captured.
 */
async function vangStatements(werk: () => Promise<unknown>): Promise<Statement[]> {
  const gevangen: Statement[] = [];
  const Client = (await pgVanMikroOrm()).Client;
  const origineel = Client.prototype.query;
  Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const [eerste, tweede] = args as [string | { text: string; values?: unknown[] }, unknown];
    if (typeof eerste === 'string') gevangen.push({ sql: eerste, params: Array.isArray(tweede) ? tweede : [] });
    else if (eerste && typeof eerste === 'object' && 'text' in eerste) gevangen.push({ sql: eerste.text, params: eerste.values ?? [] });
    return (origineel as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof origineel;
  try {
    await werk();
  } finally {
    Client.prototype.query = origineel;
  }
  return gevangen;
}

/** The pg module MikroORM's driver loads (pnpm may give it another copy than ours). */
async function pgVanMikroOrm(): Promise<typeof pg> {
  const driver = createRequire(createRequire(import.meta.url).resolve('@mikro-orm/postgresql'));
  return driver('pg') as typeof pg;
}

/** The portal serves as the portal role (`url`), as in production; the baselines' pool is the owner's (`eigenaarUrl`). */
export async function startOmgeving(database: { url: string; eigenaarUrl: string }, omvang: Omvang, opties: { quick: boolean; herhalingen: number; log: (r: string) => void }): Promise<BenchOmgeving> {
  const databaseUrl = database.url;
  const orm = await openOrm(databaseUrl);
  const config = { ...loadConfig([], {}), port: 0, databaseUrl, webDist: resolve(import.meta.dirname, '..', '..', 'web', 'dist') };
  const portal = await createPortalApp(orm, config);
  const server: Server = await new Promise((ok) => {
    const s = portal.app.listen(0, '127.0.0.1', () => ok(s));
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  // Planned with the portal's own session settings, so a baseline and its EXPLAIN compare like with like. The owner
  // under its `inrichting` principal: row-level security then holds each row to one check that names no column, which
  // PostgreSQL evaluates once per statement (a one-time filter), so a baseline is the statement without tenant policies.
  const pool = new pg.Pool({ connectionString: database.eigenaarUrl, max: 4, options: `${VERBINDINGSOPTIES} -c portaal.systeem=inrichting` });
  const portaalPool = new pg.Pool({ connectionString: databaseUrl, max: 1, options: VERBINDINGSOPTIES });
  const ids = (await pool.query<{ school: string; gemeente: string; dossier: string; gemeentecode: string }>(`select
      (select id from aanbieder where kvk_nummer = '80000001') as school,
      g.id as gemeente, g.gemeentecode, md5('dossier' || $1)::uuid::text as dossier
    from gemeente g where g.gemeentecode = '0101'`, [DOSSIER_MET_66_WEKEN])).rows[0]!;
  return {
    quick: opties.quick,
    omvang,
    herhalingen: opties.herhalingen,
    databaseUrl,
    url,
    orm,
    pool,
    portaalPool,
    school: await Client.login(url, SCHOOL_EMAIL, BENCH_WACHTWOORD),
    regisseur: await Client.login(url, REGISSEUR_EMAIL, BENCH_WACHTWOORD),
    ids,
    vang: vangStatements,
    log: opties.log,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
      await portal.stop();
      await orm.close();
      await pool.end();
      await portaalPool.end();
    },
  };
}

/** A GraphQL call that must succeed: a section measuring an error would measure nothing. */
export async function vraag<T = any>(client: Client, endpoint: 'aanbieder' | 'gemeente', query: string, variables?: Record<string, unknown>): Promise<T> {
  const antwoord = await client.graphql<T>(endpoint, query, variables);
  if (antwoord.status !== 200 || antwoord.body.errors || !antwoord.body.data) {
    throw new Error(`${endpoint}: HTTP ${antwoord.status} ${antwoord.text.slice(0, 500)}`);
  }
  return antwoord.body.data;
}
