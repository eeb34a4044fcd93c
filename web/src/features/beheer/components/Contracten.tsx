import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Tabelvak } from '../../../app/Tabelvak';
import { Veld, foutAttributen } from '../../../app/Veld';
import { foutMelding, veldFouten, type VeldFout } from '../../../app/fouten';
import { formatDatum, TRAJECTSOORT_LABEL } from '../../../app/formaat';
import type { Trajectsoort } from '../../../gql/gemeente/graphql';
import { BEEINDIG_CONTRACT, BEHEER_CONTRACTEN, SLUIT_CONTRACT } from '../queries.gemeente';

const SOORTEN = Object.keys(TRAJECTSOORT_LABEL) as Trajectsoort[];
const LEEG = { aanbiederId: '', trajectsoorten: [] as Trajectsoort[], ingangsdatum: '', einddatum: '', datumVerwerkersovereenkomst: '' };

/** The gemeente's contracts: list, close a new one, end one. Every refused rule is shown at its field. */
export function Contracten() {
  const data = useQuery(BEHEER_CONTRACTEN);
  const opnieuw = { refetchQueries: [{ query: BEHEER_CONTRACTEN }], awaitRefetchQueries: true };
  const [sluit, { loading: sluiten }] = useMutation(SLUIT_CONTRACT, opnieuw);
  const [beeindig, { loading: beeindigen }] = useMutation(BEEINDIG_CONTRACT, opnieuw);
  const [invoer, setInvoer] = useState(LEEG);
  const [fouten, setFouten] = useState<VeldFout[]>([]);
  const [eind, setEind] = useState({ contractId: '', einddatum: '' });
  const [eindFouten, setEindFouten] = useState<VeldFout[]>([]);
  const [gelukt, setGelukt] = useState<string | null>(null);
  const bij = (lijst: VeldFout[], veld: string) => lijst.filter((f) => f.veld === veld);
  const alsFouten = (error: unknown): VeldFout[] => (veldFouten(error).length ? veldFouten(error) : [{ veld: '', melding: foutMelding(error) }]);

  const sluitContract = async (event: FormEvent) => {
    event.preventDefault();
    setFouten([]);
    setGelukt(null);
    if (!invoer.aanbiederId) return setFouten([{ veld: 'aanbiederId', melding: 'Kies een aanbieder.' }]);
    try {
      const { data: res } = await sluit({ variables: { input: { ...invoer, einddatum: invoer.einddatum || null } } });
      setGelukt(`Contract met ${res?.sluitContract.aanbiederNaam} gesloten.`);
      setInvoer(LEEG);
    } catch (error) {
      setFouten(alsFouten(error));
    }
  };

  const beeindigContract = async (event: FormEvent) => {
    event.preventDefault();
    setEindFouten([]);
    setGelukt(null);
    if (!eind.contractId) return setEindFouten([{ veld: 'contractId', melding: 'Kies een contract.' }]);
    try {
      await beeindig({ variables: eind });
      setGelukt(`Contract beëindigd per ${formatDatum(eind.einddatum)}.`);
      setEind({ contractId: '', einddatum: '' });
    } catch (error) {
      setEindFouten(alsFouten(error));
    }
  };

  if (data.loading && !data.data) return <p role="status">Contracten laden…</p>;
  if (data.error || !data.data) return <p className="melding melding--fout" role="alert">{foutMelding(data.error)}</p>;
  const { contracten, aanbiedersInPortaal } = data.data;
  const overig = (lijst: VeldFout[], velden: string[]) => lijst.filter((f) => !velden.includes(f.veld));
  const datumVeld = (id: string, veld: 'ingangsdatum' | 'einddatum' | 'datumVerwerkersovereenkomst', label: string) => (
    <Veld id={id} label={label} fouten={bij(fouten, veld)}>
      <input id={id} type="date" value={invoer[veld]} onChange={(e) => setInvoer({ ...invoer, [veld]: e.target.value })} {...foutAttributen(id, bij(fouten, veld))} />
    </Veld>
  );

  return (
    <>
      {gelukt && <p className="melding melding--succes" role="status">{gelukt}</p>}
      {contracten.length === 0 ? <p>Uw gemeente heeft nog geen contracten.</p> : (
        <Tabelvak>
          <table className="tabel utrecht-table">
            <caption className="sr-only">Contracten met aanbieders</caption>
            <thead><tr><th scope="col">Aanbieder</th><th scope="col">KvK-nummer</th><th scope="col">Soorten traject</th><th scope="col">Ingang</th><th scope="col">Einde</th><th scope="col">Verwerkersovereenkomst</th></tr></thead>
            <tbody>
              {contracten.map((c) => (
                <tr key={c.id}>
                  <td>{c.aanbiederNaam}</td>
                  <td>{c.aanbiederKvkNummer}</td>
                  <td>{c.trajectsoorten.map((s) => TRAJECTSOORT_LABEL[s] ?? s).join(', ')}</td>
                  <td>{formatDatum(c.ingangsdatum)}</td>
                  <td>{c.einddatum ? formatDatum(c.einddatum) : 'onbepaalde tijd'}</td>
                  <td>{formatDatum(c.datumVerwerkersovereenkomst)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Tabelvak>
      )}

      <form className="formulier" onSubmit={sluitContract} aria-labelledby="nieuw-contract" noValidate>
        <h3 id="nieuw-contract">Nieuw contract</h3>
        {overig(fouten, ['aanbiederId', 'trajectsoorten', 'ingangsdatum', 'einddatum', 'datumVerwerkersovereenkomst']).length > 0 && (
          <p className="melding melding--fout" role="alert">{overig(fouten, ['aanbiederId', 'trajectsoorten', 'ingangsdatum', 'einddatum', 'datumVerwerkersovereenkomst']).map((f) => f.melding).join(' ')}</p>
        )}
        <Veld id="contract-aanbieder" label="Aanbieder" fouten={bij(fouten, 'aanbiederId')}>
          <select id="contract-aanbieder" value={invoer.aanbiederId} onChange={(e) => setInvoer({ ...invoer, aanbiederId: e.target.value })} {...foutAttributen('contract-aanbieder', bij(fouten, 'aanbiederId'))}>
            <option value="">Kies een aanbieder</option>
            {aanbiedersInPortaal.map((a) => <option key={a.id} value={a.id}>{a.naam} (KvK {a.kvkNummer})</option>)}
          </select>
        </Veld>
        <fieldset className="keuzes" aria-describedby={bij(fouten, 'trajectsoorten').length ? 'contract-soorten-fout' : undefined}>
          <legend>Soorten traject</legend>
          {SOORTEN.map((s) => (
            <label key={s}><input type="checkbox" checked={invoer.trajectsoorten.includes(s)}
              onChange={() => setInvoer({ ...invoer, trajectsoorten: invoer.trajectsoorten.includes(s) ? invoer.trajectsoorten.filter((x) => x !== s) : [...invoer.trajectsoorten, s] })} /> {TRAJECTSOORT_LABEL[s]}</label>
          ))}
          {bij(fouten, 'trajectsoorten').length > 0 && <p id="contract-soorten-fout" className="veld__fout">{bij(fouten, 'trajectsoorten').map((f) => f.melding).join(' ')}</p>}
        </fieldset>
        {datumVeld('contract-ingang', 'ingangsdatum', 'Ingangsdatum')}
        {datumVeld('contract-einde', 'einddatum', 'Einddatum (leeg: onbepaalde tijd)')}
        {datumVeld('contract-vwo', 'datumVerwerkersovereenkomst', 'Datum verwerkersovereenkomst')}
        <button type="submit" className="knop utrecht-button utrecht-button--primary-action" disabled={sluiten}>Contract sluiten</button>
      </form>

      {contracten.length > 0 && (
        <form className="formulier" onSubmit={beeindigContract} aria-labelledby="contract-beeindigen" noValidate>
          <h3 id="contract-beeindigen">Contract beëindigen</h3>
          {overig(eindFouten, ['contractId', 'einddatum']).length > 0 && <p className="melding melding--fout" role="alert">{overig(eindFouten, ['contractId', 'einddatum']).map((f) => f.melding).join(' ')}</p>}
          <Veld id="eind-contract" label="Contract" fouten={bij(eindFouten, 'contractId')}>
            <select id="eind-contract" value={eind.contractId} onChange={(e) => setEind({ ...eind, contractId: e.target.value })} {...foutAttributen('eind-contract', bij(eindFouten, 'contractId'))}>
              <option value="">Kies een contract</option>
              {contracten.map((c) => <option key={c.id} value={c.id}>{c.aanbiederNaam}, vanaf {formatDatum(c.ingangsdatum)}</option>)}
            </select>
          </Veld>
          <Veld id="eind-datum" label="Laatste dag van het contract" fouten={bij(eindFouten, 'einddatum')}>
            <input id="eind-datum" type="date" value={eind.einddatum} onChange={(e) => setEind({ ...eind, einddatum: e.target.value })} {...foutAttributen('eind-datum', bij(eindFouten, 'einddatum'))} />
          </Veld>
          <button type="submit" className="knop utrecht-button utrecht-button--primary-action" disabled={beeindigen}>Contract beëindigen</button>
        </form>
      )}
    </>
  );
}
