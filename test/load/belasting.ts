import { print, type DocumentNode } from 'graphql';
import { parseArgs } from 'node:util';
import { DeelnemersDocument, TrajectMetAanwezigheidDocument } from '../../web/src/gql/aanbieder/graphql.ts';
import { DossierDocument, ZoekDossiersDocument } from '../../web/src/gql/gemeente/graphql.ts';
import { cpuMs, login } from './klant.ts';

/**
 * Issue 10 item 7: aanbieder clients paging deelnemers and opening trajecten, gemeente clients searching and opening
 * dossiers, each sending its next request as soon as the last one is answered, for a fixed time against a started
 * portal (`npm start`, demo data). The operations are the web client's own generated documents, so the load is
 * what the pages ask. Prints requests per second, p50/p95/p99/max per operation and in all, and every error.
 *   node test/load/belasting.ts --url http://localhost:4000 [--pid <portal pid>] [--seconden 60] [--aanbieders 50] [--gemeenten 20]
 * With --pid it also prints the portal process's CPU time per request (see overhead.ts).
 */
const { values } = parseArgs({ options: {
  url: { type: 'string', default: 'http://localhost:4000' },
  seconden: { type: 'string', default: '60' },
  aanbieders: { type: 'string', default: '50' },
  gemeenten: { type: 'string', default: '20' },
  pid: { type: 'string' },
} });
const basis = values.url;
const AANBIEDER_ACCOUNTS = ['taalschool@taalhuis.demo', 'map@werkpad.demo', 'pvt@kompas.demo'];
const GEMEENTE_ACCOUNTS = ['regisseur@utrecht.demo', 'raadpleger@utrecht.demo', 'regisseur@amersfoort.demo'];
const PER_PAGINA = 25; // as the web pages ask

const DOCUMENTEN = {
  deelnemers: print(DeelnemersDocument as DocumentNode),
  traject: print(TrajectMetAanwezigheidDocument as DocumentNode),
  zoekDossiers: print(ZoekDossiersDocument as DocumentNode),
  dossier: print(DossierDocument as DocumentNode),
};
type Operatie = keyof typeof DOCUMENTEN;

const latenties = new Map<Operatie, number[]>(Object.keys(DOCUMENTEN).map((o) => [o as Operatie, []]));
const fouten: string[] = [];
let einde = 0;

/** One request; its latency is counted, an HTTP error, a GraphQL error or a refused connection is an error. */
async function vraag<T>(endpoint: 'aanbieder' | 'gemeente', cookie: string, operatie: Operatie, variables: Record<string, unknown>): Promise<T | undefined> {
  const start = performance.now();
  try {
    const res = await fetch(`${basis}/graphql/${endpoint}`, {
      method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query: DOCUMENTEN[operatie], variables }),
    });
    const body = await res.json() as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    latenties.get(operatie)!.push(performance.now() - start);
    if (res.status !== 200 || body.errors) {
      fouten.push(`${operatie}: HTTP ${res.status} ${body.errors?.map((e) => e.extensions?.code ?? e.message).join(', ') ?? ''}`);
      return undefined;
    }
    return body.data;
  } catch (error) {
    fouten.push(`${operatie}: ${(error as Error).message}`);
    return undefined;
  }
}

const willekeurig = <T>(lijst: T[]): T | undefined => lijst[Math.floor(Math.random() * lijst.length)];

interface DeelnemersPagina {
  deelnemers: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { trajecten: { id: string }[] }[] };
}

/** Pages through its deelnemers from the start, opening one traject of each page, over and over. */
async function aanbiederKlant(cookie: string): Promise<void> {
  let after: string | null = null;
  while (performance.now() < einde) {
    const pagina: DeelnemersPagina | undefined = await vraag<DeelnemersPagina>('aanbieder', cookie, 'deelnemers', { first: PER_PAGINA, after });
    const info: DeelnemersPagina['deelnemers']['pageInfo'] | undefined = pagina?.deelnemers.pageInfo;
    after = info?.hasNextPage ? info.endCursor : null;
    const traject = willekeurig(pagina?.deelnemers.nodes.flatMap((d) => d.trajecten) ?? []);
    if (traject && performance.now() < einde) await vraag('aanbieder', cookie, 'traject', { id: traject.id });
  }
}

