import { print, type DocumentNode } from 'graphql';
import type { Principal } from '../../../server/src/modules/auth/principal.js';
import { vandaag } from '../../../server/src/modules/shared/datum.js';
import { principaalVariabelen } from '../../../server/src/modules/tenancy/database-principaal.js';
import * as hand from '../hand-sql.js';
import { belasting, meetMs } from '../meten.js';
import { vraag, type BenchOmgeving, type Statement } from '../omgeving.js';
import type { Explain, Figuur, SectieUitslag } from '../rapport.js';
import { explainGevangen } from './explain.js';
import { DeelnemersDocument } from '../../../web/src/gql/aanbieder/graphql.js';
import { AanbiedersDocument, DossierDocument, ZoekDossiersDocument } from '../../../web/src/gql/gemeente/graphql.js';

// The web client's own generated documents: the bench times what the pages ask.
const DEELNEMERS = print(DeelnemersDocument as DocumentNode);
const DEELNEMERS_AANTAL = `query($teDoen: Boolean) { deelnemers(first: 1, teDoen: $teDoen) { totalCount } }`;
const ZOEK = print(ZoekDossiersDocument as DocumentNode);
const DOSSIER = print(DossierDocument as DocumentNode);
const AANBIEDERS = print(AanbiedersDocument as DocumentNode);

interface Lijst {
  wat: string;
  portaal: () => Promise<unknown>;
  /** The hand-written SQL on `db`: the baseline's own connections, or the portal role's under the principal. */
  basis: (db: hand.Queryable) => Promise<unknown>;
  /** Who the portal serves in this list: the hand SQL runs once more as that principal, to show what the policies cost. */
  principal: Principal;
  /** A query that may take minutes today gets a budget, so the run stays within its 30 minutes. */
  budgetMs?: number;
}

/** The portal role's connection, each statement in a transaction of its own under `principal`, as the portal runs it. */
function alsPrincipaal(o: BenchOmgeving, principal: Principal): hand.Queryable {
  const variabelen = principaalVariabelen(principal);
  const namen = Object.keys(variabelen);
  const zet = `select ${namen.map((_, i) => `set_config($${2 * i + 1}, $${2 * i + 2}, true)`).join(', ')}`;
  return {
    async query(text, values) {
      const client = await o.portaalPool.connect();
      try {
        await client.query('begin');
        await client.query(zet, namen.flatMap((n) => [n, variabelen[n]]));
        return await client.query(text, values);
      } finally {
        await client.query('rollback').catch(() => {});
        client.release();
      }
    },
  };
}

/**
 * Every read list of the issue's table: the portal over HTTP (one client) against hand-written SQL for the same page
 * (hand-sql.ts), p95 over the repeats, then EXPLAIN (ANALYZE, BUFFERS) of the SQL the portal sent for it.
 */
