import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { formatDatum, vandaagInNederland } from '../../../app/formaat';
import { foutAttributen, Veld } from '../../../app/Veld';
import type { TaalschakelResultaatCode } from '../../../gql/aanbieder/graphql';
import { MELD_TAALSCHAKEL_RESULTAAT, RAPPORTAGES } from '../queries.aanbieder';
import { EerdereMelding, useHuidigeMelding } from './EerdereMelding';
import { Meldingstatus } from './Meldingstatus';
import { useMelding } from './useMelding';

const RESULTATEN = {
  BEHAALD: 'Behaald', NIET_BEHAALD: 'Niet behaald', VOORTIJDIG_GESTOPT: 'Voortijdig gestopt',
} as const satisfies Record<TaalschakelResultaatCode, string>;

/** Result of the taalschakeltraject: the outcome and its date, between the start of the traject and today. */
export function TaalschakelResultaatForm({ trajectId, geplandeStart }: { trajectId: string; geplandeStart: string }) {
  const [meld, { loading }] = useMutation(MELD_TAALSCHAKEL_RESULTAAT, { refetchQueries: [{ query: RAPPORTAGES, variables: { trajectId } }] });
  const m = useMelding();
  const [w, setW] = useState({ resultaat: 'BEHAALD' as TaalschakelResultaatCode, datum: '' });
  const huidig = useHuidigeMelding(trajectId, (r) => r.__typename === 'Taalschakelresultaat');

  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    void m.verstuur(async () => (await meld({ variables: { input: {
      trajectId, resultaat: w.resultaat, datum: (w.datum || null) as string,
    } } })).data?.meldTaalschakelResultaat.resultaat);
  };

  return (
    <form className="formulier" onSubmit={verstuur} noValidate aria-labelledby="taalschakel-kop">
      <h2 id="taalschakel-kop">Resultaat taalschakeltraject</h2>
      <Meldingstatus algemeen={m.algemeen} aantalFouten={m.fouten.length} bevestiging={m.bevestiging} />
      <div className="rij">
        <Veld id="taalschakel-resultaat" label="Resultaat" fouten={m.foutBij('resultaat')}>
          <select id="taalschakel-resultaat" value={w.resultaat} onChange={(e) => setW({ ...w, resultaat: e.target.value as TaalschakelResultaatCode })} {...foutAttributen('taalschakel-resultaat', m.foutBij('resultaat'))}>
            {Object.entries(RESULTATEN).map(([code, tekst]) => <option key={code} value={code}>{tekst}</option>)}
          </select>
        </Veld>
        <Veld id="taalschakel-datum" label="Datum resultaat" fouten={m.foutBij('datum')}>
          <input id="taalschakel-datum" type="date" value={w.datum} min={geplandeStart} max={vandaagInNederland()} onChange={(e) => setW({ ...w, datum: e.target.value })} {...foutAttributen('taalschakel-datum', m.foutBij('datum'))} />
        </Veld>
      </div>
      <p className="hint">De datum ligt tussen de start van het traject ({formatDatum(geplandeStart)}) en vandaag.</p>
      <EerdereMelding melding={huidig} wat="een resultaat van het taalschakeltraject" />
      <button type="submit" className="knop utrecht-button utrecht-button--primary-action" disabled={loading}>Opslaan</button>
    </form>
  );
}
