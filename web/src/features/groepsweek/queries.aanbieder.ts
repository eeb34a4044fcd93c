import { graphql } from '../../gql/aanbieder';

export const GROEP = graphql(`
  query Groep($first: Int, $after: String, $zoek: String, $soort: Trajectsoort, $gemeentecode: String) {
    deelnemers(first: $first, after: $after, zoek: $zoek, soort: $soort, gemeentecode: $gemeentecode) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { portaalReferentie voornamen tussenvoegsel achternaam gemeenteNaam trajecten { id soort } }
    }
    verzuimredenen { code soort omschrijving }
    gemeenten { naam gemeentecode }
  }
`);

export const WEEK = graphql(`
  query GroepsweekMeldingen($trajectIds: [ID!]!, $periodeVan: LocalDate!) {
    aanwezighedenInPeriode(trajectIds: $trajectIds, periodeVan: $periodeVan) {
      trajectId
      aanwezigheid { periodeTot urenIngeroosterd urenAanwezig urenGeoorloofdVerzuim redenGeoorloofdVerzuim urenOngeoorloofdVerzuim redenOngeoorloofdVerzuim versie }
    }
  }
`);

export const SLA_WEEK_OP = graphql(`
  mutation SlaGroepsweekOp($rijen: [AanwezigheidInput!]!) {
    registreerAanwezigheden(rijen: $rijen) { rij resultaat fouten { veld melding } }
  }
`);
