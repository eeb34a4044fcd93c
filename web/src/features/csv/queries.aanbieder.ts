import { graphql } from '../../gql/aanbieder';

export const CSV_TRAJECTEN = graphql(`
  query CsvTrajecten($first: Int, $after: String) {
    deelnemers(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { voornamen tussenvoegsel achternaam trajecten { id soort aanbiederReferentie } }
    }
  }
`);

export const CSV_VERZUIMREDENEN = graphql(`
  query CsvVerzuimredenen { verzuimredenen { code omschrijving soort } }
`);


export const UPLOAD = graphql(`
  query Upload($id: ID!) {
    aanwezigheidUpload(id: $id) { id bestandsnaam status melding totaal verwerkt inOrde metFouten overgeslagen correcties opgeslagen ontvangenOp }
  }
`);

export const RECENTE_UPLOADS = graphql(`
  query RecenteUploads {
    aanwezigheidUploads { id bestandsnaam status melding totaal verwerkt inOrde metFouten overgeslagen correcties opgeslagen ontvangenOp }
  }
`);

export const UPLOAD_REGELS = graphql(`
  query UploadRegels($id: ID!, $filter: UploadRijFilter, $first: Int, $after: String) {
    aanwezigheidUploadRegels(id: $id, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        regel resultaat
        invoer { trajectId aanbiederReferentie periodeVan periodeTot urenIngeroosterd urenAanwezig urenGeoorloofdVerzuim redenGeoorloofdVerzuim urenOngeoorloofdVerzuim redenOngeoorloofdVerzuim }
        vorige { versie urenIngeroosterd urenAanwezig urenGeoorloofdVerzuim redenGeoorloofdVerzuim urenOngeoorloofdVerzuim redenOngeoorloofdVerzuim }
        fouten { veld melding }
      }
    }
  }
`);

export const SLA_UPLOAD_OP = graphql(`
  mutation SlaUploadOp($id: ID!, $correctiesBevestigd: Boolean!) {
    slaAanwezigheidUploadOp(id: $id, correctiesBevestigd: $correctiesBevestigd) { id status verwerkt opgeslagen }
  }
`);

export const TREK_UPLOAD_IN = graphql(`
  mutation TrekUploadIn($id: ID!) {
    trekAanwezigheidUploadIn(id: $id) { id status }
  }
`);

