import { print, type DocumentNode } from 'graphql';
import { DeelnemersDocument, TrajectMetAanwezigheidDocument } from '../../web/src/gql/aanbieder/graphql.ts';
import { DossierDocument, ZoekDossiersDocument } from '../../web/src/gql/gemeente/graphql.ts';
import { login, graphql, cpuMs } from './klant.ts';
const u = process.argv[2]!; const pid = Number(process.argv[3]);
const a = await login(u, 'taalschool@taalhuis.demo'); const g = await login(u, 'regisseur@utrecht.demo');
const d: any = await graphql(u, 'aanbieder', { cookie: a }, print(DeelnemersDocument as DocumentNode), { first: 25 });
const z: any = await graphql(u, 'gemeente', { cookie: g }, print(ZoekDossiersDocument as DocumentNode), { first: 25, zoek: null });
const alle: [string, () => Promise<unknown>][] = [
  ['typename', () => graphql(u, 'aanbieder', { cookie: a }, '{ __typename }')],
  ['deelnemers', () => graphql(u, 'aanbieder', { cookie: a }, print(DeelnemersDocument as DocumentNode), { first: 25 })],
  ['traject', () => graphql(u, 'aanbieder', { cookie: a }, print(TrajectMetAanwezigheidDocument as DocumentNode), { id: d.deelnemers.nodes[0].trajecten[0].id })],
  ['zoekDossiers', () => graphql(u, 'gemeente', { cookie: g }, print(ZoekDossiersDocument as DocumentNode), { first: 25, zoek: null })],
  ['dossier', () => graphql(u, 'gemeente', { cookie: g }, print(DossierDocument as DocumentNode), { id: z.zoekDossiers.nodes[0].id })],
];
const ops = alle.filter(([n]) => !process.argv[4] || n === process.argv[4]);
for (const [naam, op] of ops) {
  for (let i = 0; i < 30; i++) await op();
  const c0 = cpuMs(pid); const t0 = performance.now(); const N = Number(process.argv[5] ?? 300);
  for (let i = 0; i < N; i++) await op();
  console.log(naam.padEnd(14), 'cpu ms/req', ((cpuMs(pid) - c0) / N).toFixed(2), ' wall ms/req', ((performance.now() - t0) / N).toFixed(2));
}
