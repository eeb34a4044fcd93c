import { graphql } from '../../gql/aanbieder';

export const DEELNEMERS = graphql(`
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
`);
