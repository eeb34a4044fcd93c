import { gql, type TypedDocumentNode } from '@apollo/client';

export interface Aanwezigheid {
  id: string;
  periodeVan: string;
  periodeTot: string;
  versie: number;
  urenIngeroosterd: number;
  urenAanwezig: number;
  urenGeoorloofdVerzuim: number;
  redenGeoorloofdVerzuim: string | null;
  urenOngeoorloofdVerzuim: number;
  redenOngeoorloofdVerzuim: string | null;
}

export interface Verzuimreden {
  code: string;
  soort: 'GEOORLOOFD' | 'ONGEOORLOOFD';
  omschrijving: string;
}

export interface TrajectData {
  traject: {
    id: string;
    soort: string;
    cursusnaam: string | null;
    geplandeStart: string;
    geplandeEinde: string;
    geplandeUren: number;
    gemeenteNaam: string;
    uren: { ingeroosterd: number; aanwezig: number; geoorloofdVerzuim: number; ongeoorloofdVerzuim: number; bekendTot: string | null };
    deelnemer: { portaalReferentie: string; voornamen: string; tussenvoegsel: string | null; achternaam: string; email: string | null; telefoon: string | null };
    aanwezigheden: Aanwezigheid[];
  };
  verzuimredenen: Verzuimreden[];
}

export const TRAJECT: TypedDocumentNode<TrajectData, { id: string }> = gql`
  query TrajectMetAanwezigheid($id: ID!) {
    traject(id: $id) {
      id soort cursusnaam geplandeStart geplandeEinde geplandeUren gemeenteNaam
      uren { ingeroosterd aanwezig geoorloofdVerzuim ongeoorloofdVerzuim bekendTot }
      deelnemer { portaalReferentie voornamen tussenvoegsel achternaam email telefoon }
      aanwezigheden {
        id periodeVan periodeTot versie urenIngeroosterd urenAanwezig
        urenGeoorloofdVerzuim redenGeoorloofdVerzuim urenOngeoorloofdVerzuim redenOngeoorloofdVerzuim
      }
    }
    verzuimredenen { code soort omschrijving }
  }
`;

export interface AanwezigheidInput {
  trajectId: string;
  periodeVan: string;
  periodeTot: string;
  urenIngeroosterd: number;
  urenAanwezig: number;
  urenGeoorloofdVerzuim: number;
  redenGeoorloofdVerzuim: string | null;
  urenOngeoorloofdVerzuim: number;
  redenOngeoorloofdVerzuim: string | null;
}

export const REGISTREER_AANWEZIGHEID: TypedDocumentNode<
  { registreerAanwezigheid: { resultaat: 'NIEUW' | 'ONGEWIJZIGD' | 'GECORRIGEERD'; aanwezigheid: { id: string; versie: number } } },
  { input: AanwezigheidInput }
> = gql`
  mutation RegistreerAanwezigheid($input: AanwezigheidInput!) {
    registreerAanwezigheid(input: $input) { resultaat aanwezigheid { id versie } }
  }
`;
