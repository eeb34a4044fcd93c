import type { BenchOmgeving, Statement } from '../omgeving.js';
import type { Explain } from '../rapport.js';

/** Statements of a list worth a plan: its reads, not the session lookup, the access log or transaction control. */
function isLijstQuery(sql: string): boolean {
  return /^\s*(select|with)\b/i.test(sql) && !/from "?(sessie|gebruiker|api_token)"?\b/i.test(sql);
}

/** The portal's `select set_config(…, true)` that names the principal of the transaction (row-level security). */
function isPrincipaal(sql: string): boolean {
  return /^\s*select set_config\(/i.test(sql);
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of each read statement the portal sent for one list, on the bench database: as the portal
 * role, under the principal the portal set before it, so the plan shows the row-level-security policies it ran with.
 */
export async function explainGevangen(o: BenchOmgeving, lijst: string, statements: Statement[]): Promise<Explain[]> {
  const uitslag: Explain[] = [];
  const reads = statements.map((s, positie) => ({ ...s, positie })).filter((s) => isLijstQuery(s.sql) && !isPrincipaal(s.sql));
  for (const [i, { sql, params, positie }] of reads.entries()) {
    const principaal = statements.slice(0, positie).reverse().find((s) => isPrincipaal(s.sql));
    const client = await o.portaalPool.connect();
    try {
      // A transaction rolled back: ANALYZE runs the statement, and nothing it does stays. Not READ ONLY: a page's
      // statement writes its access-log line in the same statement (a data-modifying CTE), which that would refuse.
      await client.query('begin');
      if (principaal) await client.query(principaal.sql, principaal.params);
      await client.query(`set local statement_timeout = '${o.quick ? 10 : 60}s'`);
      await client.query('savepoint plan_meting');
      let plan: string;
      try {
        plan = (await client.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${sql}`, params)).rows.map((r) => r['QUERY PLAN']).join('\n');
      } catch (error) {
        // A statement that runs for minutes gets its estimated plan: the shape is what the report needs.
        if (!/statement timeout/.test((error as Error).message)) throw error;
        await client.query('rollback to savepoint plan_meting');
        plan = `(ANALYZE stopped by the statement timeout; estimated plan)\n${(await client.query<{ 'QUERY PLAN': string }>(`explain ${sql}`, params)).rows.map((r) => r['QUERY PLAN']).join('\n')}`;
      }
      uitslag.push({ lijst: `${lijst} — statement ${i + 1} of ${reads.length}`, sql: metParams(sql, params), plan });
    } catch (error) {
      uitslag.push({ lijst: `${lijst} — statement ${i + 1} of ${reads.length}`, sql: metParams(sql, params), plan: `EXPLAIN failed: ${(error as Error).message}` });
    } finally {
      await client.query('rollback').catch(() => {});
      client.release();
    }
  }
  return uitslag;
}

/** The statement as the report shows it: its text, then its parameters (long arrays shortened). */
function metParams(sql: string, params: unknown[]): string {
  if (params.length === 0) return sql.trim();
  const kort = params.map((p, i) => `-- $${i + 1} = ${JSON.stringify(p)?.slice(0, 200)}`);
  return `${sql.trim()}\n${kort.join('\n')}`;
}
