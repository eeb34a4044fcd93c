import { graphql } from '../../gql/aanbieder';

export const API_TOKENS = graphql(`
  query ApiTokens { apiTokens { id naam rollen aangemaaktOp ingetrokkenOp } }
`);

export const MAAK_API_TOKEN = graphql(`
  mutation MaakApiToken($naam: String!, $rollen: [Rol!]!) {
    maakApiToken(naam: $naam, rollen: $rollen) { token apiToken { id naam } }
  }
`);

export const TREK_API_TOKEN_IN = graphql(`
  mutation TrekApiTokenIn($id: ID!) { trekApiTokenIn(id: $id) { id ingetrokkenOp } }
`);
