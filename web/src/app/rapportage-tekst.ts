import { formatDatum } from './formaat';

/** The fields of any report version either schema returns; both roles read reports through this one summary. */
export interface RapportageRegel {
  __typename?: string;
  peildatum?: string; voortgang?: string; advies?: string;
  onderdeel?: string; niveau?: string | null; examendatum?: string; examenResultaat?: string;
  mapResultaat?: string; datumEindgesprekMap?: string | null; redenNietAfgerond?: string | null;
  datumOndertekeningPvt?: string | null; redenNietVoldaan?: string | null;
  taalschakelResultaat?: string; datum?: string;
  afgerond?: boolean; datumAfrondingZroute?: string | null;
}

const tekst = (code: string | null | undefined) => (code ?? '').toLowerCase().replaceAll('_', ' ');

export function samenvatting(r: RapportageRegel): string {
  switch (r.__typename) {
    case 'Voortgangsrapportage': return `Voortgang per ${formatDatum(r.peildatum)}: ${tekst(r.voortgang)}, advies ${tekst(r.advies)}`;
    case 'Examenresultaat': return `Examen ${r.onderdeel}${r.niveau ? ` ${r.niveau}` : ''} op ${formatDatum(r.examendatum)}: ${tekst(r.examenResultaat)}`;
    case 'MapResultaat': return r.mapResultaat === 'AFGEROND' ? `MAP afgerond, eindgesprek ${formatDatum(r.datumEindgesprekMap)}` : `MAP niet afgerond (${tekst(r.redenNietAfgerond)})`;
    case 'PvtResultaat': return r.datumOndertekeningPvt ? `PVT ondertekend op ${formatDatum(r.datumOndertekeningPvt)}` : `PVT niet voldaan: ${tekst(r.redenNietVoldaan)}`;
    case 'Taalschakelresultaat': return `Taalschakeltraject ${tekst(r.taalschakelResultaat)} op ${formatDatum(r.datum)}`;
    case 'ZRouteResultaat': return r.afgerond ? `Z-route afgerond op ${formatDatum(r.datumAfrondingZroute)}` : 'Z-route niet afgerond';
    default: return '';
  }
}
