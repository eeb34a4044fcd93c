import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../../gql/aanbieder';

export const TRAJECT = graphql(`
  query TrajectMetAanwezigheid($id: ID!) {
    traject(id: $id) {
      id soort cursusnaam geplandeStart geplandeEinde geplandeUren gemeenteNaam aanbiederReferentie
      uren { ingeroosterd aanwezig geoorloofdVerzuim ongeoorloofdVerzuim gemeldTot }
      teDoen { code sinds }
      deelnemer { portaalReferentie voornamen tussenvoegsel achternaam email telefoon }
      aanwezigheden {
        id periodeVan periodeTot versie urenIngeroosterd urenAanwezig
        urenGeoorloofdVerzuim redenGeoorloofdVerzuim urenOngeoorloofdVerzuim redenOngeoorloofdVerzuim
      }
    }
    verzuimredenen { code soort omschrijving }
  }
`);

export type Verzuimreden = ResultOf<typeof TRAJECT>['verzuimredenen'][number];

export const REGISTREER_AANWEZIGHEID = graphql(`
  mutation RegistreerAanwezigheid($input: AanwezigheidInput!) {
    registreerAanwezigheid(input: $input) { resultaat aanwezigheid { id versie } }
  }
`);

export const ZET_AANBIEDER_REFERENTIE = graphql(`
  mutation ZetAanbiederReferentie($trajectId: ID!, $referentie: String) {
    zetAanbiederReferentie(trajectId: $trajectId, referentie: $referentie) { trajectId aanbiederReferentie }
  }
`);