export async function meetLijsten(o: BenchOmgeving): Promise<SectieUitslag> {
  const vandaagIso = vandaag();
  const diep = await diepePagina(o);
  const zoeknaam = 'Öztürk';
  // Only the ids matter to the policies (principaalVariabelen): who the portal's clients act for.
  const school = { soort: 'aanbieder', aanbiederId: o.ids.school } as Principal;
  const gemeente = { soort: 'gemeente', gemeenteId: o.ids.gemeente } as Principal;
  const lijsten: Lijst[] = [
    { wat: 'deelnemers(teDoen: true) totalCount', budgetMs: 60_000,
      principal: school,
      portaal: () => vraag(o.school, 'aanbieder', DEELNEMERS_AANTAL, { teDoen: true }),
      basis: (db) => hand.deelnemersAantal(db, { aanbiederId: o.ids.school, teDoen: true, vandaag: vandaagIso }) },
    { wat: 'deelnemers(teDoen: true) first page (25)', budgetMs: 60_000,
      principal: school,
      portaal: () => vraag(o.school, 'aanbieder', DEELNEMERS, { first: 25, teDoen: true }),
      basis: (db) => hand.deelnemers(db, { aanbiederId: o.ids.school, first: 25, teDoen: true, vandaag: vandaagIso }) },
    { wat: 'deelnemers first page (25)',
      principal: school,
      portaal: () => vraag(o.school, 'aanbieder', DEELNEMERS, { first: 25 }),
      basis: (db) => hand.deelnemers(db, { aanbiederId: o.ids.school, first: 25, vandaag: vandaagIso }) },
    { wat: `deelnemers deep page (25 after row ${diep.rij})`,
      principal: school,
      portaal: () => vraag(o.school, 'aanbieder', DEELNEMERS, { first: 25, after: diep.cursor }),
      basis: (db) => hand.deelnemers(db, { aanbiederId: o.ids.school, first: 25, after: diep.cursor, vandaag: vandaagIso }) },
    { wat: 'zoekDossiers first page (50), no filter',
      principal: gemeente,
      portaal: () => vraag(o.regisseur, 'gemeente', ZOEK, { first: 50 }),
      basis: (db) => hand.zoekDossiers(db, { gemeenteId: o.ids.gemeente, first: 50 }) },
    { wat: 'zoekDossiers first page (50), soort + aanbieder',
      principal: gemeente,
      portaal: () => vraag(o.regisseur, 'gemeente', ZOEK, { first: 50, trajectsoort: 'B1_ROUTE', aanbiederId: o.ids.school }),
      basis: (db) => hand.zoekDossiers(db, { gemeenteId: o.ids.gemeente, first: 50, trajectsoort: 'B1_ROUTE', aanbiederId: o.ids.school }) },
    { wat: `zoekDossiers first page (50), name "${zoeknaam}"`,
      principal: gemeente,
      portaal: () => vraag(o.regisseur, 'gemeente', ZOEK, { first: 50, zoek: zoeknaam }),
      basis: (db) => hand.zoekDossiers(db, { gemeenteId: o.ids.gemeente, first: 50, zoek: zoeknaam }) },
    { wat: 'dossier(id), 2 trajecten of 66 weeks',
      principal: gemeente,
      portaal: () => vraag(o.regisseur, 'gemeente', DOSSIER, { id: o.ids.dossier }),
      basis: (db) => hand.dossier(db, { gemeenteId: o.ids.gemeente, id: o.ids.dossier }) },
    { wat: 'aanbieders (gemeente overview)',
      principal: gemeente,
      portaal: () => vraag(o.regisseur, 'gemeente', AANBIEDERS),
      basis: (db) => hand.aanbiedersOverzicht(db, { gemeenteId: o.ids.gemeente, vandaag: vandaagIso }) },
  ];

  const figuren: Figuur[] = [];
  const explains: Explain[] = [];
  for (const lijst of lijsten) {
    o.log(`[bench] ${lijst.wat}`);
    const herhalingen = o.herhalingen;
    let statements: Statement[] = [];
    const portaal = await meetMs(lijst.portaal, { herhalingen, budgetMs: lijst.budgetMs ?? 120_000,
      opwarmen: async (stap) => (statements = await o.vang(stap)) });
    const basis = await meetMs(() => lijst.basis(o.pool), { herhalingen, budgetMs: lijst.budgetMs ?? 120_000 });
    figuren.push({ wat: lijst.wat, portaal, basis, basisNaam: 'hand SQL', maat: 'p95', belasting: belasting() });
    // The same hand SQL as the portal role under the principal: the difference is what row-level security costs.
    const onderBeleid = await meetMs(() => lijst.basis(alsPrincipaal(o, lijst.principal)), { herhalingen, budgetMs: lijst.budgetMs ?? 120_000 });
    figuren.push({ wat: `${lijst.wat}: the cost of row-level security`, portaal: onderBeleid, basis, basisNaam: 'hand SQL, as the portal role under the principal vs without policies',
      maat: 'p95', belasting: belasting() });
    explains.push(...(await explainGevangen(o, lijst.wat, statements)));
  }
  return {
    figuren,
    explains,
    notities: [`deep page: the cursor of row ${diep.rij} of the bench school's deelnemers, reached by paging 100 at a time (not measured).`],
  };
}

/** Pages through the school's deelnemers to a row far down, for the portal's cursor there (the hand SQL takes the same cursor). */
async function diepePagina(o: BenchOmgeving): Promise<{ rij: number; cursor: string }> {
  const stappen = o.quick ? 1 : 50;
  let cursor: string | undefined;
  for (let i = 0; i < stappen; i++) {
    const data = await vraag(o.school, 'aanbieder', DEELNEMERS, { first: 100, after: cursor });
    cursor = data.deelnemers.pageInfo.endCursor;
  }
  return { rij: stappen * 100, cursor: cursor! };
}
