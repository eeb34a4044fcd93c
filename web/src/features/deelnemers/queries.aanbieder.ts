import { graphql } from '../../gql/aanbieder';

export const DEELNEMERS = graphql(`
  query Deelnemers($first: Int, $after: String, $zoek: String, $soort: Trajectsoort, $gemeentecode: String, $teDoen: Boolean) {
    deelnemers(first: $first, after: $after, zoek: $zoek, soort: $soort, gemeentecode: $gemeentecode, teDoen: $teDoen) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        portaalReferentie voornamen tussenvoegsel achternaam gemeenteNaam
        trajecten { id soort cursusnaam geplandeUren uren { aanwezig gemeldTot } teDoen { code sinds } }
      }
    }
  }
`);

export const GEMEENTEN = graphql(`
  query MijnGemeenten { gemeenten { naam gemeentecode } }
`);
