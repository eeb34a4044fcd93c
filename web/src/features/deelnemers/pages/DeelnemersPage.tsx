import { Tabelvak } from '../../../app/Tabelvak';
import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { foutMelding } from '../../../app/fouten';
import { formatDatum, formatUren, TRAJECTSOORT_LABEL, volledigeNaam } from '../../../app/formaat';
import { DEELNEMERS } from '../queries.aanbieder';

const PER_PAGINA = 25;

export function DeelnemersPage() {
  const [zoek, setZoek] = useState('');
  const [actieveZoek, setActieveZoek] = useState<string | null>(null);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors.at(-1) ?? null;
  const { data, loading, error } = useQuery(DEELNEMERS, { variables: { first: PER_PAGINA, after, zoek: actieveZoek }, fetchPolicy: 'cache-and-network' });

  const zoeken = (event: FormEvent) => {
    event.preventDefault();
    setActieveZoek(zoek.trim() || null);
    setCursors([null]);
  };
  const lijst = data?.deelnemers;

  return (
    <>
      <h1>Deelnemers</h1>
      <form className="zoekbalk" onSubmit={zoeken} role="search">
        <label htmlFor="zoek-deelnemer">Zoek op naam</label>
        <input id="zoek-deelnemer" value={zoek} onChange={(e) => setZoek(e.target.value)} />
        <button className="knop utrecht-button utrecht-button--primary-action" type="submit">Zoeken</button>
      </form>
      {error && <p className="melding melding--fout" role="alert">{foutMelding(error)}</p>}
      {loading && !lijst && <p role="status">Deelnemers laden…</p>}
      {lijst && lijst.nodes.length === 0 && <p role="status">Geen deelnemers gevonden.</p>}
      {lijst && lijst.nodes.length > 0 && (
        <>
          <p role="status">{lijst.totalCount} deelnemers</p>
          <Tabelvak>
<table className="tabel utrecht-table">
            <caption className="sr-only">Deelnemers met een lopend traject bij uw organisatie</caption>
            <thead>
              <tr><th scope="col">Naam</th><th scope="col">Gemeente</th><th scope="col">Traject</th><th scope="col">Gepland (uur)</th><th scope="col">Aanwezig (uur)</th><th scope="col">Gemeld t/m</th></tr>
            </thead>
            <tbody>
              {lijst.nodes.flatMap((d) => d.trajecten.map((t, i) => (
                <tr key={t.id}>
                  <td>{i === 0 ? volledigeNaam(d) : ''}</td>
                  <td>{d.gemeenteNaam}</td>
                  <td><Link to={`/aanbieder/trajecten/${t.id}`} aria-label={`${TRAJECTSOORT_LABEL[t.soort] ?? t.soort} van ${volledigeNaam(d)}`}>{TRAJECTSOORT_LABEL[t.soort] ?? t.soort}</Link></td>
                  <td className="getal">{formatUren(t.geplandeUren)}</td>
                  <td className="getal">{formatUren(t.uren.aanwezig)}</td>
                  <td>{t.uren.bekendTot ? formatDatum(t.uren.bekendTot) : 'nog niets gemeld'}</td>
                </tr>
              )))}
            </tbody>
          </table>
</Tabelvak>
          <nav className="paginering" aria-label="Paginering">
            <button type="button" className="knop knop--secundair utrecht-button utrecht-button--secondary-action" disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>Vorige pagina</button>
            <button type="button" className="knop knop--secundair utrecht-button utrecht-button--secondary-action" disabled={!lijst.pageInfo.hasNextPage} onClick={() => setCursors([...cursors, lijst.pageInfo.endCursor])}>Volgende pagina</button>
          </nav>
        </>
      )}
    </>
  );
}
