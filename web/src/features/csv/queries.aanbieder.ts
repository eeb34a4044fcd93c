import { graphql } from '../../gql/aanbieder';

export const CSV_TRAJECTEN = graphql(`
  query CsvTrajecten($first: Int, $after: String) {
    deelnemers(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { voornamen tussenvoegsel achternaam trajecten { id soort aanbiederReferentie } }
    }
  }
`);

export const VERWERK_CSV = graphql(`
  mutation VerwerkCsv($rijen: [AanwezigheidInput!]!, $proefdraai: Boolean) {
    registreerAanwezigheden(rijen: $rijen, proefdraai: $proefdraai) {
      rij resultaat fouten { veld melding }
      vorige { versie urenIngeroosterd urenAanwezig urenGeoorloofdVerzuim redenGeoorloofdVerzuim urenOngeoorloofdVerzuim redenOngeoorloofdVerzuim }
    }
  }
`);

export const CSV_VERZUIMREDENEN = graphql(`
  query CsvVerzuimredenen { verzuimredenen { code omschrijving soort } }
`);
