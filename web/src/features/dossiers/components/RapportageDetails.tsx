import { Fragment, type ReactNode } from 'react';
import { formatDatum, formatMoment, RAPPORTAGESOORT_LABEL } from '../../../app/formaat';
import { samenvatting } from '../../../app/rapportage-tekst';
import type { DossierRapportage } from '../queries.gemeente';
import { groepeerVersies } from './rapportage-versies';
import {
  ADVIES_LABEL, ADVIESGROND_LABEL, BELEMMERING_GEVOLG_LABEL, BELEMMERING_LABEL, EXAMENRESULTAAT_LABEL, EXAMENVOORBEREIDING_LABEL,
  label, labels, MAP_RESULTAAT_LABEL, ONDERDEEL_LABEL, REDEN_GEEN_RESULTAAT_LABEL, REDEN_LATE_START_LABEL, REDEN_MAP_NIET_AFGEROND_LABEL,
  REDEN_PVT_NIET_VOLDAAN_LABEL, TAALSCHAKEL_RESULTAAT_LABEL, VOORTGANG_LABEL,
} from './rapportage-labels';

const SOORT_VAN_TYPE: Record<string, string> = {
  Voortgangsrapportage: 'VOORTGANG', Examenresultaat: 'EXAMENRESULTAAT', MapResultaat: 'MAP_RESULTAAT',
  PvtResultaat: 'PVT_RESULTAAT', Taalschakelresultaat: 'TAALSCHAKEL_RESULTAAT', ZRouteResultaat: 'Z_ROUTE_RESULTAAT',
};

/** Every report of the aanbieder about one traject, in full, with the earlier versions behind a disclosure. */
export function RapportageLijst({ rapportages, trajectId }: { rapportages: readonly DossierRapportage[]; trajectId: string }) {
  return (
    <>
      {groepeerVersies(rapportages).map(([actueel, ...eerder]) => (
        <RapportageDetails key={actueel!.id} actueel={actueel!} eerder={eerder} kopId={`melding-${trajectId}-${actueel!.id}`} />
      ))}
    </>
  );
}

function RapportageDetails({ actueel, eerder, kopId }: { actueel: DossierRapportage; eerder: DossierRapportage[]; kopId: string }) {
  const soort = RAPPORTAGESOORT_LABEL[SOORT_VAN_TYPE[actueel.__typename] ?? ''] ?? actueel.__typename;
  return (
    <article className="melding-details" aria-labelledby={kopId}>
      <h5 id={kopId}>{soort}: {samenvatting(actueel)}</h5>
      <Versiegegevens r={actueel} />
      <RapportageVelden r={actueel} />
      {eerder.length > 0 && (
        <details>
          <summary>Eerdere versies ({eerder.length})</summary>
          {eerder.map((v) => (
            <section key={v.id} aria-label={`${soort}, versie ${v.versie}`}>
              <h6>Versie {v.versie}</h6>
              <Versiegegevens r={v} />
              <RapportageVelden r={v} />
            </section>
          ))}
        </details>
      )}
    </article>
  );
}

function Versiegegevens({ r }: { r: DossierRapportage }) {
  return (
    <p>
      <small>
        Versie {r.versie}, ingediend op {formatMoment(r.ingediendOp)}
        {r.heropendOp ? `, heropend op ${formatMoment(r.heropendOp)}` : ''}
        {r.vervangenOp ? `, vervangen op ${formatMoment(r.vervangenOp)}` : `, definitief vanaf ${formatDatum(r.definitiefVanaf)}`}
      </small>
    </p>
  );
}

