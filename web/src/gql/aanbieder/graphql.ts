/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Aanwezigheid van één traject over één periode. Opnieuw sturen met dezelfde waarden verandert niets; andere waarden voor dezelfde periode zijn een correctie. */
export type AanwezigheidInput = {
  /** Laatste dag van de periode; hoogstens 31 dagen na periodeVan. */
  periodeTot: string;
  /** Eerste dag van de periode (maandag van de week, of de lesdag). */
  periodeVan: string;
  /** Code uit `verzuimredenen` van soort GEOORLOOFD. */
  redenGeoorloofdVerzuim?: string | null | undefined;
  /** Code uit `verzuimredenen` van soort ONGEOORLOOFD. */
  redenOngeoorloofdVerzuim?: string | null | undefined;
  /** Id van het traject (zie `deelnemers`). */
  trajectId: string | number;
  /** Uren aanwezig. */
  urenAanwezig: number;
  /** Uren geoorloofd verzuim; vraagt een reden. */
  urenGeoorloofdVerzuim: number;
  /** Ingeroosterde lesuren in de periode. */
  urenIngeroosterd: number;
  /** Uren ongeoorloofd verzuim; vraagt een reden. */
  urenOngeoorloofdVerzuim: number;
};

/** NIEUW: eerste melding voor deze periode; ONGEWIJZIGD: identiek aan de actuele versie, niets opgeslagen; GECORRIGEERD: nieuwe versie, de vorige blijft bewaard. */
export type RegistratieResultaat =
  | 'GECORRIGEERD'
  | 'NIEUW'
  | 'ONGEWIJZIGD';

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

/** Geoorloofd (met geldige reden) of ongeoorloofd verzuim. */
export type VerzuimSoort =
  | 'GEOORLOOFD'
  | 'ONGEOORLOOFD';

export type TrajectMetAanwezigheidQueryVariables = Exact<{
  id: string | number;
}>;


export type TrajectMetAanwezigheidQuery = { traject: { id: string, soort: Trajectsoort, cursusnaam: string | null, geplandeStart: string, geplandeEinde: string, geplandeUren: number, gemeenteNaam: string, uren: { ingeroosterd: number, aanwezig: number, geoorloofdVerzuim: number, ongeoorloofdVerzuim: number, bekendTot: string | null }, deelnemer: { portaalReferentie: string, voornamen: string, tussenvoegsel: string | null, achternaam: string, email: string | null, telefoon: string | null }, aanwezigheden: Array<{ id: string, periodeVan: string, periodeTot: string, versie: number, urenIngeroosterd: number, urenAanwezig: number, urenGeoorloofdVerzuim: number, redenGeoorloofdVerzuim: string | null, urenOngeoorloofdVerzuim: number, redenOngeoorloofdVerzuim: string | null }> }, verzuimredenen: Array<{ code: string, soort: VerzuimSoort, omschrijving: string }> };

export type RegistreerAanwezigheidMutationVariables = Exact<{
  input: AanwezigheidInput;
}>;


export type RegistreerAanwezigheidMutation = { registreerAanwezigheid: { resultaat: RegistratieResultaat, aanwezigheid: { id: string, versie: number } } };

export type CsvTrajectenQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CsvTrajectenQuery = { deelnemers: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ voornamen: string, tussenvoegsel: string | null, achternaam: string, trajecten: Array<{ id: string, soort: Trajectsoort }> }> } };

export type VerwerkCsvMutationVariables = Exact<{
  rijen: Array<AanwezigheidInput> | AanwezigheidInput;
  proefdraai?: boolean | null | undefined;
}>;


export type VerwerkCsvMutation = { registreerAanwezigheden: Array<{ rij: number, resultaat: RegistratieResultaat | null, fouten: Array<{ veld: string, melding: string }> }> };

export type DeelnemersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  zoek?: string | null | undefined;
}>;


export type DeelnemersQuery = { deelnemers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ portaalReferentie: string, voornamen: string, tussenvoegsel: string | null, achternaam: string, gemeenteNaam: string, trajecten: Array<{ id: string, soort: Trajectsoort, cursusnaam: string | null, geplandeUren: number, uren: { aanwezig: number, bekendTot: string | null } }> }> } };

