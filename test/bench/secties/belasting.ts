import { startPortaalproces } from '../../support/portaalproces.js';
import { REGISSEUR_EMAIL, SCHOOL_EMAIL } from '../data/omvang.js';
import { belasting, samenvatting } from '../meten.js';
import type { BenchOmgeving } from '../omgeving.js';
import type { SectieUitslag } from '../rapport.js';
import { sessieCookie } from './overhead.js';

/** The load this section puts on a portal, and what came of it. */
export interface BelastingOpties {
  url: string;
  /** Session cookies (`name=value`) of an aanbieder user and a gemeente user on that portal. */
  cookies: { aanbieder: string; gemeente: string };
  aanbiederKlanten: number;
  gemeenteKlanten: number;
  seconden: number;
}
export interface BelastingUitslag {
  verzoeken: number;
  fouten: number;
  /** Milliseconds of every request that got an answer. */
  latenties: number[];
  /** What the first failed request said, for the report. */
  eersteFout?: string;
}
export type Belastingtest = (opties: BelastingOpties) => Promise<BelastingUitslag>;

const DEELNEMERS = 'query($after: String) { deelnemers(first: 25, after: $after) { pageInfo { endCursor } nodes { trajecten { id } } } }';
const TRAJECT = 'query($id: ID!) { traject(id: $id) { id soort uren { aanwezig gemeldTot } aanwezigheden { periodeVan urenAanwezig } } }';
const ZOEK = 'query($zoek: String) { zoekDossiers(first: 25, zoek: $zoek) { nodes { id } } }';
const DOSSIER = 'query($id: ID!) { dossier(id: $id) { id trajecten { id uren { aanwezig } } } }';

