import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Tabelvak } from '../../../app/Tabelvak';
import { foutMelding, veldFouten, type VeldFout } from '../../../app/fouten';
import { formatDatum } from '../../../app/formaat';
import { foutAttributen, Veld } from '../../../app/Veld';
import type { Besluitsoort, DossierQuery, Verwijtbaarheid } from '../../../gql/gemeente/graphql';
import { DOSSIER, NEEM_BESLUIT } from '../queries.gemeente';

const SOORT = { MAP: 'MAP', PVT: 'PVT', Z_ROUTE: 'Z-route' } as const;

/** Decisions on MAP, PVT and Z-route, with the message to enter at DUO and its deadline (10 working days). */
export function Besluiten({ inburgeraarId, besluiten, magMuteren }: { inburgeraarId: string; besluiten: DossierQuery['besluiten']; magMuteren: boolean }) {
  const [neem, { loading }] = useMutation(NEEM_BESLUIT, { refetchQueries: [{ query: DOSSIER, variables: { id: inburgeraarId } }] });
  const [w, setW] = useState({ soort: 'MAP' as Besluitsoort, datum: '', verwijtbaar: '' });
  const [fouten, setFouten] = useState<VeldFout[]>([]);
  const [melding, setMelding] = useState<{ soort: 'succes' | 'fout'; tekst: string } | null>(null);
  const foutBij = (veld: string) => fouten.filter((f) => f.veld === veld);

  const verstuur = async (event: FormEvent) => {
    event.preventDefault();
    setFouten([]);
    setMelding(null);
    try {
      const { data } = await neem({ variables: { input: { inburgeraarId, soort: w.soort, datum: w.datum || null, verwijtbaar: (w.verwijtbaar || null) as Verwijtbaarheid | null } } });
      if (data) setMelding({ soort: 'succes', tekst: `Besluit vastgelegd (versie ${data.neemBesluit.besluit.versie}). Registreer het uiterlijk ${formatDatum(data.neemBesluit.besluit.registrerenUiterlijk)} bij DUO.` });
    } catch (error) {
      const perVeld = veldFouten(error);
      setFouten(perVeld);
      setMelding({ soort: 'fout', tekst: perVeld.length ? 'Het besluit is niet vastgelegd: zie de meldingen bij de velden.' : foutMelding(error) });
    }
  };

  return (
    <section aria-labelledby="besluiten-kop">
      <h2 id="besluiten-kop">Besluiten MAP, PVT en Z-route</h2>
      {besluiten.length === 0 ? <p>Nog geen besluiten.</p> : (
        <Tabelvak>
          <table className="tabel utrecht-table">
            <caption className="sr-only">Besluiten met hun versies en het bericht voor DUO</caption>
            <thead><tr><th scope="col">Soort</th><th scope="col">Versie</th><th scope="col">Besluit</th><th scope="col">Bericht voor DUO</th><th scope="col">Registreren uiterlijk</th></tr></thead>
            <tbody>
              {besluiten.map((b) => (
                <tr key={b.id}>
                  <td>{SOORT[b.soort]}</td>
                  <td className="getal">{b.versie}{b.vervangenOp ? ' (vervangen)' : ''}</td>
                  <td>{b.voldaan ? `voldaan op ${formatDatum(b.datum)}` : 'niet voldaan'}{b.verwijtbaar ? `, ${b.verwijtbaar === 'JA' ? 'verwijtbaar' : 'niet verwijtbaar'}` : ''}</td>
                  <td><DuoBericht json={b.duoBericht} /></td>
                  <td>{b.vervangenOp ? '–' : formatDatum(b.registrerenUiterlijk)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Tabelvak>
      )}
      {magMuteren && (
        <form className="formulier" onSubmit={verstuur} noValidate aria-labelledby="besluit-kop">
          <h3 id="besluit-kop">Besluit nemen</h3>
          {melding && <p className={`melding melding--${melding.soort}`} role={melding.soort === 'fout' ? 'alert' : 'status'}>{melding.tekst}</p>}
          <div className="rij">
            <Veld id="besluit-soort" label="Soort" fouten={foutBij('soort')}>
              <select id="besluit-soort" value={w.soort} onChange={(e) => setW({ ...w, soort: e.target.value as Besluitsoort })}>
                {Object.entries(SOORT).map(([code, naam]) => <option key={code} value={code}>{naam}</option>)}
              </select>
            </Veld>
            <Veld id="besluit-datum" label="Datum eindgesprek, ondertekening of afronding (leeg: niet voldaan)" fouten={foutBij('datum')}>
              <input id="besluit-datum" type="date" value={w.datum} onChange={(e) => setW({ ...w, datum: e.target.value })} {...foutAttributen('besluit-datum', foutBij('datum'))} />
            </Veld>
            <Veld id="besluit-verwijtbaar" label="Verwijtbaar (alleen bij overschrijding van de termijn)" fouten={foutBij('verwijtbaar')}>
              <select id="besluit-verwijtbaar" value={w.verwijtbaar} onChange={(e) => setW({ ...w, verwijtbaar: e.target.value })} {...foutAttributen('besluit-verwijtbaar', foutBij('verwijtbaar'))}>
                <option value="">– niet van toepassing –</option><option value="JA">Ja</option><option value="NEE">Nee</option>
              </select>
            </Veld>
          </div>
          {foutBij('inburgeraarId').length > 0 && <p className="veld__fout">{foutBij('inburgeraarId').map((f) => f.melding).join(' ')}</p>}
          <button type="submit" className="knop utrecht-button utrecht-button--primary-action" disabled={loading}>Besluit vastleggen</button>
        </form>
      )}
    </section>
  );
}

/** DUO's field names with their values, one a line, as they are entered at DUO; the JSON itself where it is not an object. */
function DuoBericht({ json }: { json: string }) {
  let velden: [string, unknown][] | null = null;
  try {
    const bericht: unknown = JSON.parse(json);
    if (bericht && typeof bericht === 'object' && !Array.isArray(bericht)) velden = Object.entries(bericht);
  } catch { /* shown as it came */ }
  if (!velden) return <code>{json}</code>;
  return (
    <ul className="kaal">
      {velden.map(([veld, waarde]) => <li key={veld}><code>{veld}</code>: {waarde === null ? 'leeg' : String(waarde)}</li>)}
    </ul>
  );
}
