import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Keuze } from '../../../app/Keuze';
import { Laadfout } from '../../../app/Laadfout';
import { Tabelvak } from '../../../app/Tabelvak';
import { foutMelding } from '../../../app/fouten';
import { aantal, formatDatum, formatUren, TRAJECTSOORT_LABEL, volledigeNaam } from '../../../app/formaat';
import type { Trajectsoort } from '../../../gql/aanbieder/graphql';
import { DEELNEMERS, GEMEENTEN } from '../queries.aanbieder';
import { TeDoenLijst } from '../components/TeDoenLijst';

const PER_PAGINA = 25;

/** Search and filters live in the URL, so the list comes back as it was after opening a traject. */
export function DeelnemersPage() {
  const [params, setParams] = useSearchParams();
  const actieveZoek = params.get('zoek') ?? '';
  const soort = (params.get('soort') ?? '') as Trajectsoort | '';
  const gemeentecode = params.get('gemeente') ?? '';
  const alleenTeDoen = params.get('teDoen') === 'ja';
  const [zoek, setZoek] = useState(actieveZoek);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors.at(-1) ?? null;
  const gemeentenVraag = useQuery(GEMEENTEN);
  const gemeenten = gemeentenVraag.data?.gemeenten ?? [];
  const { data, loading, error } = useQuery(DEELNEMERS, {
    variables: { first: PER_PAGINA, after, zoek: actieveZoek || null, soort: soort || null, gemeentecode: gemeentecode || null, teDoen: alleenTeDoen || null },
    fetchPolicy: 'cache-and-network',
  });

  const zetParam = (naam: string, waarde: string) => {
    const volgende = new URLSearchParams(params);
    if (waarde) volgende.set(naam, waarde);
    else volgende.delete(naam);
    setCursors([null]);
    setParams(volgende, { replace: true });
  };
  const zoeken = (event: FormEvent) => {
    event.preventDefault();
    zetParam('zoek', zoek.trim());
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
      <div className="rij filters">
        <Keuze id="filter-gemeente" label="Gemeente" waarde={gemeentecode} alle="Alle gemeenten" opties={gemeenten.map((g) => [g.gemeentecode, g.naam])} onKies={(w) => zetParam('gemeente', w)} />
        <Keuze id="filter-soort" label="Soort traject" waarde={soort} alle="Alle soorten" opties={Object.entries(TRAJECTSOORT_LABEL)} onKies={(w) => zetParam('soort', w)} />
        <div className="veld veld--keuze filters__vinkje">
          <label><input type="checkbox" checked={alleenTeDoen} onChange={(e) => zetParam('teDoen', e.target.checked ? 'ja' : '')} /> Alleen met iets te doen</label>
        </div>
      </div>
      <Laadfout error={!error && gemeentenVraag.error} wat="De lijst gemeenten" />
      {error && <p className="melding melding--fout" role="alert">{foutMelding(error)}</p>}
      {loading && !lijst && <p role="status">Deelnemers laden…</p>}
      {lijst && lijst.nodes.length === 0 && <p role="status">{alleenTeDoen ? 'Niets te doen: alles is gemeld.' : 'Geen deelnemers gevonden.'}</p>}
      {lijst && lijst.nodes.length > 0 && (
        <>
          <p role="status">{aantal(lijst.totalCount, 'deelnemer', 'deelnemers')}</p>
          <Tabelvak>
            <table className="tabel utrecht-table">
            <caption className="sr-only">Deelnemers met een lopend traject bij uw organisatie{alleenTeDoen ? ', alleen met iets te doen' : ''}</caption>
            <thead>
              <tr><th scope="col">Naam</th><th scope="col">Gemeente</th><th scope="col">Traject</th><th scope="col">Gepland (uur)</th><th scope="col">Aanwezig (uur)</th><th scope="col">Gemeld t/m</th><th scope="col">Te doen</th></tr>
            </thead>
            <tbody>
              {lijst.nodes.flatMap((d) => d.trajecten.map((t, i) => (
                <tr key={t.id}>
                  <td>{i === 0 ? volledigeNaam(d) : ''}</td>
                  <td>{d.gemeenteNaam}</td>
                  <td><Link to={`/aanbieder/trajecten/${t.id}`} state={{ lijst: params.size ? `?${params}` : '' }} aria-label={`${TRAJECTSOORT_LABEL[t.soort] ?? t.soort} van ${volledigeNaam(d)}`}>{TRAJECTSOORT_LABEL[t.soort] ?? t.soort}</Link></td>
                  <td className="getal">{formatUren(t.geplandeUren)}</td>
                  <td className="getal">{formatUren(t.uren.aanwezig)}</td>
                  <td>{t.uren.gemeldTot ? formatDatum(t.uren.gemeldTot) : 'nog niets gemeld'}</td>
                  <td><TeDoenLijst teDoen={t.teDoen} /></td>
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
