import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { cpuMs, login, maakApiToken } from './klant.ts';

/**
 * Issue 10 item 4: requests per second of an authenticated `{ __typename }` on a started portal (session cookie and
 * API token) next to a bare Apollo Server answering a constant (kaal-apollo.ts, its own process), in one run.
 *   node test/load/overhead.ts --url http://localhost:4000 [--pid <portal pid>] [--seconden 10] [--verbindingen 10]
 * With --pid it also prints the CPU time (user + system, from /proc) each server process spent per request: on a
 * shared machine that figure moves far less than requests per second do.
 */
const { values } = parseArgs({ options: {
  url: { type: 'string', default: 'http://localhost:4000' },
  seconden: { type: 'string', default: '10' },
  verbindingen: { type: 'string', default: '10' },
  pid: { type: 'string' },
} });
const duration = Number(values.seconden);
const connections = Number(values.verbindingen);
const portaalPid = values.pid ? Number(values.pid) : undefined;
const body = JSON.stringify({ query: '{ __typename }' });

async function meet(url: string, headers: Record<string, string>, pid: number | undefined) {
  const opties = { url, method: 'POST' as const, body, headers: { 'content-type': 'application/json', ...headers }, connections };
  // Warm-up: JIT, pools, Apollo's document cache. 2 s left the first portal figure ~1.7× too high under load.
  await autocannon({ ...opties, duration: 5 });
  const cpuVoor = cpuMs(pid);
  const r = await autocannon({ ...opties, duration });
  const cpuPerVerzoek = (cpuMs(pid) - cpuVoor) / r.requests.total;
  return {
    'req/s': Math.round(r.requests.average), 'p50 ms': r.latency.p50, 'p99 ms': r.latency.p99, fouten: r.errors + r.non2xx,
    'CPU µs/verzoek': Number.isNaN(cpuPerVerzoek) ? '–' : Math.round(cpuPerVerzoek * 1000),
  };
}

const kaal = spawn(process.execPath, [new URL('./kaal-apollo.ts', import.meta.url).pathname], { stdio: ['ignore', 'pipe', 'inherit'] });
const [regel] = await once(kaal.stdout!, 'data') as [Buffer];
const kaalUrl = regel.toString().trim();
try {
  const cookie = await login(values.url, 'taalschool@taalhuis.demo');
  const token = await maakApiToken(values.url);
  const uitslag = {
    'kaal @apollo/server': await meet(kaalUrl, {}, kaal.pid),
    'portaal, sessiecookie': await meet(`${values.url}/graphql/aanbieder`, { cookie }, portaalPid),
    'portaal, API-token': await meet(`${values.url}/graphql/aanbieder`, { authorization: `Bearer ${token}` }, portaalPid),
  };
  console.log(`{ __typename }, ${connections} verbindingen, ${duration} s per meting`);
  console.table(uitslag);
  const basis = uitslag['kaal @apollo/server']['req/s'];
  for (const [naam, r] of Object.entries(uitslag).slice(1)) console.log(`${naam}: ${(basis / r['req/s']).toFixed(1)}× langzamer dan kaal`);
} finally {
  kaal.kill('SIGTERM');
}
