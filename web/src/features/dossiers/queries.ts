import { gql, type TypedDocumentNode } from '@apollo/client';

export interface Zoekresultaat {
  id: string;
  bsn: string;
  voornamen: string;
  tussenvoegsel: string | null;
  achternaam: string;
  geboortedatum: string;
}

export const ZOEK_DOSSIERS: TypedDocumentNode<
  { zoekDossiers: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Zoekresultaat[] } },
  { zoek?: string | null; first?: number; after?: string | null }
> = gql`
  query ZoekDossiers($zoek: String, $first: Int, $after: String) {
    zoekDossiers(zoek: $zoek, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id bsn voornamen tussenvoegsel achternaam geboortedatum }
    }
  }
`;

export interface DossierTraject {
  id: string;
  soort: string;
  status: string;
  cursusnaam: string | null;
  aanbiederNaam: string;
  geplandeStart: string;
  geplandeEinde: string;
  geplandeUren: number;
  uren: { ingeroosterd: number; aanwezig: number; geoorloofdVerzuim: number; ongeoorloofdVerzuim: number; bekendTot: string | null };
  aanwezigheden: {
    id: string; periodeVan: string; periodeTot: string; versie: number; urenIngeroosterd: number; urenAanwezig: number;
    urenGeoorloofdVerzuim: number; redenGeoorloofdVerzuim: string | null; urenOngeoorloofdVerzuim: number; redenOngeoorloofdVerzuim: string | null;
  }[];
}

export interface DossierData {
  dossier: Zoekresultaat & {
    email: string | null;
    telefoon: string | null;
    gemeenteNaam: string;
    doelgroep: string | null;
    actuelePip: { versie: number; dagtekeningPip: string; leerroute: string; niveau: string | null; geschatteIntensiteitB1Route: number | null } | null;
    inburgeringstermijn: { startdatum: string; einddatum: string } | null;
    gevolgdeUren: { participatieAlsTaalles: number; bekendTot: string | null };
    trajecten: DossierTraject[];
  };
  verzuimredenen: { code: string; omschrijving: string }[];
}

export const DOSSIER: TypedDocumentNode<DossierData, { id: string }> = gql`
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
`;
