import type { EntityManager } from '@mikro-orm/postgresql';
import type { PoolClient } from 'pg';

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
    await sql.query('begin');
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
 * One read statement with bind parameters on the ORM's pool: the hot read pages are one hand-written statement each
 * (see deelnemers.sql.ts), because building and hydrating the ORM's queries cost more CPU than PostgreSQL answering them.
 */
export async function leesSql<R extends object>(em: EntityManager, sql: string, params: unknown[] = []): Promise<R[]> {
  const pool = await em.getConnection().getNativeClient();
  return meldendeTransactie(em, pool).query<R>(sql, params);
}

function meldendeTransactie(em: EntityManager, client: Pick<PoolClient, 'query'>): SqlTransactie {
  const logger = em.config.getLogger();
  return {
    async query<R extends object>(sql: string, params: unknown[] = []) {
      const start = performance.now();
      const res = await client.query(sql, params);
      logger.logQuery({ query: sql, took: Math.round(performance.now() - start), results: res.rowCount ?? undefined });
      return res.rows as R[];
    },
  };
}