/** One request: its latency, or a failure (a network error, a non-200 or a GraphQL error). */
async function verzoek(url: string, endpoint: string, cookie: string, query: string, variables: Record<string, unknown>,
  timeoutMs = 120_000): Promise<{ ms: number; ok: boolean; data?: any; fout?: string }> {
  const start = performance.now();
  try {
    // A request that hangs (a server that stopped answering but kept the socket) counts as failed after the timeout.
    const res = await fetch(`${url}/graphql/${endpoint}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }), signal: AbortSignal.timeout(timeoutMs) });
    const text = await res.text();
    const body = JSON.parse(text) as { data?: any; errors?: unknown };
    const ok = res.status === 200 && !body.errors;
    return { ms: performance.now() - start, ok, data: body.data, fout: ok ? undefined : `HTTP ${res.status} ${text.slice(0, 200)}` };
  } catch (error) {
    return { ms: performance.now() - start, ok: false, fout: (error as Error).message };
  }
}

/** Built-in load: aanbieder clients page deelnemers and open trajecten, gemeente clients search and open dossiers, closed loop. */
export const ingebouwdeBelasting: Belastingtest = async (o) => {
  const einde = Date.now() + o.seconden * 1000;
  const latenties: number[] = [];
  let fouten = 0;
  let eersteFout: string | undefined;
  const tel = (r: { ms: number; ok: boolean; fout?: string }) => {
    if (r.ok) latenties.push(r.ms);
    else { fouten++; eersteFout ??= r.fout; }
  };
  const aanbieder = async () => {
    let after: string | undefined;
    while (Date.now() < einde) {
      const pagina = await verzoek(o.url, 'aanbieder', o.cookies.aanbieder, DEELNEMERS, { after });
      tel(pagina);
      after = pagina.data?.deelnemers.pageInfo.endCursor ?? undefined;
      const id = pagina.data?.deelnemers.nodes[0]?.trajecten[0]?.id;
      if (id && Date.now() < einde) tel(await verzoek(o.url, 'aanbieder', o.cookies.aanbieder, TRAJECT, { id }));
    }
  };
  const gemeente = async (n: number) => {
    const namen = ['Öztürk', 'José', 'Nguyễn', 'Müller', 'Haddad'];
    for (let i = n; Date.now() < einde; i++) {
      const zoek = await verzoek(o.url, 'gemeente', o.cookies.gemeente, ZOEK, { zoek: namen[i % namen.length] });
      tel(zoek);
      const id = zoek.data?.zoekDossiers.nodes[0]?.id;
      if (id && Date.now() < einde) tel(await verzoek(o.url, 'gemeente', o.cookies.gemeente, DOSSIER, { id }));
    }
  };
  await Promise.all([...Array.from({ length: o.aanbiederKlanten }, aanbieder), ...Array.from({ length: o.gemeenteKlanten }, (_, i) => gemeente(i))]);
  return { verzoeken: latenties.length + fouten, fouten, latenties, eersteFout };
};

/**
 * Load (issue 10 item 7: 50 aanbieder and 20 gemeente clients for 60 s; p99) on the bench portal, and SIGTERM under
 * load: requests in flight when the stop begins that fail are counted (the target is none).
 */
export async function meetBelasting(o: BenchOmgeving): Promise<SectieUitslag> {
  const test = ingebouwdeBelasting;
  const notities = [
    'load: the clients run in the bench process, the same process as the measured portal, which inflates latency; test/load/belasting.ts runs the same load from outside against `npm start` on demo data',
    'SIGTERM: the built portal as a real process (test/support/portaalproces.ts) on the bench database',
  ];
  const cookies = { aanbieder: await sessieCookie(o.url, SCHOOL_EMAIL), gemeente: await sessieCookie(o.url, REGISSEUR_EMAIL) };
  const opties = o.quick ? { aanbiederKlanten: 5, gemeenteKlanten: 2, seconden: 3 } : { aanbiederKlanten: 50, gemeenteKlanten: 20, seconden: 60 };
  const last = await test({ url: o.url, cookies, ...opties });
  o.log(`[bench] load: ${last.verzoeken} requests, ${last.fouten} errors`);
  if (last.latenties.length === 0) throw new Error(`load: no request succeeded (first error: ${last.eersteFout})`);
  if (last.eersteFout) notities.push(`load: first failed request: ${last.eersteFout}`);
  const s = samenvatting(last.latenties);
  const p99 = [...last.latenties].sort((a, b) => a - b)[Math.ceil(0.99 * last.latenties.length) - 1]!;

  // SIGTERM: a fresh portal on the same database, loaded by 30 clients; the stop begins once all are in flight.
  const kind = await startPortaalproces({ demo: false, databaseUrl: o.databaseUrl });
  const proces = { url: kind.url, stop: async () => { kind.kill('SIGTERM'); await kind.wachtOpAfloop(30_000); } };
  o.log(`[bench] SIGTERM: portal at ${proces.url}`);
  const procesCookies = { aanbieder: await sessieCookie(proces.url, SCHOOL_EMAIL), gemeente: await sessieCookie(proces.url, REGISSEUR_EMAIL) };
  let signaalOp = Infinity;
  const uitkomsten: { start: number; einde: number; ok: boolean }[] = [];
  const klant = async (n: number) => {
    while (performance.now() < signaalOp + 2_000) {
      const start = performance.now();
      if (start > signaalOp) break; // new work after the signal may be refused; only what was in flight counts
      const r = n % 3 === 0
        ? await verzoek(proces.url, 'gemeente', procesCookies.gemeente, ZOEK, { zoek: 'Öztürk' }, 15_000)
        : await verzoek(proces.url, 'aanbieder', procesCookies.aanbieder, DEELNEMERS, {}, 15_000);
      uitkomsten.push({ start, einde: performance.now(), ok: r.ok });
    }
  };
  const klanten = Promise.all(Array.from({ length: 30 }, (_, n) => klant(n)));
  await new Promise((ok) => setTimeout(ok, o.quick ? 500 : 3_000));
  signaalOp = performance.now();
  const stopStart = performance.now();
  // A stop that never ends (server.close waiting for connections the load keeps opening) is a finding, not a hang of the bench.
  const gestopt = await Promise.race([proces.stop().then(() => true), new Promise<false>((ok) => setTimeout(() => ok(false), o.quick ? 5_000 : 20_000))]);
  o.log(`[bench] SIGTERM: ${gestopt ? 'stopped' : 'not stopped in time'}`);
  const stopMs = performance.now() - stopStart;
  await klanten;
  await kind.opruimen();
  const inVlucht = uitkomsten.filter((u) => u.start <= signaalOp && u.einde >= signaalOp);
  const mislukt = inVlucht.filter((u) => !u.ok).length;
  return {
    figuren: [
      { wat: `load: ${opties.aanbiederKlanten} aanbieder + ${opties.gemeenteKlanten} gemeente clients, ${opties.seconden} s, p99 latency`,
        portaal: { eenheid: 'ms', waarden: [p99] }, maat: 'mediaan', belasting: belasting(),
        opmerking: `${last.verzoeken} requests (${(last.verzoeken / opties.seconden).toFixed(0)}/s), ${last.fouten} errors, p50 ${s.mediaan.toFixed(0)} ms` },
      { wat: 'SIGTERM under load (30 clients): failed in-flight requests', portaal: { eenheid: 'aantal', waarden: [mislukt] }, maat: 'mediaan',
        belasting: belasting(), opmerking: `of ${inVlucht.length} in flight at the signal; ${gestopt ? `stop took ${stopMs.toFixed(0)} ms` : `the stop had not finished after ${o.quick ? 5 : 20} s`}` },
    ],
    notities,
  };
}
