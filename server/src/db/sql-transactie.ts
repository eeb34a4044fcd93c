import type { EntityManager } from '@mikro-orm/postgresql';
import type { PoolClient } from 'pg';
import { sessieVariabelenVan, type SessieVariabelen } from '../modules/tenancy/database-principaal.js';

/** A statement with real bind parameters ($1, $2, …): arrays travel as PostgreSQL arrays, never spliced into the text. */
export interface SqlTransactie {
  query<R extends object = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
}

/**
 * Runs `werk` in one transaction on a connection of the ORM's own pool, with bind parameters. Set-based batch
 * statements need that: MikroORM's `em.execute` inlines every value into the SQL text, which for thousands of rows
 * costs parsing on both sides and is string building of values. Each statement is reported to the ORM's query logger,
 * so statement-count tests see these like any other. Commits when `werk` resolves, rolls back when it throws.
 */
export async function inSqlTransactie<T>(em: EntityManager, werk: (sql: SqlTransactie) => Promise<T>): Promise<T> {
  const pool = await em.getConnection().getNativeClient();
  const client = await pool.connect();
  const sql = meldendeTransactie(em, client);
  let bruikbaar = true;
  try {
    await sql.query(beginMetPrincipaal(sessieVariabelenVan(em)));
    const uitkomst = await werk(sql);
    await sql.query('commit');
    return uitkomst;
  } catch (error) {
    await sql.query('rollback').catch(() => { bruikbaar = false; });
    throw error;
  } finally {
    // A connection whose rollback failed is in an unknown state: the pool discards it instead of lending it out again.
    client.release(bruikbaar ? undefined : true);
  }
}

/**
 * One statement with bind parameters on the ORM's pool: the hot read pages are one hand-written statement each (see
 * deelnemers.sql.ts) and so is the principal lookup of every request, because building and hydrating the ORM's queries
 * cost more CPU than PostgreSQL answering them, and `em.execute` inlines values into the text. With a principal on `em`
 * (row-level security) the statement runs in a transaction of its own that sets it first, as MikroORM does for its own.
 */
export async function sqlStatement<R extends object>(em: EntityManager, sql: string, params: unknown[] = [], opties: { voorbereid?: string } = {}): Promise<R[]> {
  const variabelen = sessieVariabelenVan(em);
  if (Object.keys(variabelen).length === 0) {
    const pool = await em.getConnection().getNativeClient();
    return meldendeTransactie(em, pool, opties.voorbereid).query<R>(sql, params);
  }
  return inSqlTransactie(em, (tx) => tx.query<R>(sql, params));
}

/**
 * `begin`, and the principal of `em` for this transaction only (`set_config(…, true)`: the policies read it, the pool
 * never keeps it), in one round trip: both in one simple-protocol message, which takes no bind parameters. So the
 * values go into the text, and only these may: names of settings and values made of letters, digits, `_ . : -` (ids,
 * days, role names), which cannot close a quoted literal. Anything else is a programming error, refused here.
 */
function beginMetPrincipaal(variabelen: SessieVariabelen): string {
  const namen = Object.keys(variabelen);
  if (namen.length === 0) return 'begin';
  for (const naam of namen) {
    if (!/^[a-z_.]+$/.test(naam) || !/^[A-Za-z0-9_.:-]*$/.test(variabelen[naam]!)) {
      throw new Error(`session setting ${JSON.stringify(naam)} = ${JSON.stringify(variabelen[naam])} is not a plain name and value`);
    }
  }
  return `begin; select ${namen.map((naam) => `set_config('${naam}', '${variabelen[naam]}', true)`).join(', ')}`;
}

/**
 * `voorbereid` names a prepared statement: each pooled connection parses and plans it once, then only binds values, for
 * the statement every request runs (the principal lookup). Only for a fixed text: one name, one text.
 */
function meldendeTransactie(em: EntityManager, client: Pick<PoolClient, 'query'>, voorbereid?: string): SqlTransactie {
  const logger = em.config.getLogger();
  return {
    async query<R extends object>(sql: string, params: unknown[] = []) {
      const start = performance.now();
      const res = await client.query(voorbereid ? { name: voorbereid, text: sql, values: params } : { text: sql, values: params });
      logger.logQuery({ query: sql, took: Math.round(performance.now() - start), results: res.rowCount ?? undefined });
      return res.rows as R[];
    },
  };
}
