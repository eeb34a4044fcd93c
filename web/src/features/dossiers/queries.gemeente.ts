import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../../gql/gemeente';

export const ZOEK_DOSSIERS = graphql(`
  query ZoekDossiers($zoek: String, $first: Int, $after: String, $status: DossierStatus, $trajectsoort: Trajectsoort, $aanbiederId: ID) {
    zoekDossiers(zoek: $zoek, first: $first, after: $after, status: $status, trajectsoort: $trajectsoort, aanbiederId: $aanbiederId) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id bsn voornamen tussenvoegsel achternaam geboortedatum status }
    }
  }
`);

export const FILTERKEUZES = graphql(`
  query Filterkeuzes { contracten { aanbiederId aanbiederNaam } }
`);

export const DOSSIER = graphql(`
  query Dossier($id: ID!) {
    dossier(id: $id) {
      id bsn voornamen tussenvoegsel achternaam geboortedatum email telefoon gemeenteNaam doelgroep status
      datumEindeInburgeringsplicht redenEindeInburgeringsplicht overlijdensdatum verwijderenVanaf retentieToegepastOp
      actuelePip { versie dagtekeningPip leerroute niveau geschatteIntensiteitB1Route }
      pipHistorie { id versie dagtekeningPip leerroute niveau geschatteIntensiteitB1Route wijzigingsreden datumInburgeringsaanbod }
      inburgeringstermijn { startdatum einddatum }
      gevolgdeUren { participatieAlsTaalles bekendTot }
      trajecten {
        id soort status cursusnaam aanbiederNaam geplandeStart geplandeEinde geplandeUren
        uren { ingeroosterd aanwezig geoorloofdVerzuim ongeoorloofdVerzuim gemeldTot }
        aanwezigheden {
          id periodeVan periodeTot versie urenIngeroosterd urenAanwezig
          urenGeoorloofdVerzuim redenGeoorloofdVerzuim urenOngeoorloofdVerzuim redenOngeoorloofdVerzuim
        }
        rapportages {
          __typename
          ... on Voortgangsrapportage {
            id versie ingediendOp vervangenOp heropendOp definitiefVanaf peildatum voortgang examenvoorbereiding
            toetsresultaten { onderdeel niveau datum }
            belemmeringen belemmeringGevolgen belemmeringToelichting advies adviesGronden adviesToelichting
          }
          ... on Examenresultaat {
            id versie ingediendOp vervangenOp heropendOp definitiefVanaf onderdeel niveau examendatum examenResultaat: resultaat redenGeenResultaat
          }
          ... on MapResultaat {
            id versie ingediendOp vervangenOp heropendOp definitiefVanaf mapResultaat: resultaat gerealiseerdeStartdatum aangepasteEinddatum
            redenLateStart datumEindgesprekMap redenNietAfgerond
          }
          ... on PvtResultaat {
            id versie ingediendOp vervangenOp heropendOp definitiefVanaf gerealiseerdeStartdatum gerealiseerdeEinddatum datumOndertekeningPvt redenNietVoldaan
          }
          ... on Taalschakelresultaat { id versie ingediendOp vervangenOp heropendOp definitiefVanaf taalschakelResultaat: resultaat datum }
          ... on ZRouteResultaat {
            id versie ingediendOp vervangenOp heropendOp definitiefVanaf afgerond datumAfrondingZroute niveauBereikt urenTaalGerealiseerd urenParticipatieGerealiseerd
          }
        }
      }
    }
    verzuimredenen { code omschrijving }
    besluiten(inburgeraarId: $id) { id soort versie voldaan datum verwijtbaar genomenOp vervangenOp duoBericht registrerenUiterlijk }
  }
`);

export type DossierTraject = ResultOf<typeof DOSSIER>['dossier']['trajecten'][number];
export type DossierRapportage = DossierTraject['rapportages'][number];

export const NEEM_BESLUIT = graphql(`
  mutation NeemBesluit($input: BesluitInput!) {
    neemBesluit(input: $input) { resultaat besluit { id versie duoBericht registrerenUiterlijk } }
  }
`);

export const REGISTREER_EINDE = graphql(`
  mutation RegistreerEindeInburgeringsplicht($id: ID!, $input: EindeInburgeringsplichtInput!) {
    registreerEindeInburgeringsplicht(id: $id, input: $input) { id status datumEindeInburgeringsplicht redenEindeInburgeringsplicht verwijderenVanaf }
  }
`);

export const REGISTREER_OVERLIJDEN = graphql(`
  mutation RegistreerOverlijden($id: ID!, $datum: LocalDate!) {
    registreerOverlijden(id: $id, datum: $datum) { id status overlijdensdatum datumEindeInburgeringsplicht redenEindeInburgeringsplicht verwijderenVanaf }
  }
`);

/** Who saw this person's data; asked only when the user opens the section, because reading the log is itself logged. */
export const INZAGES = graphql(`
  query Inzages($id: ID!) {
    inzages(inburgeraarId: $id) { tijdstip organisatieSoort organisatieNaam wie actie geweigerd ontvangerNaam }
  }
`);

/** One person's data and whole access log as a file for an AVG inzageverzoek. */
export const AVG_INZAGEBESTAND = graphql(`
  query AvgInzageBestand($id: ID!) {
    avgInzageBestand(inburgeraarId: $id) { bestandsnaam inhoud }
  }
`);
