/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query TrajectMetAanwezigheid($id: ID!) {\n    traject(id: $id) {\n      id soort cursusnaam geplandeStart geplandeEinde geplandeUren gemeenteNaam\n      uren { ingeroosterd aanwezig geoorloofdVerzuim ongeoorloofdVerzuim bekendTot }\n      deelnemer { portaalReferentie voornamen tussenvoegsel achternaam email telefoon }\n      aanwezigheden {\n        id periodeVan periodeTot versie urenIngeroosterd urenAanwezig\n        urenGeoorloofdVerzuim redenGeoorloofdVerzuim urenOngeoorloofdVerzuim redenOngeoorloofdVerzuim\n      }\n    }\n    verzuimredenen { code soort omschrijving }\n  }\n": typeof types.TrajectMetAanwezigheidDocument,
    "\n  mutation RegistreerAanwezigheid($input: AanwezigheidInput!) {\n    registreerAanwezigheid(input: $input) { resultaat aanwezigheid { id versie } }\n  }\n": typeof types.RegistreerAanwezigheidDocument,
    "\n  query CsvTrajecten($first: Int, $after: String) {\n    deelnemers(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { voornamen tussenvoegsel achternaam trajecten { id soort } }\n    }\n  }\n": typeof types.CsvTrajectenDocument,
    "\n  mutation VerwerkCsv($rijen: [AanwezigheidInput!]!, $proefdraai: Boolean) {\n    registreerAanwezigheden(rijen: $rijen, proefdraai: $proefdraai) { rij resultaat fouten { veld melding } }\n  }\n": typeof types.VerwerkCsvDocument,
    "\n  query Deelnemers($first: Int, $after: String, $zoek: String) {\n    deelnemers(first: $first, after: $after, zoek: $zoek) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        portaalReferentie voornamen tussenvoegsel achternaam gemeenteNaam\n        trajecten { id soort cursusnaam geplandeUren uren { aanwezig bekendTot } }\n      }\n    }\n  }\n": typeof types.DeelnemersDocument,
    "\n  query Groep($first: Int, $after: String, $zoek: String) {\n    deelnemers(first: $first, after: $after, zoek: $zoek) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { portaalReferentie voornamen tussenvoegsel achternaam gemeenteNaam trajecten { id soort } }\n    }\n    verzuimredenen { code soort omschrijving }\n  }\n": typeof types.GroepDocument,
    "\n  query GroepsweekMeldingen($trajectIds: [ID!]!, $periodeVan: LocalDate!) {\n    aanwezighedenInPeriode(trajectIds: $trajectIds, periodeVan: $periodeVan) {\n      trajectId\n      aanwezigheid { periodeTot urenIngeroosterd urenAanwezig urenGeoorloofdVerzuim redenGeoorloofdVerzuim urenOngeoorloofdVerzuim redenOngeoorloofdVerzuim versie }\n    }\n  }\n": typeof types.GroepsweekMeldingenDocument,
    "\n  mutation SlaGroepsweekOp($rijen: [AanwezigheidInput!]!) {\n    registreerAanwezigheden(rijen: $rijen) { rij resultaat fouten { veld melding } }\n  }\n": typeof types.SlaGroepsweekOpDocument,
};
const documents: Documents = {
    "\n  query TrajectMetAanwezigheid($id: ID!) {\n    traject(id: $id) {\n      id soort cursusnaam geplandeStart geplandeEinde geplandeUren gemeenteNaam\n      uren { ingeroosterd aanwezig geoorloofdVerzuim ongeoorloofdVerzuim bekendTot }\n      deelnemer { portaalReferentie voornamen tussenvoegsel achternaam email telefoon }\n      aanwezigheden {\n        id periodeVan periodeTot versie urenIngeroosterd urenAanwezig\n        urenGeoorloofdVerzuim redenGeoorloofdVerzuim urenOngeoorloofdVerzuim redenOngeoorloofdVerzuim\n      }\n    }\n    verzuimredenen { code soort omschrijving }\n  }\n": types.TrajectMetAanwezigheidDocument,
    "\n  mutation RegistreerAanwezigheid($input: AanwezigheidInput!) {\n    registreerAanwezigheid(input: $input) { resultaat aanwezigheid { id versie } }\n  }\n": types.RegistreerAanwezigheidDocument,
    "\n  query CsvTrajecten($first: Int, $after: String) {\n    deelnemers(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { voornamen tussenvoegsel achternaam trajecten { id soort } }\n    }\n  }\n": types.CsvTrajectenDocument,
    "\n  mutation VerwerkCsv($rijen: [AanwezigheidInput!]!, $proefdraai: Boolean) {\n    registreerAanwezigheden(rijen: $rijen, proefdraai: $proefdraai) { rij resultaat fouten { veld melding } }\n  }\n": types.VerwerkCsvDocument,
    "\n  query Deelnemers($first: Int, $after: String, $zoek: String) {\n    deelnemers(first: $first, after: $after, zoek: $zoek) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        portaalReferentie voornamen tussenvoegsel achternaam gemeenteNaam\n        trajecten { id soort cursusnaam geplandeUren uren { aanwezig bekendTot } }\n      }\n    }\n  }\n": types.DeelnemersDocument,
    "\n  query Groep($first: Int, $after: String, $zoek: String) {\n    deelnemers(first: $first, after: $after, zoek: $zoek) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { portaalReferentie voornamen tussenvoegsel achternaam gemeenteNaam trajecten { id soort } }\n    }\n    verzuimredenen { code soort omschrijving }\n  }\n": types.GroepDocument,
    "\n  query GroepsweekMeldingen($trajectIds: [ID!]!, $periodeVan: LocalDate!) {\n    aanwezighedenInPeriode(trajectIds: $trajectIds, periodeVan: $periodeVan) {\n      trajectId\n      aanwezigheid { periodeTot urenIngeroosterd urenAanwezig urenGeoorloofdVerzuim redenGeoorloofdVerzuim urenOngeoorloofdVerzuim redenOngeoorloofdVerzuim versie }\n    }\n  }\n": types.GroepsweekMeldingenDocument,
    "\n  mutation SlaGroepsweekOp($rijen: [AanwezigheidInput!]!) {\n    registreerAanwezigheden(rijen: $rijen) { rij resultaat fouten { veld melding } }\n  }\n": types.SlaGroepsweekOpDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrajectMetAanwezigheid($id: ID!) {\n    traject(id: $id) {\n      id soort cursusnaam geplandeStart geplandeEinde geplandeUren gemeenteNaam\n      uren { ingeroosterd aanwezig geoorloofdVerzuim ongeoorloofdVerzuim bekendTot }\n      deelnemer { portaalReferentie voornamen tussenvoegsel achternaam email telefoon }\n      aanwezigheden {\n        id periodeVan periodeTot versie urenIngeroosterd urenAanwezig\n        urenGeoorloofdVerzuim redenGeoorloofdVerzuim urenOngeoorloofdVerzuim redenOngeoorloofdVerzuim\n      }\n    }\n    verzuimredenen { code soort omschrijving }\n  }\n"): (typeof documents)["\n  query TrajectMetAanwezigheid($id: ID!) {\n    traject(id: $id) {\n      id soort cursusnaam geplandeStart geplandeEinde geplandeUren gemeenteNaam\n      uren { ingeroosterd aanwezig geoorloofdVerzuim ongeoorloofdVerzuim bekendTot }\n      deelnemer { portaalReferentie voornamen tussenvoegsel achternaam email telefoon }\n      aanwezigheden {\n        id periodeVan periodeTot versie urenIngeroosterd urenAanwezig\n        urenGeoorloofdVerzuim redenGeoorloofdVerzuim urenOngeoorloofdVerzuim redenOngeoorloofdVerzuim\n      }\n    }\n    verzuimredenen { code soort omschrijving }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegistreerAanwezigheid($input: AanwezigheidInput!) {\n    registreerAanwezigheid(input: $input) { resultaat aanwezigheid { id versie } }\n  }\n"): (typeof documents)["\n  mutation RegistreerAanwezigheid($input: AanwezigheidInput!) {\n    registreerAanwezigheid(input: $input) { resultaat aanwezigheid { id versie } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CsvTrajecten($first: Int, $after: String) {\n    deelnemers(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { voornamen tussenvoegsel achternaam trajecten { id soort } }\n    }\n  }\n"): (typeof documents)["\n  query CsvTrajecten($first: Int, $after: String) {\n    deelnemers(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { voornamen tussenvoegsel achternaam trajecten { id soort } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerwerkCsv($rijen: [AanwezigheidInput!]!, $proefdraai: Boolean) {\n    registreerAanwezigheden(rijen: $rijen, proefdraai: $proefdraai) { rij resultaat fouten { veld melding } }\n  }\n"): (typeof documents)["\n  mutation VerwerkCsv($rijen: [AanwezigheidInput!]!, $proefdraai: Boolean) {\n    registreerAanwezigheden(rijen: $rijen, proefdraai: $proefdraai) { rij resultaat fouten { veld melding } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Deelnemers($first: Int, $after: String, $zoek: String) {\n    deelnemers(first: $first, after: $after, zoek: $zoek) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        portaalReferentie voornamen tussenvoegsel achternaam gemeenteNaam\n        trajecten { id soort cursusnaam geplandeUren uren { aanwezig bekendTot } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Deelnemers($first: Int, $after: String, $zoek: String) {\n    deelnemers(first: $first, after: $after, zoek: $zoek) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        portaalReferentie voornamen tussenvoegsel achternaam gemeenteNaam\n        trajecten { id soort cursusnaam geplandeUren uren { aanwezig bekendTot } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Groep($first: Int, $after: String, $zoek: String) {\n    deelnemers(first: $first, after: $after, zoek: $zoek) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { portaalReferentie voornamen tussenvoegsel achternaam gemeenteNaam trajecten { id soort } }\n    }\n    verzuimredenen { code soort omschrijving }\n  }\n"): (typeof documents)["\n  query Groep($first: Int, $after: String, $zoek: String) {\n    deelnemers(first: $first, after: $after, zoek: $zoek) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { portaalReferentie voornamen tussenvoegsel achternaam gemeenteNaam trajecten { id soort } }\n    }\n    verzuimredenen { code soort omschrijving }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroepsweekMeldingen($trajectIds: [ID!]!, $periodeVan: LocalDate!) {\n    aanwezighedenInPeriode(trajectIds: $trajectIds, periodeVan: $periodeVan) {\n      trajectId\n      aanwezigheid { periodeTot urenIngeroosterd urenAanwezig urenGeoorloofdVerzuim redenGeoorloofdVerzuim urenOngeoorloofdVerzuim redenOngeoorloofdVerzuim versie }\n    }\n  }\n"): (typeof documents)["\n  query GroepsweekMeldingen($trajectIds: [ID!]!, $periodeVan: LocalDate!) {\n    aanwezighedenInPeriode(trajectIds: $trajectIds, periodeVan: $periodeVan) {\n      trajectId\n      aanwezigheid { periodeTot urenIngeroosterd urenAanwezig urenGeoorloofdVerzuim redenGeoorloofdVerzuim urenOngeoorloofdVerzuim redenOngeoorloofdVerzuim versie }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SlaGroepsweekOp($rijen: [AanwezigheidInput!]!) {\n    registreerAanwezigheden(rijen: $rijen) { rij resultaat fouten { veld melding } }\n  }\n"): (typeof documents)["\n  mutation SlaGroepsweekOp($rijen: [AanwezigheidInput!]!) {\n    registreerAanwezigheden(rijen: $rijen) { rij resultaat fouten { veld melding } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;