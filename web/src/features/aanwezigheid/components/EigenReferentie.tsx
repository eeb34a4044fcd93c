import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { foutAttributen, Veld } from '../../../app/Veld';
import { foutMelding, veldFouten, type VeldFout } from '../../../app/fouten';
import { TRAJECT, ZET_AANBIEDER_REFERENTIE } from '../queries.aanbieder';

/**
 * The school's own reference for this traject (its student or course number): an upload may then name the traject by
 * it (column aanbiederReferentie) instead of the portal's id. The server decides what is allowed and unique.
 */
export function EigenReferentie({ trajectId, huidig }: { trajectId: string; huidig: string | null }) {
  const [waarde, setWaarde] = useState(huidig ?? '');
  const [fouten, setFouten] = useState<VeldFout[]>([]);
  const [bevestiging, setBevestiging] = useState<string | null>(null);
  const [zet, { loading }] = useMutation(ZET_AANBIEDER_REFERENTIE, { refetchQueries: [{ query: TRAJECT, variables: { id: trajectId } }], awaitRefetchQueries: true });

  const verstuur = async (event: FormEvent) => {
    event.preventDefault();
    setFouten([]);
    setBevestiging(null);
    try {
      const { data } = await zet({ variables: { trajectId, referentie: waarde } });
      const nieuw = data?.zetAanbiederReferentie.aanbiederReferentie ?? null;
      setWaarde(nieuw ?? '');
      setBevestiging(nieuw ? `Eigen referentie ${nieuw} opgeslagen.` : 'Eigen referentie weggehaald.');
    } catch (error) {
      const perVeld = veldFouten(error);
      setFouten(perVeld.length > 0 ? perVeld.map((f) => ({ ...f, veld: 'referentie' })) : [{ veld: 'referentie', melding: foutMelding(error) }]);
    }
  };

  return (
    <form className="formulier" onSubmit={verstuur} noValidate aria-labelledby="referentie-kop">
      <h2 id="referentie-kop">Eigen referentie</h2>
      <p>Uw eigen nummer voor dit traject, bijvoorbeeld uit uw leerlingadministratie. In een upload kunt u het traject daarmee noemen
        (kolom aanbiederReferentie) in plaats van met de portaalreferentie. Hoogstens 40 tekens: letters, cijfers, spaties en - _ . /.</p>
      <Veld id="aanbiederReferentie" label="Eigen referentie" fouten={fouten}>
        <input id="aanbiederReferentie" value={waarde} maxLength={40} onChange={(e) => setWaarde(e.target.value)} {...foutAttributen('aanbiederReferentie', fouten)} />
      </Veld>
      <button type="submit" className="knop utrecht-button utrecht-button--primary-action" disabled={loading}>Referentie opslaan</button>
      {bevestiging && <p className="melding melding--succes" role="status">{bevestiging}</p>}
    </form>
  );
}
