import { readFileSync } from 'node:fs';

/** Logging in, making an API token and reading a server's CPU time, for the load tools (plain fetch, no test runner). */

export async function login(baseUrl: string, email: string, wachtwoord = 'demo'): Promise<string> {
  const res = await fetch(`${baseUrl}/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: wachtwoord }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (res.status !== 200 || !cookie) throw new Error(`login ${email}: HTTP ${res.status}`);
  return cookie;
}

export async function graphql<T>(baseUrl: string, endpoint: 'aanbieder' | 'gemeente', headers: Record<string, string>,
  query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await fetch(`${baseUrl}/graphql/${endpoint}`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }),
  });
  const body = await res.json() as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors) throw new Error(`${endpoint}: HTTP ${res.status} ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** A fresh RAADPLEGEN token of the demo taalschool (its beheer user makes it). */
export async function maakApiToken(baseUrl: string): Promise<string> {
  const cookie = await login(baseUrl, 'taalschool@taalhuis.demo');
  const data = await graphql<{ maakApiToken: { token: string } }>(baseUrl, 'aanbieder', { cookie },
    'mutation($naam: String!) { maakApiToken(naam: $naam, rollen: [RAADPLEGEN]) { token } }', { naam: `belasting ${Date.now()}` });
  return data.maakApiToken.token;
}

/** CPU time of a process so far in ms (utime + stime from /proc, clock ticks of 10 ms), or NaN without a pid. */
export function cpuMs(pid: number | undefined): number {
  if (!pid) return Number.NaN;
  const velden = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(velden[11]) + Number(velden[12])) * 10;
}
