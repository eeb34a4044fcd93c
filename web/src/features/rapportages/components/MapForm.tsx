import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { foutAttributen, Veld } from '../../../app/Veld';
import type { MapResultaatCode, RedenLateStartTraject, RedenMapNietAfgerond } from '../../../gql/aanbieder/graphql';
import { MELD_MAP, RAPPORTAGES } from '../queries.aanbieder';
import { Meldingstatus } from './Meldingstatus';
import { useMelding } from './useMelding';

const REDENEN: Record<RedenMapNietAfgerond, string> = {
  NIET_VERSCHENEN: 'Niet verschenen', GESTOPT: 'Gestopt', ZIEKTE: 'Ziekte (geen details)', VERHUISD: 'Verhuisd', WERK: 'Werk', OVERIG: 'Overig',
};

const LATE_START: Record<RedenLateStartTraject, string> = {
  WACHTLIJST: 'Wachtlijst', PERSOONLIJKE_OMSTANDIGHEDEN: 'Persoonlijke omstandigheden', NIET_BEREIKBAAR: 'Niet bereikbaar', PLANNING_AANBIEDER: 'Planning aanbieder', OVERIG: 'Overig',
};

/** MAP result: completed with the date of the eindgesprek, or not, with the reason. */
export function MapForm({ trajectId }: { trajectId: string }) {
  const [meld, { loading }] = useMutation(MELD_MAP, { refetchQueries: [{ query: RAPPORTAGES, variables: { trajectId } }] });
  const m = useMelding();
  const [w, setW] = useState({ start: '', resultaat: 'AFGEROND' as MapResultaatCode, eindgesprek: '', reden: '', lateStart: '' });
  const afgerond = w.resultaat === 'AFGEROND';

  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    void m.verstuur(async () => (await meld({ variables: { input: {
      trajectId, gerealiseerdeStartdatum: w.start || null, resultaat: w.resultaat, redenLateStart: (w.lateStart || null) as RedenLateStartTraject | null,
      datumEindgesprekMap: afgerond ? w.eindgesprek || null : null, redenNietAfgerond: afgerond ? null : ((w.reden || null) as RedenMapNietAfgerond | null),
    } } })).data?.meldMapResultaat.resultaat);
  };

  return (
    <form className="formulier" onSubmit={verstuur} noValidate aria-labelledby="map-kop">
      <h2 id="map-kop">Resultaat MAP</h2>
      <Meldingstatus algemeen={m.algemeen} aantalFouten={m.fouten.length} bevestiging={m.bevestiging} />
      <div className="rij">
        <Veld id="map-start" label="Gerealiseerde start" fouten={m.foutBij('gerealiseerdeStartdatum')}>
          <input id="map-start" type="date" value={w.start} onChange={(e) => setW({ ...w, start: e.target.value })} {...foutAttributen('map-start', m.foutBij('gerealiseerdeStartdatum'))} />
        </Veld>
        <Veld id="map-resultaat" label="Resultaat" fouten={m.foutBij('resultaat')}>
          <select id="map-resultaat" value={w.resultaat} onChange={(e) => setW({ ...w, resultaat: e.target.value as MapResultaatCode })}>
            <option value="AFGEROND">Afgerond (eindgesprek gevoerd)</option>
            <option value="NIET_AFGEROND">Niet afgerond</option>
          </select>
        </Veld>
        <Veld id="map-late-start" label="Reden late start (als later dan gepland)" fouten={m.foutBij('redenLateStart')}>
          <select id="map-late-start" value={w.lateStart} onChange={(e) => setW({ ...w, lateStart: e.target.value })} {...foutAttributen('map-late-start', m.foutBij('redenLateStart'))}>
            <option value="">– op tijd gestart –</option>
            {Object.entries(LATE_START).map(([code, tekst]) => <option key={code} value={code}>{tekst}</option>)}
          </select>
        </Veld>
      </div>
      <div className="rij">
        {afgerond ? (
          <Veld id="map-eindgesprek" label="Datum eindgesprek" fouten={m.foutBij('datumEindgesprekMap')}>
            <input id="map-eindgesprek" type="date" value={w.eindgesprek} onChange={(e) => setW({ ...w, eindgesprek: e.target.value })} {...foutAttributen('map-eindgesprek', m.foutBij('datumEindgesprekMap'))} />
          </Veld>
        ) : (
          <Veld id="map-reden" label="Reden niet afgerond" fouten={m.foutBij('redenNietAfgerond')}>
            <select id="map-reden" value={w.reden} onChange={(e) => setW({ ...w, reden: e.target.value })} {...foutAttributen('map-reden', m.foutBij('redenNietAfgerond'))}>
              <option value="">– kies –</option>
              {Object.entries(REDENEN).map(([code, tekst]) => <option key={code} value={code}>{tekst}</option>)}
            </select>
          </Veld>
        )}
      </div>
      <button type="submit" className="knop utrecht-button utrecht-button--primary-action" disabled={loading}>Opslaan</button>
    </form>
  );
}
