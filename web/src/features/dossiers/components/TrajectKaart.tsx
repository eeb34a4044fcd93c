import { Tabelvak } from '../../../app/Tabelvak';
import { formatDatum, formatUren } from '../../../app/formaat';
import type { DossierTraject } from '../queries.gemeente';
import { RapportageLijst } from './RapportageDetails';

/** A traject with the hours the aanbieder reported against the planned hours. */
export function TrajectKaart({ traject, label, verzuimredenen }: { traject: DossierTraject; label: string; verzuimredenen: { code: string; omschrijving: string }[] }) {
  const reden = (code: string | null) => verzuimredenen.find((r) => r.code === code)?.omschrijving ?? '';
  const kopId = `traject-${traject.id}`;
  return (
    <section className="kaart" aria-labelledby={kopId}>
      <h3 id={kopId}>{label} bij {traject.aanbiederNaam}</h3>
      <p>{traject.cursusnaam ? `${traject.cursusnaam}. ` : ''}Gepland {formatDatum(traject.geplandeStart)} t/m {formatDatum(traject.geplandeEinde)}.</p>
      <p className="uren">
        Aanwezig <strong>{formatUren(traject.uren.aanwezig)}</strong> van {formatUren(traject.geplandeUren)} geplande uren
        {' '}· geoorloofd verzuim {formatUren(traject.uren.geoorloofdVerzuim)} uur · ongeoorloofd verzuim {formatUren(traject.uren.ongeoorloofdVerzuim)} uur
      </p>
      <progress max={traject.geplandeUren || 1} value={Math.min(traject.uren.aanwezig, traject.geplandeUren || 1)} aria-label={`Aanwezige uren van de geplande uren, ${label}`} />
      {traject.rapportages.length > 0 && (
        <>
          <h4>Meldingen van de aanbieder</h4>
          <RapportageLijst rapportages={traject.rapportages} trajectId={traject.id} />
        </>
      )}
      {traject.aanwezigheden.length > 0 && (
        <Tabelvak>
<table className="tabel utrecht-table">
          <caption className="sr-only">Gemelde perioden van {label}</caption>
          <thead><tr><th scope="col">Periode</th><th scope="col">Ingeroosterd</th><th scope="col">Aanwezig</th><th scope="col">Geoorloofd</th><th scope="col">Ongeoorloofd</th><th scope="col">Versie</th></tr></thead>
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
    </section>
  );
}
