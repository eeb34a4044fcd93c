import { graphql } from '../../gql/aanbieder';

export const RAPPORTAGES = graphql(`
  query Rapportages($trajectId: ID!) {
    rapportages(trajectId: $trajectId, historie: true) {
      __typename
      ... on Voortgangsrapportage { id versie ingediendOp vervangenOp definitiefVanaf peildatum voortgang advies }
      ... on Examenresultaat { id versie ingediendOp vervangenOp definitiefVanaf onderdeel niveau examendatum examenResultaat: resultaat }
      ... on MapResultaat { id versie ingediendOp vervangenOp definitiefVanaf mapResultaat: resultaat datumEindgesprekMap redenNietAfgerond }
      ... on PvtResultaat { id versie ingediendOp vervangenOp definitiefVanaf datumOndertekeningPvt redenNietVoldaan }
      ... on Taalschakelresultaat { id versie ingediendOp vervangenOp definitiefVanaf taalschakelResultaat: resultaat datum }
      ... on ZRouteResultaat { id versie ingediendOp vervangenOp definitiefVanaf afgerond datumAfrondingZroute }
    }
  }
`);

export const MELD_PVT = graphql(`
  mutation MeldPvt($input: PvtResultaatInput!) { meldPvtResultaat(input: $input) { resultaat } }
`);

export const MELD_MAP = graphql(`
  mutation MeldMap($input: MapResultaatInput!) { meldMapResultaat(input: $input) { resultaat } }
`);

export const MELD_VOORTGANG = graphql(`
  mutation MeldVoortgang($input: VoortgangInput!) { meldVoortgang(input: $input) { resultaat } }
`);

export const PVT_REDENEN = graphql(`
  query PvtRedenen { pvtRedenen { code omschrijving deelname tijdvak } }
`);

export const MELD_EXAMENRESULTAAT = graphql(`
  mutation MeldExamenresultaat($input: ExamenresultaatInput!) { meldExamenresultaat(input: $input) { resultaat } }
`);

export const MELD_Z_ROUTE_RESULTAAT = graphql(`
  mutation MeldZRouteResultaat($input: ZRouteResultaatInput!) { meldZRouteResultaat(input: $input) { resultaat } }
`);

export const MELD_TAALSCHAKEL_RESULTAAT = graphql(`
  mutation MeldTaalschakelResultaat($input: TaalschakelResultaatInput!) { meldTaalschakelResultaat(input: $input) { resultaat } }
`);
