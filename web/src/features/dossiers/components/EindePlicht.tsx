import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { foutMelding, veldFouten, type VeldFout } from '../../../app/fouten';
import { formatDatum } from '../../../app/formaat';
import { foutAttributen, Veld } from '../../../app/Veld';
import type { DossierQuery, RedenGeenInburgeringsplicht } from '../../../gql/gemeente/graphql';
import { DOSSIER, REGISTREER_EINDE, REGISTREER_OVERLIJDEN } from '../queries.gemeente';

/** DUO's own wording of redenGeenInburgeringsplicht. */
const REDEN = {
  VOLLEDIGE_ONTHEFFING: 'Volledige ontheffing',
  VOLLEDIGE_VRIJSTELLING: 'Volledige vrijstelling',
  INBURGERINGSPLICHT_VOLDAAN: 'Inburgeringsplicht voldaan',
  VERBLIJFSDOEL_GEWIJZIGD: 'Verblijfsdoel gewijzigd',
  VERTREK_UIT_NEDERLAND: 'Vertrek uit Nederland langer dan een jaar',
  OVERLIJDEN: 'Overlijden',
  OVERIG: 'Overig',
  TIJDELIJKE_VRIJSTELLING: 'Tijdelijke vrijstelling',
} as const satisfies Record<RedenGeenInburgeringsplicht, string>;

type Dossier = DossierQuery['dossier'];
type Melding = { soort: 'succes' | 'fout'; tekst: string } | null;

/**
 * The end of the obligation and a death, and when the portal deletes all but the 50-year fields (Besluit
 * inburgering art. 9.9); a regisseur with MUTEREN records them here. A closed dossier only shows them.
 */
export function EindePlicht({ dossier, magMuteren }: { dossier: Dossier; magMuteren: boolean }) {
  const gesloten = dossier.status === 'INGETROKKEN' || dossier.status === 'VERHUISD' || Boolean(dossier.retentieToegepastOp);
  return (
    <section aria-labelledby="einde-kop">
      <h2 id="einde-kop">Einde inburgeringsplicht en bewaartermijn</h2>
      <dl className="kenmerken">
        <dt>Einde inburgeringsplicht</dt>
        <dd>{dossier.datumEindeInburgeringsplicht ? `${formatDatum(dossier.datumEindeInburgeringsplicht)}${dossier.redenEindeInburgeringsplicht ? `, ${REDEN[dossier.redenEindeInburgeringsplicht]}` : ''}` : 'loopt nog'}</dd>
        <dt>Overleden</dt><dd>{dossier.overlijdensdatum ? formatDatum(dossier.overlijdensdatum) : '–'}</dd>
        <dt>Bewaartermijn</dt>
        <dd>{dossier.retentieToegepastOp
          ? `Toegepast op ${formatDatum(dossier.retentieToegepastOp)}: alleen de gegevens met een bewaartermijn van 50 jaar zijn er nog.`
          : dossier.verwijderenVanaf ? `Vanaf ${formatDatum(dossier.verwijderenVanaf)} verwijdert het portaal alles behalve de gegevens met een bewaartermijn van 50 jaar.` : 'Loopt tot vijf jaar na het einde van de plicht.'}</dd>
      </dl>
      {magMuteren && !gesloten && <div className="rij"><EindeFormulier id={dossier.id} /><OverlijdenFormulier id={dossier.id} /></div>}
    </section>
  );
}

function useVersturen() {
  const [fouten, setFouten] = useState<VeldFout[]>([]);
  const [melding, setMelding] = useState<Melding>(null);
  const verstuur = async (doe: () => Promise<unknown>, gelukt: string) => {
    setFouten([]);
    setMelding(null);
    try {
      await doe();
      setMelding({ soort: 'succes', tekst: gelukt });
    } catch (error) {
      const perVeld = veldFouten(error);
      setFouten(perVeld);
      setMelding({ soort: 'fout', tekst: perVeld.length ? 'Niet vastgelegd: zie de melding bij het veld.' : foutMelding(error) });
    }
  };
  return { foutBij: (veld: string) => fouten.filter((f) => f.veld === veld), melding, verstuur };
}

function MeldingRegel({ melding }: { melding: Melding }) {
  return melding && <p className={`melding melding--${melding.soort}`} role={melding.soort === 'fout' ? 'alert' : 'status'}>{melding.tekst}</p>;
}

function EindeFormulier({ id }: { id: string }) {
  const [registreer, { loading }] = useMutation(REGISTREER_EINDE, { refetchQueries: [{ query: DOSSIER, variables: { id } }] });
  const [w, setW] = useState({ datum: '', reden: 'INBURGERINGSPLICHT_VOLDAAN' as RedenGeenInburgeringsplicht });
  const { foutBij, melding, verstuur } = useVersturen();
  const opslaan = (event: FormEvent) => {
    event.preventDefault();
    void verstuur(() => registreer({ variables: { id, input: { datum: w.datum, reden: w.reden } } }), 'Einde van de inburgeringsplicht vastgelegd.');
  };
  return (
    <form className="formulier" onSubmit={opslaan} noValidate aria-labelledby="einde-form-kop">
      <h3 id="einde-form-kop">Einde inburgeringsplicht registreren</h3>
      <MeldingRegel melding={melding} />
      <Veld id="einde-datum" label="Datum einde" fouten={foutBij('input.datum')}>
        <input id="einde-datum" type="date" value={w.datum} onChange={(e) => setW({ ...w, datum: e.target.value })} {...foutAttributen('einde-datum', foutBij('input.datum'))} />
      </Veld>
      <Veld id="einde-reden" label="Reden (DUO)" fouten={foutBij('input.reden')}>
        <select id="einde-reden" value={w.reden} onChange={(e) => setW({ ...w, reden: e.target.value as RedenGeenInburgeringsplicht })} {...foutAttributen('einde-reden', foutBij('input.reden'))}>
          {Object.entries(REDEN).filter(([code]) => code !== 'OVERLIJDEN').map(([code, naam]) => <option key={code} value={code}>{naam}</option>)}
        </select>
      </Veld>
      <button type="submit" className="knop utrecht-button utrecht-button--primary-action" disabled={loading}>Einde vastleggen</button>
    </form>
  );
}

function OverlijdenFormulier({ id }: { id: string }) {
  const [registreer, { loading }] = useMutation(REGISTREER_OVERLIJDEN, { refetchQueries: [{ query: DOSSIER, variables: { id } }] });
  const [datum, setDatum] = useState('');
  const { foutBij, melding, verstuur } = useVersturen();
  const opslaan = (event: FormEvent) => {
    event.preventDefault();
    void verstuur(() => registreer({ variables: { id, datum } }), 'Overlijden vastgelegd.');
  };
  return (
    <form className="formulier" onSubmit={opslaan} noValidate aria-labelledby="overlijden-form-kop">
      <h3 id="overlijden-form-kop">Overlijden registreren</h3>
      <MeldingRegel melding={melding} />
      <Veld id="overlijden-datum" label="Datum van overlijden" fouten={foutBij('datum')}>
        <input id="overlijden-datum" type="date" value={datum} onChange={(e) => setDatum(e.target.value)} {...foutAttributen('overlijden-datum', foutBij('datum'))} />
      </Veld>
      <button type="submit" className="knop utrecht-button utrecht-button--secondary-action" disabled={loading}>Overlijden vastleggen</button>
    </form>
  );
}
