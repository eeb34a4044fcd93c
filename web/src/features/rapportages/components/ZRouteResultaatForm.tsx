import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { formatDatum, vandaagInNederland } from '../../../app/formaat';
import { foutAttributen, Veld } from '../../../app/Veld';
import type { ZNiveau } from '../../../gql/aanbieder/graphql';
import { MELD_Z_ROUTE_RESULTAAT, RAPPORTAGES } from '../queries.aanbieder';
import { EerdereMelding, useHuidigeMelding } from './EerdereMelding';
import { Meldingstatus } from './Meldingstatus';
import { useMelding } from './useMelding';

const NIVEAUS = { A1: 'A1', A2: 'A2' } as const satisfies Record<ZNiveau, string>;

/** "12" → 12, "12,5" → 12.5 (the server refuses it at its field), "" → null (the server says it is required). */
const alsGetal = (tekst: string): number | null => (tekst.trim() === '' ? null : Number(tekst.replace(',', '.')));
const heleUren = (tekst: string) => { const n = alsGetal(tekst); return n === null || (Number.isInteger(n) && n >= 0 && n <= 9999); };

/** Z-route result: completed with DUO's datumAfrondingZroute or not, and the hours of taal and participatie realised. */
export function ZRouteResultaatForm({ trajectId, geplandeStart }: { trajectId: string; geplandeStart: string }) {
  const [meld, { loading }] = useMutation(MELD_Z_ROUTE_RESULTAAT, { refetchQueries: [{ query: RAPPORTAGES, variables: { trajectId } }] });
  const m = useMelding();
  const [w, setW] = useState({ afgerond: 'JA', datum: '', urenTaal: '', urenParticipatie: '', niveau: '' });
  const afgerond = w.afgerond === 'JA';
  const huidig = useHuidigeMelding(trajectId, (r) => r.__typename === 'ZRouteResultaat');

  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    void m.verstuur(async () => (await meld({ variables: { input: {
      trajectId, afgerond, datumAfrondingZroute: afgerond ? w.datum || null : null,
      urenTaalGerealiseerd: alsGetal(w.urenTaal) as number, urenParticipatieGerealiseerd: alsGetal(w.urenParticipatie) as number,
      niveauBereikt: (w.niveau || null) as ZNiveau | null,
    } } })).data?.meldZRouteResultaat.resultaat);
  };

  const urenVeld = (id: string, label: string, veld: 'urenTaal' | 'urenParticipatie', serverVeld: string) => (
    <Veld id={id} label={label} fouten={m.foutBij(serverVeld)}>
      <input id={id} inputMode="numeric" value={w[veld]} onChange={(e) => setW({ ...w, [veld]: e.target.value })} {...foutAttributen(id, m.foutBij(serverVeld))} />
    </Veld>
  );

  return (
    <form className="formulier" onSubmit={verstuur} noValidate aria-labelledby="zroute-kop">
      <h2 id="zroute-kop">Resultaat Z-route</h2>
      <Meldingstatus algemeen={m.algemeen} aantalFouten={m.fouten.length} bevestiging={m.bevestiging} />
      <div className="rij">
        <Veld id="zroute-afgerond" label="Z-route afgerond" fouten={m.foutBij('afgerond')}>
          <select id="zroute-afgerond" value={w.afgerond} onChange={(e) => setW({ ...w, afgerond: e.target.value, datum: e.target.value === 'JA' ? w.datum : '' })}>
            <option value="JA">Ja, afgerond</option>
            <option value="NEE">Nee, niet afgerond</option>
          </select>
        </Veld>
        <Veld id="zroute-datum" label={afgerond ? 'Datum afronding (verplicht)' : 'Datum afronding (alleen bij afgerond)'} fouten={m.foutBij('datumAfrondingZroute')}>
          <input id="zroute-datum" type="date" value={w.datum} disabled={!afgerond} required={afgerond} min={geplandeStart} max={vandaagInNederland()} onChange={(e) => setW({ ...w, datum: e.target.value })} {...foutAttributen('zroute-datum', m.foutBij('datumAfrondingZroute'))} />
        </Veld>
        <Veld id="zroute-niveau" label="Bereikt niveau (als bekend)" fouten={m.foutBij('niveauBereikt')}>
          <select id="zroute-niveau" value={w.niveau} onChange={(e) => setW({ ...w, niveau: e.target.value })} {...foutAttributen('zroute-niveau', m.foutBij('niveauBereikt'))}>
            <option value="">– onbekend –</option>
            {Object.entries(NIVEAUS).map(([code, tekst]) => <option key={code} value={code}>{tekst}</option>)}
          </select>
        </Veld>
      </div>
      <div className="rij">
        {urenVeld('zroute-uren-taal', 'Gerealiseerde uren taal', 'urenTaal', 'urenTaalGerealiseerd')}
        {urenVeld('zroute-uren-participatie', 'Gerealiseerde uren participatie', 'urenParticipatie', 'urenParticipatieGerealiseerd')}
      </div>
      <p className="hint" role="status">
        {afgerond ? `De afrondingsdatum ligt tussen de start van het traject (${formatDatum(geplandeStart)}) en vandaag.` : 'Zonder afronding blijft de datum leeg.'}
        {' '}Uren: hele uren, van 0 tot 9999.{heleUren(w.urenTaal) && heleUren(w.urenParticipatie) ? '' : ' Een van de ingevulde uren is geen heel getal van 0 tot 9999.'}
      </p>
      <EerdereMelding melding={huidig} wat="een resultaat van de Z-route" />
      <button type="submit" className="knop utrecht-button utrecht-button--primary-action" disabled={loading}>Opslaan</button>
    </form>
  );
}
