import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { vandaagLokaal } from '../../../app/formaat';
import { foutAttributen, Veld } from '../../../app/Veld';
import type { Advies, Adviesgrond, Belemmering, BelemmeringGevolg, Examenvoorbereiding, VoortgangOordeel } from '../../../gql/aanbieder/graphql';
import { MELD_VOORTGANG, RAPPORTAGES } from '../queries.aanbieder';
import { Meldingstatus } from './Meldingstatus';
import { useMelding } from './useMelding';

const BELEMMERINGEN: Record<Belemmering, string> = {
  GEZONDHEID: 'Gezondheid (alleen de categorie)', ZORGTAKEN: 'Zorgtaken', WERK: 'Werk', HUISVESTING: 'Huisvesting',
  PSYCHOSOCIAAL: 'Psychosociaal', LEERBAARHEID: 'Leerbaarheid', MOTIVATIE: 'Motivatie', OVERIG: 'Overig',
};
/** What a hindrance means for the lessons: codes instead of the deprecated free-text remark, so nobody writes why. */
const GEVOLGEN: Record<BelemmeringGevolg, string> = {
  MINDER_UREN: 'Kan minder uren volgen', WISSELENDE_AANWEZIGHEID: 'Wisselend aanwezig', TIJDELIJK_AFWEZIG: 'Tijdelijk afwezig',
  ANDER_LESMOMENT: 'Heeft een ander lesmoment nodig', AANPASSING_IN_DE_LES: 'Heeft een aanpassing in de les nodig',
  LAGER_TEMPO: 'Leert in een lager tempo', EXTRA_BEGELEIDING: 'Heeft extra begeleiding nodig', ONLINE_LESSEN: 'Volgt (tijdelijk) online lessen',
};
const GRONDEN: Record<Adviesgrond, string> = {
  UREN_GEVOLGD_ZONDER_VOORTGANG: 'Uren gevolgd zonder voldoende voortgang', TOETSRESULTATEN: 'Toetsresultaten', LEERBAARHEID: 'Leerbaarheid',
  SNELLERE_VOORTGANG_DAN_VERWACHT: 'Snellere voortgang dan verwacht', OMSTANDIGHEDEN: 'Omstandigheden',
};

