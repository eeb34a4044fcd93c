import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { foutMelding } from '../../../app/fouten';
import { aantal, formatUren } from '../../../app/formaat';
import { Tabelvak } from '../../../app/Tabelvak';
import { formatProcent, periodeTekst, soortenTekst } from '../components/weergave';
import { AANBIEDERS } from '../queries.gemeente';

/** Every aanbieder the gemeente buys from (or bought from), side by side: who reports well, who lags. */
export function AanbiedersPage() {
  const { data, loading, error } = useQuery(AANBIEDERS, { fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <><h1>Aanbieders</h1><p role="status">Aanbieders laden…</p></>;
  if (error || !data) return <><h1>Aanbieders</h1><p className="melding melding--fout" role="alert">{foutMelding(error)}</p></>;
  const aanbieders = data.aanbieders;
  const termijn = aanbieders[0]?.tijdigheid.meldtermijnWerkdagen ?? 5;
  return (
    <>
      <h1>Aanbieders</h1>
      {aanbieders.length === 0 ? <p role="status">Uw gemeente heeft nog geen contracten met aanbieders.</p> : (
        <>
          <p>Aanwezigheid van een periode is op tijd gemeld als de eerste melding uiterlijk {termijn} werkdagen na de laatste dag van de periode binnenkwam.</p>
          <Tabelvak>
            <table className="tabel utrecht-table">
              <caption className="sr-only">Aanbieders met contracten, deelnemers, aanwezigheid, verzuim en tijdigheid van de meldingen</caption>
              <thead>
                <tr>
                  <th scope="col">Aanbieder</th>
                  <th scope="col">Contracten</th>
                  <th scope="col" className="getal">Deelnemers</th>
                  <th scope="col" className="getal">Aanwezig</th>
                  <th scope="col" className="getal">Geoorloofd verzuim (uur)</th>
                  <th scope="col" className="getal">Ongeoorloofd verzuim (uur)</th>
                  <th scope="col" className="getal">Op tijd gemeld</th>
                  <th scope="col" className="getal">Aanwezigheid ontbreekt</th>
                </tr>
              </thead>
              <tbody>
                {aanbieders.map((a) => (
                  <tr key={a.id}>
                    <th scope="row"><Link to={`/gemeente/aanbieders/${a.id}`}>{a.naam}</Link></th>
                    <td>
                      <ul className="kaal">
                        {a.contracten.map((c) => <li key={c.id}>{soortenTekst(c.trajectsoorten)} <small>({periodeTekst(c)})</small></li>)}
                      </ul>
                    </td>
                    <td className="getal">{a.deelnemers}</td>
                    <td className="getal">{formatProcent(a.aanwezigheidspercentage)}</td>
                    <td className="getal">{formatUren(a.uren.geoorloofdVerzuim)}</td>
                    <td className="getal">{formatUren(a.uren.ongeoorloofdVerzuim)}</td>
                    <td className="getal">{formatProcent(a.tijdigheid.percentageOpTijd)} <small>({a.tijdigheid.opTijd} van {a.tijdigheid.perioden})</small></td>
                    <td className="getal">{a.tijdigheid.trajectenZonderVorigeWeek > 0
                      ? <span className="te-doen">{aantal(a.tijdigheid.trajectenZonderVorigeWeek, 'traject', 'trajecten')}</span>
                      : '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Tabelvak>
        </>
      )}
    </>
  );
}