/** The fields of one version as a description list, codes as their Dutch labels. */
function RapportageVelden({ r }: { r: DossierRapportage }) {
  switch (r.__typename) {
    case 'Voortgangsrapportage': return (
      <>
        <Velden rijen={[
          ['Peildatum', formatDatum(r.peildatum)],
          ['Voortgang', label(VOORTGANG_LABEL, r.voortgang)],
          ['Examenvoorbereiding', label(EXAMENVOORBEREIDING_LABEL, r.examenvoorbereiding)],
          ['Belemmeringen', labels(BELEMMERING_LABEL, r.belemmeringen)],
          ...(r.belemmeringGevolgen.length ? [['Gevolgen van de belemmeringen', labels(BELEMMERING_GEVOLG_LABEL, r.belemmeringGevolgen)] as Rij] : []),
          ...(r.belemmeringToelichting ? [['Toelichting bij de belemmeringen', r.belemmeringToelichting] as Rij] : []),
          ['Advies', label(ADVIES_LABEL, r.advies)],
          ['Gronden van het advies', labels(ADVIESGROND_LABEL, r.adviesGronden)],
          ['Onderbouwing van het advies', r.adviesToelichting || '–'],
        ]} />
        {r.toetsresultaten.length === 0 ? <p>Geen tussentijdse toetsresultaten.</p> : (
          <table className="tabel utrecht-table">
            <caption>Tussentijdse toetsresultaten (peildatum {formatDatum(r.peildatum)}, versie {r.versie})</caption>
            <thead><tr><th scope="col">Vaardigheid</th><th scope="col">Niveau</th><th scope="col">Datum</th></tr></thead>
            <tbody>
              {r.toetsresultaten.map((t, i) => (
                <tr key={`${t.onderdeel}-${t.datum}-${i}`}>
                  <th scope="row">{label(ONDERDEEL_LABEL, t.onderdeel)}</th>
                  <td>{t.niveau}</td>
                  <td>{formatDatum(t.datum)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </>
    );
    case 'Examenresultaat': return (
      <Velden rijen={[
        ['Onderdeel', label(ONDERDEEL_LABEL, r.onderdeel)],
        ['Niveau', r.niveau ?? '–'],
        ['Examendatum', formatDatum(r.examendatum)],
        ['Resultaat', label(EXAMENRESULTAAT_LABEL, r.examenResultaat)],
        ...(r.redenGeenResultaat ? [['Reden geen resultaat', label(REDEN_GEEN_RESULTAAT_LABEL, r.redenGeenResultaat)] as Rij] : []),
      ]} />
    );
    case 'MapResultaat': return (
      <Velden rijen={[
        ['Resultaat', label(MAP_RESULTAAT_LABEL, r.mapResultaat)],
        ['Gerealiseerde startdatum', formatDatum(r.gerealiseerdeStartdatum)],
        ['Aangepaste einddatum', formatDatum(r.aangepasteEinddatum)],
        ['Reden late start', label(REDEN_LATE_START_LABEL, r.redenLateStart)],
        ['Datum eindgesprek', formatDatum(r.datumEindgesprekMap)],
        ['Reden niet afgerond', label(REDEN_MAP_NIET_AFGEROND_LABEL, r.redenNietAfgerond)],
      ]} />
    );
    case 'PvtResultaat': return (
      <Velden rijen={[
        ['Gerealiseerde startdatum', formatDatum(r.gerealiseerdeStartdatum)],
        ['Gerealiseerde einddatum', formatDatum(r.gerealiseerdeEinddatum)],
        ['Datum ondertekening', formatDatum(r.datumOndertekeningPvt)],
        ['Reden niet voldaan', label(REDEN_PVT_NIET_VOLDAAN_LABEL, r.redenNietVoldaan)],
      ]} />
    );
    case 'Taalschakelresultaat': return (
      <Velden rijen={[['Resultaat', label(TAALSCHAKEL_RESULTAAT_LABEL, r.taalschakelResultaat)], ['Datum', formatDatum(r.datum)]]} />
    );
    case 'ZRouteResultaat': return (
      <Velden rijen={[
        ['Afgerond', r.afgerond ? 'Ja' : 'Nee'],
        ['Datum afronding', formatDatum(r.datumAfrondingZroute)],
        ['Bereikt niveau', r.niveauBereikt ?? '–'],
        ['Gerealiseerde uren taal', String(r.urenTaalGerealiseerd)],
        ['Gerealiseerde uren participatie', String(r.urenParticipatieGerealiseerd)],
      ]} />
    );
    default: return null;
  }
}

type Rij = [string, ReactNode];

function Velden({ rijen }: { rijen: Rij[] }) {
  return (
    <dl className="kenmerken">
      {rijen.map(([naam, waarde]) => <Fragment key={naam}><dt>{naam}</dt><dd>{waarde}</dd></Fragment>)}
    </dl>
  );
}