interface DossierLijst { zoekDossiers: { nodes: { id: string; achternaam: string }[] } }

/** Searches dossiers (all of them, or by the start of a name seen before) and opens one of the results. */
async function gemeenteKlant(cookie: string): Promise<void> {
  const namen: string[] = [];
  while (performance.now() < einde) {
    const naam = Math.random() < 0.5 ? willekeurig(namen) : undefined;
    const lijst = await vraag<DossierLijst>('gemeente', cookie, 'zoekDossiers', { first: PER_PAGINA, zoek: naam?.slice(0, 3) ?? null });
    const nodes = lijst?.zoekDossiers.nodes ?? [];
    for (const node of nodes) if (namen.length < 200) namen.push(node.achternaam);
    const dossier = willekeurig(nodes);
    if (dossier && performance.now() < einde) await vraag('gemeente', cookie, 'dossier', { id: dossier.id });
  }
}

function percentiel(gesorteerd: number[], p: number): number {
  if (gesorteerd.length === 0) return Number.NaN;
  return gesorteerd[Math.min(gesorteerd.length - 1, Math.ceil((p / 100) * gesorteerd.length) - 1)]!;
}

function regel(alle: number[], seconden: number) {
  const s = [...alle].sort((a, b) => a - b);
  const ms = (x: number) => Math.round(x);
  return { verzoeken: s.length, 'req/s': Math.round(s.length / seconden), 'p50 ms': ms(percentiel(s, 50)), 'p95 ms': ms(percentiel(s, 95)),
    'p99 ms': ms(percentiel(s, 99)), 'max ms': ms(s.at(-1) ?? Number.NaN) };
}

const aanbieders = Number(values.aanbieders);
const gemeenten = Number(values.gemeenten);
const seconden = Number(values.seconden);
// Every client its own session, as that many browsers would have; logins one after the other (argon2 is slow on purpose).
const sessies: { soort: 'aanbieder' | 'gemeente'; cookie: string }[] = [];
for (let i = 0; i < aanbieders; i++) sessies.push({ soort: 'aanbieder', cookie: await login(basis, AANBIEDER_ACCOUNTS[i % AANBIEDER_ACCOUNTS.length]!) });
for (let i = 0; i < gemeenten; i++) sessies.push({ soort: 'gemeente', cookie: await login(basis, GEMEENTE_ACCOUNTS[i % GEMEENTE_ACCOUNTS.length]!) });

console.log(`${aanbieders} aanbieder- en ${gemeenten} gemeenteklanten, ${seconden} s tegen ${basis}`);
const pid = values.pid ? Number(values.pid) : undefined;
const cpuVoor = cpuMs(pid);
const start = performance.now();
einde = start + seconden * 1000;
await Promise.all(sessies.map((s) => (s.soort === 'aanbieder' ? aanbiederKlant(s.cookie) : gemeenteKlant(s.cookie))));
const duur = (performance.now() - start) / 1000;
const cpuNa = cpuMs(pid);

const tabel: Record<string, ReturnType<typeof regel>> = {};
for (const [operatie, lijst] of latenties) tabel[operatie] = regel(lijst, duur);
tabel.totaal = regel([...latenties.values()].flat(), duur);
console.table(tabel);
if (pid) {
  const perVerzoek = (cpuNa - cpuVoor) / tabel.totaal.verzoeken;
  console.log(`CPU van het portaal: ${perVerzoek.toFixed(1)} ms per verzoek, ${Math.round((cpuNa - cpuVoor) / (duur * 10))} % van één kern`);
}
console.log(`fouten: ${fouten.length}`);
const perSoort = new Map<string, number>();
for (const fout of fouten) perSoort.set(fout, (perSoort.get(fout) ?? 0) + 1);
for (const [fout, aantal] of perSoort) console.log(`  ${aantal}× ${fout}`);
process.exitCode = fouten.length > 0 ? 1 : 0;