/** Progress report: codes for progress, hindrances and advice, with short remarks only (no free text where a code will do). */
export function VoortgangForm({ trajectId }: { trajectId: string }) {
  const [meld, { loading }] = useMutation(MELD_VOORTGANG, { refetchQueries: [{ query: RAPPORTAGES, variables: { trajectId } }] });
  const m = useMelding();
  const [w, setW] = useState({
    peildatum: vandaagLokaal(), voortgang: 'OP_SCHEMA' as VoortgangOordeel, belemmeringen: [] as Belemmering[], gevolgen: [] as BelemmeringGevolg[],
    voorbereiding: 'BEZIG' as Examenvoorbereiding, advies: 'GEEN' as Advies, gronden: [] as Adviesgrond[], adviesToelichting: '',
  });
  const wissel = <T,>(lijst: T[], waarde: T) => (lijst.includes(waarde) ? lijst.filter((x) => x !== waarde) : [...lijst, waarde]);
  const metAdvies = w.advies !== 'GEEN';

  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    void m.verstuur(async () => (await meld({ variables: { input: {
      trajectId, peildatum: w.peildatum, voortgang: w.voortgang, belemmeringen: w.belemmeringen, belemmeringGevolgen: w.belemmeringen.length ? w.gevolgen : [],
      examenvoorbereiding: w.voorbereiding, toetsresultaten: [], advies: w.advies,
      adviesGronden: metAdvies ? w.gronden : [], adviesToelichting: metAdvies ? w.adviesToelichting || null : null,
    } } })).data?.meldVoortgang.resultaat);
  };

  return (
    <form className="formulier" onSubmit={verstuur} noValidate aria-labelledby="voortgang-kop">
      <h2 id="voortgang-kop">Voortgangsrapportage</h2>
      <Meldingstatus algemeen={m.algemeen} aantalFouten={m.fouten.length} bevestiging={m.bevestiging} />
      <div className="rij">
        <Veld id="vg-peildatum" label="Peildatum" fouten={m.foutBij('peildatum')}>
          <input id="vg-peildatum" type="date" value={w.peildatum} onChange={(e) => setW({ ...w, peildatum: e.target.value })} {...foutAttributen('vg-peildatum', m.foutBij('peildatum'))} />
        </Veld>
        <Veld id="vg-voortgang" label="Voortgang" fouten={m.foutBij('voortgang')}>
          <select id="vg-voortgang" value={w.voortgang} onChange={(e) => setW({ ...w, voortgang: e.target.value as VoortgangOordeel })}>
            <option value="OP_SCHEMA">Op schema</option><option value="ACHTER">Achter</option><option value="ERNSTIG_ACHTER">Ernstig achter</option>
          </select>
        </Veld>
        <Veld id="vg-voorbereiding" label="Examenvoorbereiding" fouten={m.foutBij('examenvoorbereiding')}>
          <select id="vg-voorbereiding" value={w.voorbereiding} onChange={(e) => setW({ ...w, voorbereiding: e.target.value as Examenvoorbereiding })}>
            <option value="NIET_GESTART">Niet gestart</option><option value="BEZIG">Bezig</option><option value="KLAAR_VOOR_EXAMEN">Klaar voor examen</option>
          </select>
        </Veld>
      </div>
      <fieldset className="keuzes">
        <legend>Belemmerende omstandigheden</legend>
        {Object.entries(BELEMMERINGEN).map(([code, tekst]) => (
          <label key={code}><input type="checkbox" checked={w.belemmeringen.includes(code as Belemmering)} onChange={() => setW({ ...w, belemmeringen: wissel(w.belemmeringen, code as Belemmering) })} /> {tekst}</label>
        ))}
      </fieldset>
      {w.belemmeringen.length > 0 && (
        <fieldset className="keuzes" aria-describedby={m.foutBij('belemmeringGevolgen').length ? 'vg-gevolgen-fout' : undefined}>
          <legend>Wat betekent dit voor de lessen? (geen medische details nodig)</legend>
          {Object.entries(GEVOLGEN).map(([code, tekst]) => (
            <label key={code}><input type="checkbox" checked={w.gevolgen.includes(code as BelemmeringGevolg)} onChange={() => setW({ ...w, gevolgen: wissel(w.gevolgen, code as BelemmeringGevolg) })} /> {tekst}</label>
          ))}
          {m.foutBij('belemmeringGevolgen').length > 0 && <p id="vg-gevolgen-fout" className="veld__fout">{m.foutBij('belemmeringGevolgen').map((f) => f.melding).join(' ')}</p>}
        </fieldset>
      )}
      <Veld id="vg-advies" label="Advies" fouten={m.foutBij('advies')}>
        <select id="vg-advies" value={w.advies} onChange={(e) => setW({ ...w, advies: e.target.value as Advies })}>
          <option value="GEEN">Geen advies</option><option value="AFSCHALEN">Afschalen</option><option value="OPSCHALEN">Opschalen</option><option value="ROUTEWISSEL">Routewissel</option>
        </select>
      </Veld>
      {metAdvies && (
        <>
          <fieldset className="keuzes" aria-describedby={m.foutBij('adviesGronden').length ? 'vg-gronden-fout' : undefined}>
            <legend>Gronden van het advies</legend>
            {Object.entries(GRONDEN).map(([code, tekst]) => (
              <label key={code}><input type="checkbox" checked={w.gronden.includes(code as Adviesgrond)} onChange={() => setW({ ...w, gronden: wissel(w.gronden, code as Adviesgrond) })} /> {tekst}</label>
            ))}
            {m.foutBij('adviesGronden').length > 0 && <p id="vg-gronden-fout" className="veld__fout">{m.foutBij('adviesGronden').map((f) => f.melding).join(' ')}</p>}
          </fieldset>
          <Veld id="vg-advies-toelichting" label="Onderbouwing (hoogstens 500 tekens)" fouten={m.foutBij('adviesToelichting')}>
            <textarea id="vg-advies-toelichting" maxLength={500} rows={3} value={w.adviesToelichting} onChange={(e) => setW({ ...w, adviesToelichting: e.target.value })} {...foutAttributen('vg-advies-toelichting', m.foutBij('adviesToelichting'))} />
          </Veld>
        </>
      )}
      <button type="submit" className="knop utrecht-button utrecht-button--primary-action" disabled={loading}>Opslaan</button>
    </form>
  );
}
