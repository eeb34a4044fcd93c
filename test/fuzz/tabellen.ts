import pg from 'pg';
import type { Ids } from './waarden.js';

export type Tellingen = Record<string, number>;

/**
 * Row counts of every table in the public schema, on connections of our own (not the portal's pool or
 * EntityManager), so a count never sees the portal's uncommitted work nor hides a leaked transaction.
 *
 * Two connections: row-level security shows the portal role without a principal no row of a person's data, so the
 * counts and ids are read as the owner under its `inrichting` principal (every row, the test's own eye); the portal's
 * leaked transactions are looked for on a connection of the portal role, as pg_stat_activity shows a session's state
 * only to its own role (the owner is no member of the portal role).
 */
export class Tabellen {
  private telQuery = '';
  tabellen: string[] = [];

  private constructor(private readonly client: pg.Client, private readonly portaal: pg.Client) {}

  /** `url`: the portal role's (DATABASE_URL); `eigenaarUrl`: the owner's (MIGRATION_DATABASE_URL). */
  static async open(url: string, eigenaarUrl: string): Promise<Tabellen> {
    const client = new pg.Client({ connectionString: eigenaarUrl });
    const portaal = new pg.Client({ connectionString: url });
    await client.connect();
    await portaal.connect();
    // Session-wide on this connection of the test alone: every statement of the eye sees every row.
    await client.query(`select set_config('portaal.systeem', 'inrichting', false)`);
    const t = new Tabellen(client, portaal);
    const rows = await client.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`);
    t.tabellen = rows.rows.map((r) => r.table_name);
    // One statement, exact counts (pg_stat estimates lag behind).
    t.telQuery = t.tabellen.map((n) => `select '${n}' as t, count(*)::int as n from "${n}"`).join(' union all ');
    return t;
  }

  /** The row count of every table, and how many transactions the portal has left open. */
  async tel(): Promise<{ tellingen: Tellingen; open: number }> {
    const [rows, open] = await Promise.all([
      this.client.query<{ t: string; n: number }>(this.telQuery),
      this.portaal.query<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and state like 'idle in transaction%'`),
    ]);
    const tellingen = Object.fromEntries(rows.rows.map((r) => [r.t, r.n]));
    return { tellingen, open: open.rows[0]?.n ?? 0 };
  }

  /** Every id in the database per table, and those of one organisation (a table's own organisation column, or via its traject or inburgeraar). */
  async ids(organisatieKolom: 'aanbieder_id' | 'gemeente_id', organisatieId: string): Promise<Ids> {
    const kolommen = await this.client.query<{ table_name: string; column_name: string }>(
      `select table_name, column_name from information_schema.columns where table_schema = 'public'`);
    const heeft = (t: string, k: string) => kolommen.rows.some((r) => r.table_name === t && r.column_name === k);
    const ids: Ids = { eigen: {}, alle: {} };
    for (const t of this.tabellen.filter((n) => heeft(n, 'id'))) {
      ids.alle[t] = (await this.client.query<{ id: string }>(`select id::text from "${t}" limit 200`)).rows.map((r) => r.id);
      const eigenSql = (t === organisatieKolom.replace('_id', '')) ? `select id::text from "${t}" where id = $1`
        : heeft(t, organisatieKolom) ? `select id::text from "${t}" where ${organisatieKolom} = $1`
        : heeft(t, 'traject_id') ? `select x.id::text from "${t}" x join traject tr on tr.id = x.traject_id where tr.${organisatieKolom} = $1`
        : heeft(t, 'inburgeraar_id') && organisatieKolom === 'gemeente_id' ? `select x.id::text from "${t}" x join inburgeraar i on i.id = x.inburgeraar_id where i.gemeente_id = $1`
        : heeft(t, 'inburgeraar_id') ? `select x.id::text from "${t}" x join traject tr on tr.inburgeraar_id = x.inburgeraar_id where tr.aanbieder_id = $1`
        : undefined;
      ids.eigen[t] = eigenSql ? (await this.client.query<{ id: string }>(`${eigenSql} limit 200`, [organisatieId])).rows.map((r) => r.id) : [];
    }
    // An aanbieder sees the people of its trajecten, a gemeente the aanbieders it has a contract with.
    if (organisatieKolom === 'aanbieder_id') {
      ids.eigen.inburgeraar = (await this.client.query<{ id: string }>(`select distinct inburgeraar_id::text as id from traject where aanbieder_id = $1`, [organisatieId])).rows.map((r) => r.id);
      ids.eigen.gemeente = (await this.client.query<{ id: string }>(`select distinct gemeente_id::text as id from contract where aanbieder_id = $1`, [organisatieId])).rows.map((r) => r.id);
    } else {
      ids.eigen.aanbieder = (await this.client.query<{ id: string }>(`select distinct aanbieder_id::text as id from contract where gemeente_id = $1`, [organisatieId])).rows.map((r) => r.id);
    }
    return ids;
  }

  async organisatie(tabel: 'aanbieder' | 'gemeente', naam: string): Promise<string> {
    return (await this.client.query<{ id: string }>(`select id::text from "${tabel}" where naam = $1`, [naam])).rows[0]!.id;
  }

  /** Transactions open in the portal's database right now, other than our own connection: a leak shows here. */
  async openTransacties(): Promise<{ pid: number; state: string; query: string }[]> {
    return (await this.portaal.query<{ pid: number; state: string; query: string }>(
      `select pid, state, left(query, 200) as query from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and state like 'idle in transaction%'`)).rows;
  }

  /**
   * Gives a fuzzing user back its roles and activity after a case that (legitimately) changed them: the test's own
   * hand, so as the owner under `inrichting` (accounts have row-level security too).
   */
  async herstelGebruiker(email: string, rollen: string): Promise<void> {
    await this.client.query(`update gebruiker set rollen = $2, actief = true where email = $1`, [email, rollen]);
  }

  async close(): Promise<void> {
    await Promise.all([this.client.end(), this.portaal.end()]);
  }
}
