import { Tabelvak } from '../../../app/Tabelvak';
import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams } from 'react-router';
import { foutMelding } from '../../../app/fouten';
import { formatDatum, formatUren, TRAJECTSOORT_LABEL, volledigeNaam } from '../../../app/formaat';
import { Meldingenhistorie } from '../../rapportages/components/Meldingenhistorie';
import { MapForm } from '../../rapportages/components/MapForm';
import { PvtForm } from '../../rapportages/components/PvtForm';
import { Resultaatformulieren } from '../../rapportages/components/Resultaatformulieren';
import { VoortgangForm } from '../../rapportages/components/VoortgangForm';
import { TeDoenLijst } from '../../deelnemers/components/TeDoenLijst';
import { AanwezigheidForm } from '../components/AanwezigheidForm';
import { EigenReferentie } from '../components/EigenReferentie';
import { TRAJECT } from '../queries.aanbieder';

const TAAL = ['B1_ROUTE', 'TAALSCHAKELTRAJECT', 'ONDERWIJSROUTE', 'Z_ROUTE'];

export function TrajectPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(TRAJECT, { variables: { id } });
  if (loading && !data) return <p role="status">Traject laden…</p>;
  if (error || !data) return <><BackLink /><p className="melding melding--fout" role="alert">{foutMelding(error)}</p></>;

  const { traject, verzuimredenen } = data;
  const reden = (code: string | null) => verzuimredenen.find((r) => r.code === code)?.omschrijving ?? '';
  return (
    <>
      <BackLink />
      <h1>{volledigeNaam(traject.deelnemer)}</h1>
      <dl className="kenmerken">
        <dt>Traject</dt><dd>{TRAJECTSOORT_LABEL[traject.soort] ?? traject.soort}{traject.cursusnaam ? ` – ${traject.cursusnaam}` : ''}</dd>
        <dt>Gemeente</dt><dd>{traject.gemeenteNaam}</dd>
        <dt>Gepland</dt><dd>{formatDatum(traject.geplandeStart)} t/m {formatDatum(traject.geplandeEinde)}, {formatUren(traject.geplandeUren)} uur</dd>
        <dt>Gevolgd</dt><dd>{formatUren(traject.uren.aanwezig)} uur aanwezig, {formatUren(traject.uren.geoorloofdVerzuim)} uur geoorloofd en {formatUren(traject.uren.ongeoorloofdVerzuim)} uur ongeoorloofd verzuim</dd>
        <dt>Te doen</dt><dd><TeDoenLijst teDoen={traject.teDoen} leeg="Niets: alles is gemeld." /></dd>
        <dt>Portaalreferentie</dt><dd><code>{traject.deelnemer.portaalReferentie}</code></dd>
        <dt>Eigen referentie</dt><dd>{traject.aanbiederReferentie ? <code>{traject.aanbiederReferentie}</code> : 'geen'}</dd>
      </dl>
      <AanwezigheidForm trajectId={traject.id} verzuimredenen={verzuimredenen} />
      <EigenReferentie trajectId={traject.id} huidig={traject.aanbiederReferentie ?? null} />
      {traject.soort === 'PVT' && <PvtForm trajectId={traject.id} />}
      {traject.soort === 'MAP' && <MapForm trajectId={traject.id} />}
      <Resultaatformulieren traject={traject} />
      {TAAL.includes(traject.soort) && <VoortgangForm trajectId={traject.id} />}
      <Meldingenhistorie trajectId={traject.id} />
      <h2>Gemelde perioden</h2>
      {traject.aanwezigheden.length === 0 ? <p>Nog geen aanwezigheid gemeld.</p> : (
        <Tabelvak>
<table className="tabel utrecht-table">
          <caption className="sr-only">Gemelde aanwezigheid, nieuwste periode eerst</caption>
          <thead>
            <tr><th scope="col">Periode</th><th scope="col">Ingeroosterd</th><th scope="col">Aanwezig</th><th scope="col">Geoorloofd</th><th scope="col">Ongeoorloofd</th><th scope="col">Versie</th></tr>
          </thead>
          <tbody>
            {traject.aanwezigheden.map((a) => (
              <tr key={a.id}>
                <td>{formatDatum(a.periodeVan)} t/m {formatDatum(a.periodeTot)}</td>
                <td className="getal">{formatUren(a.urenIngeroosterd)}</td>
                <td className="getal">{formatUren(a.urenAanwezig)}</td>
                <td>{formatUren(a.urenGeoorloofdVerzuim)}{a.redenGeoorloofdVerzuim ? ` (${reden(a.redenGeoorloofdVerzuim)})` : ''}</td>
                <td>{formatUren(a.urenOngeoorloofdVerzuim)}{a.redenOngeoorloofdVerzuim ? ` (${reden(a.redenOngeoorloofdVerzuim)})` : ''}</td>
                <td className="getal">{a.versie}</td>
              </tr>
            ))}
          </tbody>
        </table>
</Tabelvak>
      )}
    </>
  );
}

/** Back to the list as it was left: its search and filters travel in the link's state (see DeelnemersPage). */
function BackLink() {
  const terug = (useLocation().state as { lijst?: string } | null)?.lijst ?? '';
  return <p><Link to={`/aanbieder${terug}`}>← Terug naar deelnemers</Link></p>;
}
