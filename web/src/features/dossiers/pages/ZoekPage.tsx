import { Keuze } from '../../../app/Keuze';
import { Laadfout } from '../../../app/Laadfout';
import { Tabelvak } from '../../../app/Tabelvak';
import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { foutMelding } from '../../../app/fouten';
import { aantal, DOSSIERSTATUS_LABEL, formatDatum, TRAJECTSOORT_LABEL, volledigeNaam } from '../../../app/formaat';
import type { DossierStatus, Trajectsoort } from '../../../gql/gemeente/graphql';
import { FILTERKEUZES, ZOEK_DOSSIERS } from '../queries.gemeente';

const PER_PAGINA = 25;

/** Search and filters live in the URL, so a filtered list can be bookmarked, shared and reached from other pages. */
export function ZoekPage() {
  const [params, setParams] = useSearchParams();
  const actieveZoek = params.get('zoek') ?? '';
  const status = (params.get('status') ?? '') as DossierStatus | '';
  const trajectsoort = (params.get('trajectsoort') ?? '') as Trajectsoort | '';
  const aanbiederId = params.get('aanbiederId') ?? '';
  const [zoek, setZoek] = useState(actieveZoek);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const { data, loading, error } = useQuery(ZOEK_DOSSIERS, {
    variables: { zoek: actieveZoek || null, first: PER_PAGINA, after: cursors.at(-1) ?? null, status: status || null, trajectsoort: trajectsoort || null, aanbiederId: aanbiederId || null },
  });
  const filterkeuzes = useQuery(FILTERKEUZES);
  const contracten = filterkeuzes.data?.contracten ?? [];
  const aanbieders = [...new Map(contracten.map((c) => [c.aanbiederId, c.aanbiederNaam])).entries()].sort((a, b) => a[1].localeCompare(b[1]));

  const zetParam = (naam: string, waarde: string) => {
    const volgende = new URLSearchParams(params);
    if (waarde) volgende.set(naam, waarde);
    else volgende.delete(naam);
    setCursors([null]);
    setParams(volgende);
  };
  const zoeken = (event: FormEvent) => {
    event.preventDefault();
    zetParam('zoek', zoek.trim());
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
      <div className="rij filters">
        <Keuze id="filter-status" label="Status" waarde={status} alle="Alle statussen" opties={Object.entries(DOSSIERSTATUS_LABEL)} onKies={(w) => zetParam('status', w)} />
        <Keuze id="filter-soort" label="Lopend traject" waarde={trajectsoort} alle="Alle soorten" opties={Object.entries(TRAJECTSOORT_LABEL)} onKies={(w) => zetParam('trajectsoort', w)} />
        <Keuze id="filter-aanbieder" label="Aanbieder" waarde={aanbiederId} alle="Alle aanbieders" opties={aanbieders} onKies={(w) => zetParam('aanbiederId', w)} />
      </div>
      <Laadfout error={!error && filterkeuzes.error} wat="De lijst aanbieders" />
      {error && <p className="melding melding--fout" role="alert">{foutMelding(error)}</p>}
      {loading && !lijst && <p role="status">Zoeken…</p>}
      {lijst && lijst.nodes.length === 0 && <p role="status">Geen dossiers gevonden.</p>}
      {lijst && lijst.nodes.length > 0 && (
        <>
          <p role="status">{aantal(lijst.totalCount, 'dossier', 'dossiers')}</p>
          <Tabelvak>
            <table className="tabel utrecht-table">
              <caption className="sr-only">Gevonden dossiers</caption>
              <thead><tr><th scope="col">Naam</th><th scope="col">BSN</th><th scope="col">Geboortedatum</th><th scope="col">Status</th></tr></thead>
              <tbody>
                {lijst.nodes.map((p) => (
                  <tr key={p.id}>
                    <td><Link to={`/gemeente/dossiers/${p.id}`}>{volledigeNaam(p)}</Link></td>
                    <td>{p.bsn}</td>
                    <td>{formatDatum(p.geboortedatum)}</td>
                    <td>{DOSSIERSTATUS_LABEL[p.status] ?? p.status}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Tabelvak>
          <div className="rij">
            <button type="button" className="knop knop--secundair utrecht-button utrecht-button--secondary-action" disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>Vorige pagina</button>
            <button type="button" className="knop knop--secundair utrecht-button utrecht-button--secondary-action" disabled={!lijst.pageInfo.hasNextPage} onClick={() => setCursors([...cursors, lijst.pageInfo.endCursor ?? null])}>Volgende pagina</button>
          </div>
        </>
      )}
    </>
  );
}
