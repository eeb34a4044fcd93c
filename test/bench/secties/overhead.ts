import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { BENCH_WACHTWOORD, SCHOOL_EMAIL } from '../data/omvang.js';
import { belasting, type Reeks } from '../meten.js';
import type { BenchOmgeving } from '../omgeving.js';
import type { SectieUitslag } from '../rapport.js';

const testMap = resolve(import.meta.dirname, '..', '..');

// The baseline: a bare Apollo Server answering a constant, no auth, no database, in its own process.
const KAAL_APOLLO = `
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
const server = new ApolloServer({ typeDefs: 'type Query { hallo: String }', resolvers: { Query: { hallo: () => 'hallo' } } });
const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
console.log(url);
process.once('SIGTERM', () => void server.stop().then(() => process.exit(0)));`;

/** Requests per second of autocannon (its own process, so the load generator shares no event loop with a server). */
export async function autocannon(url: string, opties: { seconden: number; verbindingen: number; headers?: Record<string, string>; body: string }) {
  const args = ['-c', String(opties.verbindingen), '-d', String(opties.seconden), '-m', 'POST', '-b', opties.body, '--json',
    ...Object.entries({ 'content-type': 'application/json', ...opties.headers }).flatMap(([k, v]) => ['-H', `${k}=${v}`]), url];
  const kind = spawn(resolve(testMap, 'node_modules', '.bin', 'autocannon'), args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let uit = '';
  kind.stdout.on('data', (d: Buffer) => (uit += d.toString()));
  const [code] = (await once(kind, 'exit')) as [number];
  if (code !== 0) throw new Error(`autocannon exited with ${code}`);
  const r = JSON.parse(uit) as { requests: { average: number }; latency: { p50: number; p99: number }; errors: number; non2xx: number };
  if (r.errors + r.non2xx > 0) throw new Error(`autocannon: ${r.errors} errors, ${r.non2xx} non-2xx answers from ${url}`);
  return r;
}

export async function sessieCookie(url: string, email: string): Promise<string> {
  const res = await fetch(`${url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: BENCH_WACHTWOORD }) });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (res.status !== 200 || !cookie) throw new Error(`login ${email}: HTTP ${res.status}`);
  return cookie;
}

/** Authenticated `{ __typename }` on the portal against the bare Apollo Server, 10 connections, alternating per repeat. */
export async function meetOverhead(o: BenchOmgeving): Promise<SectieUitslag> {
  const seconden = o.quick ? 2 : 10;
  const herhalingen = o.quick ? 1 : 3;
  const body = JSON.stringify({ query: '{ __typename }' });
  const kaal = spawn(process.execPath, ['--input-type=module', '-e', KAAL_APOLLO], { cwd: testMap, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const [regel] = (await once(kaal.stdout!, 'data')) as [Buffer];
    const kaalUrl = regel.toString().trim();
    const cookie = await sessieCookie(o.url, SCHOOL_EMAIL);
    const portaal: Reeks = { eenheid: 'req/s', waarden: [] };
    const basis: Reeks = { eenheid: 'req/s', waarden: [] };
    // Warm-up of both: JIT, pools, Apollo's document cache.
    await autocannon(kaalUrl, { seconden: 1, verbindingen: 10, body });
    await autocannon(`${o.url}/graphql/aanbieder`, { seconden: 1, verbindingen: 10, body, headers: { cookie } });
    let p99 = 0;
    for (let i = 0; i < herhalingen; i++) {
      basis.waarden.push((await autocannon(kaalUrl, { seconden, verbindingen: 10, body })).requests.average);
      const r = await autocannon(`${o.url}/graphql/aanbieder`, { seconden, verbindingen: 10, body, headers: { cookie } });
      portaal.waarden.push(r.requests.average);
      p99 = Math.max(p99, r.latency.p99);
    }
    return {
      figuren: [{ wat: 'authenticated { __typename } (session cookie), 10 connections', portaal, basis,
        basisNaam: 'bare @apollo/server answering a constant', maat: 'mediaan', belasting: belasting(), opmerking: `${seconden} s per measurement, portal p99 ${p99} ms` }],
    };
  } finally {
    kaal.kill('SIGTERM');
  }
}
