import { gql, type TypedDocumentNode } from '@apollo/client';

export interface DeelnemerTraject {
  id: string;
  soort: string;
  cursusnaam: string | null;
  geplandeUren: number;
  uren: { aanwezig: number; bekendTot: string | null };
}

export interface Deelnemer {
  portaalReferentie: string;
  voornamen: string;
  tussenvoegsel: string | null;
  achternaam: string;
  gemeenteNaam: string;
  trajecten: DeelnemerTraject[];
}

export interface DeelnemersData {
  deelnemers: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Deelnemer[] };
}

export const DEELNEMERS: TypedDocumentNode<DeelnemersData, { first?: number; after?: string | null; zoek?: string | null }> = gql`
  query Deelnemers($first: Int, $after: String, $zoek: String) {
    deelnemers(first: $first, after: $after, zoek: $zoek) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        portaalReferentie voornamen tussenvoegsel achternaam gemeenteNaam
        trajecten { id soort cursusnaam geplandeUren uren { aanwezig bekendTot } }
      }
    }
  }
`;
