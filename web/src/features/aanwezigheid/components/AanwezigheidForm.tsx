import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { veldFouten, foutMelding, type VeldFout } from '../../../app/fouten';
import { maandag, plusDagen } from '../../../app/formaat';
import { RESULTAAT_TEKST } from '../../../app/resultaat-tekst';
import { Veld } from '../../../app/Veld';
import { LEEG_UREN, leesAanwezigheid } from '@portal/invoer';
import { REGISTREER_AANWEZIGHEID, TRAJECT, type Verzuimreden } from '../queries.aanbieder';


interface Props {
  trajectId: string;
  verzuimredenen: Verzuimreden[];
}

/** One week (or lesson day) of attendance. Rules are the server's: its messages appear at their fields. */
export function AanwezigheidForm({ trajectId, verzuimredenen }: Props) {
  const vorigeMaandag = maandag(new Date(), -1);
  const [waarden, setWaarden] = useState({
    periodeVan: vorigeMaandag, periodeTot: plusDagen(vorigeMaandag, 6),
    urenIngeroosterd: '', urenAanwezig: '', urenGeoorloofdVerzuim: '', redenGeoorloofdVerzuim: '', urenOngeoorloofdVerzuim: '', redenOngeoorloofdVerzuim: '',
  });
  const [fouten, setFouten] = useState<VeldFout[]>([]);
  const [algemeneFout, setAlgemeneFout] = useState<string | null>(null);
  const [bevestiging, setBevestiging] = useState<string | null>(null);
  const [registreer, { loading }] = useMutation(REGISTREER_AANWEZIGHEID, { refetchQueries: [{ query: TRAJECT, variables: { id: trajectId } }], awaitRefetchQueries: true });

  const zet = (veld: keyof typeof waarden) => (e: { target: { value: string } }) => setWaarden({ ...waarden, [veld]: e.target.value });
  const foutBij = (veld: string) => fouten.filter((f) => f.veld === veld);

  const verstuur = async (event: FormEvent) => {
    event.preventDefault();
    setFouten([]);
    setAlgemeneFout(null);
    setBevestiging(null);
    // Read as the group week and the CSV read a row: empty hours are never sent as 0, `abc` never reaches GraphQL.
    const gelezen = leesAanwezigheid({ trajectId, ...waarden });
    if (gelezen.soort !== 'rij') {
      setFouten(gelezen.soort === 'fout' ? gelezen.fouten : [{ veld: 'urenIngeroosterd', melding: LEEG_UREN }, { veld: 'urenAanwezig', melding: LEEG_UREN }]);
      return;
    }
    try {
      const { data } = await registreer({ variables: { input: gelezen.input } });
      if (data) setBevestiging(RESULTAAT_TEKST[data.registreerAanwezigheid.resultaat]);
    } catch (error) {
      const perVeld = veldFouten(error);
      if (perVeld.length > 0) setFouten(perVeld);
      else setAlgemeneFout(foutMelding(error));
    }
  };

  const urenVeld = (veld: 'urenIngeroosterd' | 'urenAanwezig' | 'urenGeoorloofdVerzuim' | 'urenOngeoorloofdVerzuim', label: string) => (
    <Veld id={veld} label={label} fouten={foutBij(veld)}>
      <input id={veld} inputMode="decimal" value={waarden[veld]} onChange={zet(veld)} placeholder={veld.endsWith('Verzuim') ? '0' : undefined}
        aria-invalid={foutBij(veld).length > 0} aria-describedby={foutBij(veld).length ? `${veld}-fout` : undefined} />
    </Veld>
  );
  const redenVeld = (veld: 'redenGeoorloofdVerzuim' | 'redenOngeoorloofdVerzuim', soort: Verzuimreden['soort'], label: string) => (
    <Veld id={veld} label={label} fouten={foutBij(veld)}>
      <select id={veld} value={waarden[veld]} onChange={zet(veld)}
        aria-invalid={foutBij(veld).length > 0} aria-describedby={foutBij(veld).length ? `${veld}-fout` : undefined}>
        <option value="">– geen –</option>
        {verzuimredenen.filter((r) => r.soort === soort).map((r) => <option key={r.code} value={r.code}>{r.omschrijving}</option>)}
      </select>
    </Veld>
  );

  return (
    <form className="formulier" onSubmit={verstuur} noValidate aria-labelledby="aanwezigheid-kop">
      <h2 id="aanwezigheid-kop">Aanwezigheid melden</h2>
      {algemeneFout && <p className="melding melding--fout" role="alert">{algemeneFout}</p>}
      {fouten.length > 0 && <p className="melding melding--fout" role="alert">De melding is niet opgeslagen: {fouten.length === 1 ? 'één veld vraagt' : `${fouten.length} velden vragen`} aandacht.</p>}
      {bevestiging && <p className="melding melding--succes" role="status">{bevestiging}</p>}
      <div className="rij">
        <Veld id="periodeVan" label="Periode van" fouten={foutBij('periodeVan')}>
          <input id="periodeVan" type="date" value={waarden.periodeVan} onChange={zet('periodeVan')} aria-invalid={foutBij('periodeVan').length > 0} aria-describedby={foutBij('periodeVan').length ? 'periodeVan-fout' : undefined} />
        </Veld>
        <Veld id="periodeTot" label="Periode tot en met" fouten={foutBij('periodeTot')}>
          <input id="periodeTot" type="date" value={waarden.periodeTot} onChange={zet('periodeTot')} aria-invalid={foutBij('periodeTot').length > 0} aria-describedby={foutBij('periodeTot').length ? 'periodeTot-fout' : undefined} />
        </Veld>
      </div>
      <div className="rij">
        {urenVeld('urenIngeroosterd', 'Ingeroosterd (uur)')}
        {urenVeld('urenAanwezig', 'Aanwezig (uur)')}
      </div>
      <div className="rij">
        {urenVeld('urenGeoorloofdVerzuim', 'Geoorloofd verzuim (uur)')}
        {redenVeld('redenGeoorloofdVerzuim', 'GEOORLOOFD', 'Reden geoorloofd verzuim')}
      </div>
      <div className="rij">
        {urenVeld('urenOngeoorloofdVerzuim', 'Ongeoorloofd verzuim (uur)')}
        {redenVeld('redenOngeoorloofdVerzuim', 'ONGEOORLOOFD', 'Reden ongeoorloofd verzuim')}
      </div>
      <button type="submit" className="knop utrecht-button utrecht-button--primary-action" disabled={loading}>{loading ? 'Bezig met opslaan…' : 'Opslaan'}</button>
    </form>
  );
}
