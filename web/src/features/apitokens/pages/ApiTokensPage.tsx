import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Tabelvak } from '../../../app/Tabelvak';
import { foutMelding, veldFouten } from '../../../app/fouten';
import { formatDatum } from '../../../app/formaat';
import type { Rol } from '../../../gql/aanbieder/graphql';
import { API_TOKENS, MAAK_API_TOKEN, TREK_API_TOKEN_IN } from '../queries.aanbieder';

/** Tokens for the aanbieder's own systems (BEHEER only): the plain token is shown once, right after creating it. */
export function ApiTokensPage() {
  const lijst = useQuery(API_TOKENS);
  const [maak, { loading: bezig }] = useMutation(MAAK_API_TOKEN, { refetchQueries: [{ query: API_TOKENS }] });
  const [trekIn] = useMutation(TREK_API_TOKEN_IN, { refetchQueries: [{ query: API_TOKENS }] });
  const [naam, setNaam] = useState('');
  const [muteren, setMuteren] = useState(true);
  const [nieuw, setNieuw] = useState<{ naam: string; token: string } | null>(null);
  const [fout, setFout] = useState<string | null>(null);

  const maken = async (event: FormEvent) => {
    event.preventDefault();
    setFout(null);
    setNieuw(null);
    try {
      const rollen: Rol[] = muteren ? ['RAADPLEGEN', 'MUTEREN'] : ['RAADPLEGEN'];
      const { data } = await maak({ variables: { naam, rollen } });
      if (data) setNieuw({ naam: data.maakApiToken.apiToken.naam, token: data.maakApiToken.token });
      setNaam('');
    } catch (error) {
      setFout(veldFouten(error).map((f) => f.melding).join(' ') || foutMelding(error));
    }
  };

  const intrekken = async (id: string, tokenNaam: string) => {
    if (!window.confirm(`API-token "${tokenNaam}" intrekken? Systemen die het gebruiken krijgen direct geen toegang meer.`)) return;
    await trekIn({ variables: { id } }).catch((error: unknown) => setFout(foutMelding(error)));
  };

  return (
    <>
      <h1>API-tokens</h1>
      <p>Met een API-token gebruikt een eigen systeem (bijvoorbeeld uw leerlingadministratie) de API van het portaal, met <code>Authorization: Bearer …</code>.</p>
      <form className="formulier" onSubmit={maken} aria-labelledby="nieuw-token">
        <h2 id="nieuw-token">Nieuw token</h2>
        {fout && <p className="melding melding--fout" role="alert">{fout}</p>}
        <div className="veld">
          <label htmlFor="token-naam">Naam (bijvoorbeeld het systeem)</label>
          <input id="token-naam" value={naam} onChange={(e) => setNaam(e.target.value)} maxLength={100} />
        </div>
        <div className="veld veld--keuze">
          <input id="token-muteren" type="checkbox" checked={muteren} onChange={(e) => setMuteren(e.target.checked)} />
          <label htmlFor="token-muteren">Mag ook melden (muteren), niet alleen lezen</label>
        </div>
        <button type="submit" className="knop utrecht-button utrecht-button--primary-action" disabled={bezig}>Token maken</button>
      </form>
      {nieuw && (
        <div className="melding melding--succes" role="status">
          <p>Token <strong>{nieuw.naam}</strong> is gemaakt. Kopieer het nu: het wordt hierna nooit meer getoond.</p>
          <p><code className="token">{nieuw.token}</code></p>
        </div>
      )}
      <h2>Tokens van uw organisatie</h2>
      {lijst.error && <p className="melding melding--fout" role="alert">{foutMelding(lijst.error)}</p>}
      {lijst.data && lijst.data.apiTokens.length === 0 && <p>Nog geen tokens.</p>}
      {lijst.data && lijst.data.apiTokens.length > 0 && (
        <Tabelvak>
          <table className="tabel utrecht-table">
            <caption className="sr-only">API-tokens</caption>
            <thead><tr><th scope="col">Naam</th><th scope="col">Rechten</th><th scope="col">Gemaakt</th><th scope="col">Status</th><th scope="col"><span className="sr-only">Actie</span></th></tr></thead>
            <tbody>
              {lijst.data.apiTokens.map((t) => (
                <tr key={t.id}>
                  <td>{t.naam}</td>
                  <td>{t.rollen.includes('MUTEREN') ? 'lezen en melden' : 'alleen lezen'}</td>
                  <td>{formatDatum(t.aangemaaktOp)}</td>
                  <td>{t.ingetrokkenOp ? `ingetrokken ${formatDatum(t.ingetrokkenOp)}` : 'actief'}</td>
                  <td>{!t.ingetrokkenOp && <button type="button" className="knop knop--secundair utrecht-button utrecht-button--secondary-action" onClick={() => intrekken(t.id, t.naam)}>Intrekken<span className="sr-only"> {t.naam}</span></button>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Tabelvak>
      )}
    </>
  );
}
