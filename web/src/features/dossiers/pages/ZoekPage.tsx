import { Tabelvak } from '../../../app/Tabelvak';
import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { foutMelding } from '../../../app/fouten';
import { formatDatum, volledigeNaam } from '../../../app/formaat';
import { ZOEK_DOSSIERS } from '../queries.gemeente';

export function ZoekPage() {
  const [params, setParams] = useSearchParams();
  const actieveZoek = params.get('zoek') ?? '';
  const [zoek, setZoek] = useState(actieveZoek);
  const [after, setAfter] = useState<string | null>(null);
  const { data, loading, error } = useQuery(ZOEK_DOSSIERS, { variables: { zoek: actieveZoek || null, first: 25, after } });

  const zoeken = (event: FormEvent) => {
    event.preventDefault();
    setAfter(null);
    setParams(zoek.trim() ? { zoek: zoek.trim() } : {});
  };
  const lijst = data?.zoekDossiers;

  return (
    <>
      <h1>Dossiers</h1>
      <form className="zoekbalk" onSubmit={zoeken} role="search">
        <label htmlFor="zoek-dossier">Zoek op naam of BSN</label>
        <input id="zoek-dossier" value={zoek} onChange={(e) => setZoek(e.target.value)} />
        <button className="knop utrecht-button utrecht-button--primary-action" type="submit">Zoeken</button>
      </form>
      {error && <p className="melding melding--fout" role="alert">{foutMelding(error)}</p>}
      {loading && !lijst && <p role="status">Zoeken…</p>}
      {lijst && lijst.nodes.length === 0 && <p role="status">Geen dossiers gevonden.</p>}
      {lijst && lijst.nodes.length > 0 && (
        <>
          <p role="status">{lijst.totalCount} {lijst.totalCount === 1 ? 'dossier' : 'dossiers'}</p>
          <Tabelvak>
<table className="tabel utrecht-table">
            <caption className="sr-only">Gevonden dossiers</caption>
            <thead><tr><th scope="col">Naam</th><th scope="col">BSN</th><th scope="col">Geboortedatum</th></tr></thead>
            <tbody>
              {lijst.nodes.map((p) => (
                <tr key={p.id}>
                  <td><Link to={`/gemeente/dossiers/${p.id}`}>{volledigeNaam(p)}</Link></td>
                  <td>{p.bsn}</td>
                  <td>{formatDatum(p.geboortedatum)}</td>
                </tr>
              ))}
            </tbody>
          </table>
</Tabelvak>
          {lijst.pageInfo.hasNextPage && (
            <button type="button" className="knop knop--secundair utrecht-button utrecht-button--secondary-action" onClick={() => setAfter(lijst.pageInfo.endCursor)}>Volgende pagina</button>
          )}
        </>
      )}
    </>
  );
}
