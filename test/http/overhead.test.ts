import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startTestPortal, type TestPortal } from '../support/portal.js';

/**
 * What the portal costs per request before any resolver runs (issue 10 item 4): finding who asks is one SQL statement
 * and a query that needs no data issues no other. test/load/overhead.ts measures the same thing in requests per second.
 */

let portal: TestPortal;
const statements: string[] = [];
beforeAll(async () => {
  portal = await startTestPortal({ onQuery: (sql) => statements.push(sql.replace(/\x1B\[[0-9;]*m/g, '')) });
});
afterAll(() => portal.stop());

/** Every SQL statement issued while `werk` runs, transaction control included. */
async function statementsVan(werk: () => Promise<unknown>): Promise<string[]> {
  statements.length = 0;
  await werk();
  return statements.filter((s) => s.includes('[query]'));
}

async function apiToken(): Promise<string> {
  const beheer = await Client.login(portal.url, 'taalschool@taalhuis.demo');
  const res = await beheer.graphql('aanbieder', 'mutation { maakApiToken(naam: "overhead", rollen: [RAADPLEGEN]) { token } }');
  return res.body.data.maakApiToken.token;
}

describe('an authenticated { __typename }', () => {
  it.each([
    ['an aanbieder session', 'aanbieder', 'taalschool@taalhuis.demo'],
    ['a gemeente session', 'gemeente', 'regisseur@utrecht.demo'],
  ] as const)('with %s costs exactly one SQL statement, a select', async (_naam, endpoint, email) => {
    const client = await Client.login(portal.url, email);
    let res: Awaited<ReturnType<Client['graphql']>> | undefined;
    const sql = await statementsVan(async () => { res = await client.graphql(endpoint, '{ __typename }'); });
    expect(res!.status).toBe(200);
    expect(res!.body.data).toEqual({ __typename: 'Query' });
    expect(sql).toHaveLength(1);
    expect(sql[0]).toMatch(/\[query\]\s*select\b/i);
  });

  it('with an API token costs exactly one SQL statement, a select', async () => {
    const systeem = new Client(portal.url, await apiToken());
    let res: Awaited<ReturnType<Client['graphql']>> | undefined;
    const sql = await statementsVan(async () => { res = await systeem.graphql('aanbieder', '{ __typename }'); });
    expect(res!.status).toBe(200);
    expect(res!.body.data).toEqual({ __typename: 'Query' });
    expect(sql).toHaveLength(1);
    expect(sql[0]).toMatch(/\[query\]\s*select\b/i);
  });

  it('without a session costs no SQL statement and answers 401 UNAUTHENTICATED', async () => {
    let res: Awaited<ReturnType<Client['graphql']>> | undefined;
    const sql = await statementsVan(async () => { res = await new Client(portal.url).graphql('aanbieder', '{ __typename }'); });
    expect(res!.status).toBe(401);
    expect(res!.body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(sql).toHaveLength(0);
  });

  it('with an expired session or of a deactivated user costs the same one statement and answers 401', async () => {
    const sql = (tekst: string) => portal.alles().execute(tekst);
    const verlopen = await Client.login(portal.url, 'map@werkpad.demo');
    await sql(`update sessie set verloopt_op = now() - interval '1 second' where gebruiker_id = (select id from gebruiker where email = 'map@werkpad.demo')`);
    const inactief = await Client.login(portal.url, 'pvt@kompas.demo');
    await sql(`update gebruiker set actief = false where email = 'pvt@kompas.demo'`);
    for (const client of [verlopen, inactief]) {
      let res: Awaited<ReturnType<Client['graphql']>> | undefined;
      const uitgevoerd = await statementsVan(async () => { res = await client.graphql('aanbieder', '{ __typename }'); });
      expect(res!.status).toBe(401);
      expect(res!.body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
      expect(uitgevoerd).toHaveLength(1);
    }
  });
});