export type GroepQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  zoek?: string | null | undefined;
}>;


export type GroepQuery = { deelnemers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ portaalReferentie: string, voornamen: string, tussenvoegsel: string | null, achternaam: string, gemeenteNaam: string, trajecten: Array<{ id: string, soort: Trajectsoort }> }> }, verzuimredenen: Array<{ code: string, soort: VerzuimSoort, omschrijving: string }> };

export type GroepsweekMeldingenQueryVariables = Exact<{
  trajectIds: Array<string | number> | string | number;
  periodeVan: string;
}>;


export type GroepsweekMeldingenQuery = { aanwezighedenInPeriode: Array<{ trajectId: string, aanwezigheid: { periodeTot: string, urenIngeroosterd: number, urenAanwezig: number, urenGeoorloofdVerzuim: number, redenGeoorloofdVerzuim: string | null, urenOngeoorloofdVerzuim: number, redenOngeoorloofdVerzuim: string | null, versie: number } }> };

export type SlaGroepsweekOpMutationVariables = Exact<{
  rijen: Array<AanwezigheidInput> | AanwezigheidInput;
}>;


export type SlaGroepsweekOpMutation = { registreerAanwezigheden: Array<{ rij: number, resultaat: RegistratieResultaat | null, fouten: Array<{ veld: string, melding: string }> }> };


export const TrajectMetAanwezigheidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrajectMetAanwezigheid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"traject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"soort"}},{"kind":"Field","name":{"kind":"Name","value":"cursusnaam"}},{"kind":"Field","name":{"kind":"Name","value":"geplandeStart"}},{"kind":"Field","name":{"kind":"Name","value":"geplandeEinde"}},{"kind":"Field","name":{"kind":"Name","value":"geplandeUren"}},{"kind":"Field","name":{"kind":"Name","value":"gemeenteNaam"}},{"kind":"Field","name":{"kind":"Name","value":"uren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingeroosterd"}},{"kind":"Field","name":{"kind":"Name","value":"aanwezig"}},{"kind":"Field","name":{"kind":"Name","value":"geoorloofdVerzuim"}},{"kind":"Field","name":{"kind":"Name","value":"ongeoorloofdVerzuim"}},{"kind":"Field","name":{"kind":"Name","value":"bekendTot"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deelnemer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portaalReferentie"}},{"kind":"Field","name":{"kind":"Name","value":"voornamen"}},{"kind":"Field","name":{"kind":"Name","value":"tussenvoegsel"}},{"kind":"Field","name":{"kind":"Name","value":"achternaam"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"telefoon"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aanwezigheden"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodeVan"}},{"kind":"Field","name":{"kind":"Name","value":"periodeTot"}},{"kind":"Field","name":{"kind":"Name","value":"versie"}},{"kind":"Field","name":{"kind":"Name","value":"urenIngeroosterd"}},{"kind":"Field","name":{"kind":"Name","value":"urenAanwezig"}},{"kind":"Field","name":{"kind":"Name","value":"urenGeoorloofdVerzuim"}},{"kind":"Field","name":{"kind":"Name","value":"redenGeoorloofdVerzuim"}},{"kind":"Field","name":{"kind":"Name","value":"urenOngeoorloofdVerzuim"}},{"kind":"Field","name":{"kind":"Name","value":"redenOngeoorloofdVerzuim"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"verzuimredenen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"soort"}},{"kind":"Field","name":{"kind":"Name","value":"omschrijving"}}]}}]}}]} as unknown as DocumentNode<TrajectMetAanwezigheidQuery, TrajectMetAanwezigheidQueryVariables>;
export const RegistreerAanwezigheidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegistreerAanwezigheid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AanwezigheidInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registreerAanwezigheid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultaat"}},{"kind":"Field","name":{"kind":"Name","value":"aanwezigheid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versie"}}]}}]}}]}}]} as unknown as DocumentNode<RegistreerAanwezigheidMutation, RegistreerAanwezigheidMutationVariables>;
export const CsvTrajectenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CsvTrajecten"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deelnemers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voornamen"}},{"kind":"Field","name":{"kind":"Name","value":"tussenvoegsel"}},{"kind":"Field","name":{"kind":"Name","value":"achternaam"}},{"kind":"Field","name":{"kind":"Name","value":"trajecten"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"soort"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CsvTrajectenQuery, CsvTrajectenQueryVariables>;
export const VerwerkCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerwerkCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rijen"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AanwezigheidInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proefdraai"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registreerAanwezigheden"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rijen"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rijen"}}},{"kind":"Argument","name":{"kind":"Name","value":"proefdraai"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proefdraai"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rij"}},{"kind":"Field","name":{"kind":"Name","value":"resultaat"}},{"kind":"Field","name":{"kind":"Name","value":"fouten"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"veld"}},{"kind":"Field","name":{"kind":"Name","value":"melding"}}]}}]}}]}}]} as unknown as DocumentNode<VerwerkCsvMutation, VerwerkCsvMutationVariables>;
export const DeelnemersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Deelnemers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"zoek"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deelnemers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"zoek"},"value":{"kind":"Variable","name":{"kind":"Name","value":"zoek"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portaalReferentie"}},{"kind":"Field","name":{"kind":"Name","value":"voornamen"}},{"kind":"Field","name":{"kind":"Name","value":"tussenvoegsel"}},{"kind":"Field","name":{"kind":"Name","value":"achternaam"}},{"kind":"Field","name":{"kind":"Name","value":"gemeenteNaam"}},{"kind":"Field","name":{"kind":"Name","value":"trajecten"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"soort"}},{"kind":"Field","name":{"kind":"Name","value":"cursusnaam"}},{"kind":"Field","name":{"kind":"Name","value":"geplandeUren"}},{"kind":"Field","name":{"kind":"Name","value":"uren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aanwezig"}},{"kind":"Field","name":{"kind":"Name","value":"bekendTot"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeelnemersQuery, DeelnemersQueryVariables>;
export const GroepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Groep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"zoek"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deelnemers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"zoek"},"value":{"kind":"Variable","name":{"kind":"Name","value":"zoek"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portaalReferentie"}},{"kind":"Field","name":{"kind":"Name","value":"voornamen"}},{"kind":"Field","name":{"kind":"Name","value":"tussenvoegsel"}},{"kind":"Field","name":{"kind":"Name","value":"achternaam"}},{"kind":"Field","name":{"kind":"Name","value":"gemeenteNaam"}},{"kind":"Field","name":{"kind":"Name","value":"trajecten"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"soort"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"verzuimredenen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"soort"}},{"kind":"Field","name":{"kind":"Name","value":"omschrijving"}}]}}]}}]} as unknown as DocumentNode<GroepQuery, GroepQueryVariables>;
export const GroepsweekMeldingenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroepsweekMeldingen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trajectIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodeVan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aanwezighedenInPeriode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trajectIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trajectIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodeVan"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodeVan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trajectId"}},{"kind":"Field","name":{"kind":"Name","value":"aanwezigheid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodeTot"}},{"kind":"Field","name":{"kind":"Name","value":"urenIngeroosterd"}},{"kind":"Field","name":{"kind":"Name","value":"urenAanwezig"}},{"kind":"Field","name":{"kind":"Name","value":"urenGeoorloofdVerzuim"}},{"kind":"Field","name":{"kind":"Name","value":"redenGeoorloofdVerzuim"}},{"kind":"Field","name":{"kind":"Name","value":"urenOngeoorloofdVerzuim"}},{"kind":"Field","name":{"kind":"Name","value":"redenOngeoorloofdVerzuim"}},{"kind":"Field","name":{"kind":"Name","value":"versie"}}]}}]}}]}}]} as unknown as DocumentNode<GroepsweekMeldingenQuery, GroepsweekMeldingenQueryVariables>;
export const SlaGroepsweekOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SlaGroepsweekOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rijen"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AanwezigheidInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registreerAanwezigheden"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rijen"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rijen"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rij"}},{"kind":"Field","name":{"kind":"Name","value":"resultaat"}},{"kind":"Field","name":{"kind":"Name","value":"fouten"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"veld"}},{"kind":"Field","name":{"kind":"Name","value":"melding"}}]}}]}}]}}]} as unknown as DocumentNode<SlaGroepsweekOpMutation, SlaGroepsweekOpMutationVariables>;