import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { foutMelding } from '../../../app/fouten';
import { formatDatum, formatUren, TRAJECTSOORT_LABEL } from '../../../app/formaat';
import { Tabelvak } from '../../../app/Tabelvak';
import { formatProcent, periodeTekst, soortenTekst } from '../components/weergave';
import { AANBIEDER } from '../queries.gemeente';

const STATUS: Record<string, string> = { ACTIEF: 'Loopt', AFGEROND: 'Afgerond', INGETROKKEN: 'Ingetrokken' };

/** One aanbieder: the contracts, the figures, and every traject of this gemeente there, linking to the dossiers. */
export function AanbiederPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(AANBIEDER, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const terug = <p><Link to="/gemeente/aanbieders">← Alle aanbieders</Link></p>;
  if (loading && !data) return <>{terug}<p role="status">Aanbieder laden…</p></>;
  if (error || !data) return <>{terug}<h1>Aanbieder</h1><p className="melding melding--fout" role="alert">{foutMelding(error)}</p></>;
  const a = data.aanbieder;
  return (
    <>
      {terug}
      <h1>{a.naam}</h1>
      <p>KvK-nummer {a.kvkNummer}</p>
      <ul className="tegels" aria-label="Cijfers">
        <li className="tegel"><span className="tegel__getal">{a.deelnemers}</span> deelnemers</li>
        <li className="tegel"><span className="tegel__getal">{formatProcent(a.aanwezigheidspercentage)}</span> aanwezig ({formatUren(a.uren.aanwezig)} van {formatUren(a.uren.ingeroosterd)} uur)</li>
        <li className="tegel"><span className="tegel__getal">{formatUren(a.uren.geoorloofdVerzuim)}</span> uur geoorloofd verzuim</li>
        <li className="tegel"><span className="tegel__getal">{formatUren(a.uren.ongeoorloofdVerzuim)}</span> uur ongeoorloofd verzuim</li>
        <li className="tegel"><span className="tegel__getal">{formatProcent(a.tijdigheid.percentageOpTijd)}</span> op tijd gemeld ({a.tijdigheid.opTijd} van {a.tijdigheid.perioden} perioden, binnen {a.tijdigheid.meldtermijnWerkdagen} werkdagen)</li>
        <li className="tegel"><span className="tegel__getal">{a.tijdigheid.trajectenZonderVorigeWeek}</span> lopende trajecten zonder melding over vorige week</li>
      </ul>

      <section className="kaart">
        <h2>Contracten</h2>
        <Tabelvak>
          <table className="tabel utrecht-table">
            <caption className="sr-only">Contracten van uw gemeente met {a.naam}</caption>
            <thead><tr><th scope="col">Soorten traject</th><th scope="col">Looptijd</th><th scope="col">Verwerkersovereenkomst</th></tr></thead>
            <tbody>
              {a.contracten.map((c) => (
                <tr key={c.id}><td>{soortenTekst(c.trajectsoorten)}</td><td>{periodeTekst(c)}</td><td>{formatDatum(c.datumVerwerkersovereenkomst)}</td></tr>
              ))}
            </tbody>
          </table>
        </Tabelvak>
      </section>

      <section className="kaart">
        <h2>Trajecten</h2>
        <p><Link to={`/gemeente/dossiers?aanbiederId=${a.id}`}>Dossiers met een lopend traject bij {a.naam} zoeken en filteren</Link></p>
        {a.trajecten.length === 0 ? <p>Uw gemeente heeft (nog) geen trajecten bij deze aanbieder.</p> : (
          <Tabelvak>
            <table className="tabel utrecht-table">
              <caption className="sr-only">Trajecten van uw gemeente bij {a.naam}</caption>
              <thead>
                <tr>
                  <th scope="col">Deelnemer</th><th scope="col">Soort</th><th scope="col">Status</th><th scope="col">Looptijd</th>
                  <th scope="col" className="getal">Aanwezig (uur)</th><th scope="col" className="getal">Ingeroosterd (uur)</th>
                  <th scope="col">Gemeld t/m</th><th scope="col">Te doen</th>
                </tr>
              </thead>
              <tbody>
                {a.trajecten.map((t) => (
                  <tr key={t.id}>
                    <th scope="row"><Link to={`/gemeente/dossiers/${t.inburgeraarId}`}>{t.naam}</Link></th>
                    <td>{TRAJECTSOORT_LABEL[t.soort] ?? t.soort}</td>
                    <td>{STATUS[t.status] ?? t.status}</td>
                    <td>{formatDatum(t.geplandeStart)} – {formatDatum(t.geplandeEinde)}</td>
                    <td className="getal">{formatUren(t.uren.aanwezig)}</td>
                    <td className="getal">{formatUren(t.uren.ingeroosterd)}</td>
                    <td>{formatDatum(t.uren.gemeldTot)}</td>
                    <td>{t.vorigeWeekOntbreekt ? <span className="te-doen">Aanwezigheid ontbreekt</span> : '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Tabelvak>
        )}
      </section>
    </>
  );
}
