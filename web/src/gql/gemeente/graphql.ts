/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Doelgroep (domain.md §2). De gemeente koopt de taalroute alleen in voor asielstatushouders. */
export type Doelgroep =
  | 'ASIELSTATUSHOUDER'
  | 'GEZINSMIGRANT'
  | 'OVERIGE_MIGRANT';

/** DUO Leerroute: B = B1-route, O = onderwijsroute, Z = zelfredzaamheidsroute. */
export type Leerroute =
  | 'B'
  | 'O'
  | 'Z';

/** DUO NiveauPip: het minimaal te behalen niveau. A2 niet met de onderwijsroute; B1 niet met de Z-route. */
export type PipNiveau =
  | 'A2'
  | 'B1';

/** ACTIEF: toegewezen en lopend; AFGEROND; INGETROKKEN door de gemeente. */
export type TrajectStatus =
  | 'ACTIEF'
  | 'AFGEROND'
  | 'INGETROKKEN';

/** Soort traject dat de gemeente bij een aanbieder inkoopt (Wi2021, leerroutes B1, onderwijs en Z; MAP; PVT). */
export type Trajectsoort =
  /** Taaltraject in de B1-route (alleen asielstatushouders). */
  | 'B1_ROUTE'
  /** Module Arbeidsmarkt en Participatie. */
  | 'MAP'
  /** Onderwijsroute met taalschakeltraject (alleen asielstatushouders). */
  | 'ONDERWIJSROUTE'
  /** Participatieverklaringstraject. */
  | 'PVT'
  | 'TAALSCHAKELTRAJECT'
  /** Zelfredzaamheidsroute: taal en participatie (alleen asielstatushouders). */
  | 'Z_ROUTE'
  | 'Z_ROUTE_PARTICIPATIE';

export type ZoekDossiersQueryVariables = Exact<{
  zoek?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ZoekDossiersQuery = { zoekDossiers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, bsn: string, voornamen: string, tussenvoegsel: string | null, achternaam: string, geboortedatum: string }> } };

export type DossierQueryVariables = Exact<{
  id: string | number;
}>;


export type DossierQuery = { dossier: { id: string, bsn: string, voornamen: string, tussenvoegsel: string | null, achternaam: string, geboortedatum: string, email: string | null, telefoon: string | null, gemeenteNaam: string, doelgroep: Doelgroep | null, actuelePip: { versie: number, dagtekeningPip: string, leerroute: Leerroute, niveau: PipNiveau | null, geschatteIntensiteitB1Route: number | null } | null, inburgeringstermijn: { startdatum: string, einddatum: string } | null, gevolgdeUren: { participatieAlsTaalles: number, bekendTot: string | null }, trajecten: Array<{ id: string, soort: Trajectsoort, status: TrajectStatus, cursusnaam: string | null, aanbiederNaam: string, geplandeStart: string, geplandeEinde: string, geplandeUren: number, uren: { ingeroosterd: number, aanwezig: number, geoorloofdVerzuim: number, ongeoorloofdVerzuim: number, bekendTot: string | null }, aanwezigheden: Array<{ id: string, periodeVan: string, periodeTot: string, versie: number, urenIngeroosterd: number, urenAanwezig: number, urenGeoorloofdVerzuim: number, redenGeoorloofdVerzuim: string | null, urenOngeoorloofdVerzuim: number, redenOngeoorloofdVerzuim: string | null }> }> }, verzuimredenen: Array<{ code: string, omschrijving: string }> };


export const ZoekDossiersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ZoekDossiers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"zoek"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zoekDossiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"zoek"},"value":{"kind":"Variable","name":{"kind":"Name","value":"zoek"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bsn"}},{"kind":"Field","name":{"kind":"Name","value":"voornamen"}},{"kind":"Field","name":{"kind":"Name","value":"tussenvoegsel"}},{"kind":"Field","name":{"kind":"Name","value":"achternaam"}},{"kind":"Field","name":{"kind":"Name","value":"geboortedatum"}}]}}]}}]}}]} as unknown as DocumentNode<ZoekDossiersQuery, ZoekDossiersQueryVariables>;
export const DossierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bsn"}},{"kind":"Field","name":{"kind":"Name","value":"voornamen"}},{"kind":"Field","name":{"kind":"Name","value":"tussenvoegsel"}},{"kind":"Field","name":{"kind":"Name","value":"achternaam"}},{"kind":"Field","name":{"kind":"Name","value":"geboortedatum"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"telefoon"}},{"kind":"Field","name":{"kind":"Name","value":"gemeenteNaam"}},{"kind":"Field","name":{"kind":"Name","value":"doelgroep"}},{"kind":"Field","name":{"kind":"Name","value":"actuelePip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versie"}},{"kind":"Field","name":{"kind":"Name","value":"dagtekeningPip"}},{"kind":"Field","name":{"kind":"Name","value":"leerroute"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"geschatteIntensiteitB1Route"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inburgeringstermijn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startdatum"}},{"kind":"Field","name":{"kind":"Name","value":"einddatum"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gevolgdeUren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participatieAlsTaalles"}},{"kind":"Field","name":{"kind":"Name","value":"bekendTot"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trajecten"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"soort"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cursusnaam"}},{"kind":"Field","name":{"kind":"Name","value":"aanbiederNaam"}},{"kind":"Field","name":{"kind":"Name","value":"geplandeStart"}},{"kind":"Field","name":{"kind":"Name","value":"geplandeEinde"}},{"kind":"Field","name":{"kind":"Name","value":"geplandeUren"}},{"kind":"Field","name":{"kind":"Name","value":"uren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingeroosterd"}},{"kind":"Field","name":{"kind":"Name","value":"aanwezig"}},{"kind":"Field","name":{"kind":"Name","value":"geoorloofdVerzuim"}},{"kind":"Field","name":{"kind":"Name","value":"ongeoorloofdVerzuim"}},{"kind":"Field","name":{"kind":"Name","value":"bekendTot"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aanwezigheden"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodeVan"}},{"kind":"Field","name":{"kind":"Name","value":"periodeTot"}},{"kind":"Field","name":{"kind":"Name","value":"versie"}},{"kind":"Field","name":{"kind":"Name","value":"urenIngeroosterd"}},{"kind":"Field","name":{"kind":"Name","value":"urenAanwezig"}},{"kind":"Field","name":{"kind":"Name","value":"urenGeoorloofdVerzuim"}},{"kind":"Field","name":{"kind":"Name","value":"redenGeoorloofdVerzuim"}},{"kind":"Field","name":{"kind":"Name","value":"urenOngeoorloofdVerzuim"}},{"kind":"Field","name":{"kind":"Name","value":"redenOngeoorloofdVerzuim"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"verzuimredenen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"omschrijving"}}]}}]}}]} as unknown as DocumentNode<DossierQuery, DossierQueryVariables>;