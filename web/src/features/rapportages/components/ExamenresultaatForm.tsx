import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { vandaagInNederland } from '../../../app/formaat';
import { foutAttributen, Veld } from '../../../app/Veld';
import type { Examenniveau, Examenonderdeel, ExamenresultaatCode, RedenGeenResultaat } from '../../../gql/aanbieder/graphql';
import { MELD_EXAMENRESULTAAT, RAPPORTAGES } from '../queries.aanbieder';
import { EerdereMelding, useHuidigeMelding } from './EerdereMelding';
import { Meldingstatus } from './Meldingstatus';
import { useMelding } from './useMelding';

const ONDERDELEN = {
  KNM: 'Kennis van de Nederlandse Maatschappij (KNM)', LE: 'Lezen', LU: 'Luisteren', SC: 'Schrijven', SP: 'Spreken',
} as const satisfies Record<Examenonderdeel, string>;
const NIVEAUS = { A2: 'A2', B1: 'B1', B2: 'B2' } as const satisfies Record<Examenniveau, string>;
const RESULTATEN = { GESLAAGD: 'Geslaagd', GEZAKT: 'Gezakt', GEEN: 'Geen resultaat' } as const satisfies Record<ExamenresultaatCode, string>;
const REDENEN_GEEN = {
  ABSENT: 'Absent', AFGEMELD: 'Afgemeld', VERWIJTBAAR: 'Verwijtbaar', NIET_VERWIJTBAAR: 'Niet verwijtbaar',
} as const satisfies Record<RedenGeenResultaat, string>;

/**
 * An exam result as DUO's Examen-API codes it, one per onderdeel and examendatum. The form follows DUO's rules as the
 * user chooses: KNM has no level, and a reason belongs to "geen resultaat" only.
 */
export function ExamenresultaatForm({ trajectId }: { trajectId: string }) {
  const [meld, { loading }] = useMutation(MELD_EXAMENRESULTAAT, { refetchQueries: [{ query: RAPPORTAGES, variables: { trajectId } }] });
  const m = useMelding();
  const [w, setW] = useState({ onderdeel: 'LE' as Examenonderdeel, niveau: 'B1' as Examenniveau | '', datum: '', resultaat: 'GESLAAGD' as ExamenresultaatCode, reden: '' });
  const knm = w.onderdeel === 'KNM';
  const geen = w.resultaat === 'GEEN';
  const huidig = useHuidigeMelding(trajectId, (r) => r.__typename === 'Examenresultaat' && r.onderdeel === w.onderdeel && r.examendatum === w.datum);

  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    void m.verstuur(async () => (await meld({ variables: { input: {
      // An empty date goes as null, so the server names the missing field in its own words.
      trajectId, onderdeel: w.onderdeel, niveau: knm ? null : ((w.niveau || null) as Examenniveau | null), examendatum: (w.datum || null) as string,
      resultaat: w.resultaat, redenGeenResultaat: geen ? ((w.reden || null) as RedenGeenResultaat | null) : null,
    } } })).data?.meldExamenresultaat.resultaat);
  };

  return (
    <form className="formulier" onSubmit={verstuur} noValidate aria-labelledby="examen-kop">
      <h2 id="examen-kop">Examenresultaat</h2>
      <Meldingstatus algemeen={m.algemeen} aantalFouten={m.fouten.length} bevestiging={m.bevestiging} />
      <div className="rij">
        <Veld id="examen-onderdeel" label="Onderdeel" fouten={m.foutBij('onderdeel')}>
          <select id="examen-onderdeel" value={w.onderdeel} onChange={(e) => setW({ ...w, onderdeel: e.target.value as Examenonderdeel })} {...foutAttributen('examen-onderdeel', m.foutBij('onderdeel'))}>
            {Object.entries(ONDERDELEN).map(([code, tekst]) => <option key={code} value={code}>{tekst}</option>)}
          </select>
        </Veld>
        <Veld id="examen-niveau" label={knm ? 'Niveau (KNM heeft geen niveau)' : 'Niveau'} fouten={m.foutBij('niveau')}>
          <select id="examen-niveau" value={knm ? '' : w.niveau} disabled={knm} onChange={(e) => setW({ ...w, niveau: e.target.value as Examenniveau | '' })} {...foutAttributen('examen-niveau', m.foutBij('niveau'))}>
            <option value="">– kies –</option>
            {Object.entries(NIVEAUS).map(([code, tekst]) => <option key={code} value={code}>{tekst}</option>)}
          </select>
        </Veld>
        <Veld id="examen-datum" label="Examendatum" fouten={m.foutBij('examendatum')}>
          <input id="examen-datum" type="date" max={vandaagInNederland()} value={w.datum} onChange={(e) => setW({ ...w, datum: e.target.value })} {...foutAttributen('examen-datum', m.foutBij('examendatum'))} />
        </Veld>
      </div>
      <div className="rij">
        <Veld id="examen-resultaat" label="Resultaat" fouten={m.foutBij('resultaat')}>
          <select id="examen-resultaat" value={w.resultaat} onChange={(e) => setW({ ...w, resultaat: e.target.value as ExamenresultaatCode })} {...foutAttributen('examen-resultaat', m.foutBij('resultaat'))}>
            {Object.entries(RESULTATEN).map(([code, tekst]) => <option key={code} value={code}>{tekst}</option>)}
          </select>
        </Veld>
        {geen && (
          <Veld id="examen-reden" label="Reden geen resultaat (verplicht bij geen resultaat)" fouten={m.foutBij('redenGeenResultaat')}>
            <select id="examen-reden" value={w.reden} required onChange={(e) => setW({ ...w, reden: e.target.value })} {...foutAttributen('examen-reden', m.foutBij('redenGeenResultaat'))}>
              <option value="">– kies –</option>
              {Object.entries(REDENEN_GEEN).map(([code, tekst]) => <option key={code} value={code}>{tekst}</option>)}
            </select>
          </Veld>
        )}
      </div>
      <p className="hint">De examendatum ligt niet na vandaag.{knm ? ' Het KNM-examen heeft geen niveau.' : ''}{geen ? ' Bij geen resultaat hoort een reden.' : ''}</p>
      {w.datum && <EerdereMelding melding={huidig} wat={`een resultaat voor ${ONDERDELEN[w.onderdeel]} op deze datum`} />}
      <button type="submit" className="knop utrecht-button utrecht-button--primary-action" disabled={loading}>Opslaan</button>
    </form>
  );
}
