import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../../gql/gemeente';

export const ZOEK_DOSSIERS = graphql(`
  query ZoekDossiers($zoek: String, $first: Int, $after: String) {
    zoekDossiers(zoek: $zoek, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id bsn voornamen tussenvoegsel achternaam geboortedatum }
    }
  }
`);

export const DOSSIER = graphql(`
  query Dossier($id: ID!) {
    dossier(id: $id) {
      id bsn voornamen tussenvoegsel achternaam geboortedatum email telefoon gemeenteNaam doelgroep
      actuelePip { versie dagtekeningPip leerroute niveau geschatteIntensiteitB1Route }
      inburgeringstermijn { startdatum einddatum }
      gevolgdeUren { participatieAlsTaalles bekendTot }
      trajecten {
        id soort status cursusnaam aanbiederNaam geplandeStart geplandeEinde geplandeUren
        uren { ingeroosterd aanwezig geoorloofdVerzuim ongeoorloofdVerzuim bekendTot }
        aanwezigheden {
          id periodeVan periodeTot versie urenIngeroosterd urenAanwezig
          urenGeoorloofdVerzuim redenGeoorloofdVerzuim urenOngeoorloofdVerzuim redenOngeoorloofdVerzuim
        }
      }
    }
    verzuimredenen { code omschrijving }
  }
`);

export type DossierTraject = ResultOf<typeof DOSSIER>['dossier']['trajecten'][number];
