import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Laadfout } from '../../../app/Laadfout';
import { foutAttributen, Veld } from '../../../app/Veld';
import type { RedenPvtNietVoldaan } from '../../../gql/aanbieder/graphql';
import { MELD_PVT, PVT_REDENEN, RAPPORTAGES } from '../queries.aanbieder';
import { Meldingstatus } from './Meldingstatus';
import { useMelding } from './useMelding';

/**
 * PVT result: a date of signing, or a reason. The form follows DUO's table as the user chooses: a reason that
 * wants the participation dates empty disables them, one that wants them filled marks them required.
 */
export function PvtForm({ trajectId }: { trajectId: string }) {
  const redenVraag = useQuery(PVT_REDENEN);
  const redenen = redenVraag.data?.pvtRedenen ?? [];
  const [meld, { loading }] = useMutation(MELD_PVT, { refetchQueries: [{ query: RAPPORTAGES, variables: { trajectId } }] });
  const m = useMelding();
  const [w, setW] = useState({ start: '', einde: '', ondertekend: '', reden: '' });
  const reden = redenen.find((r) => r.code === w.reden);
  const deelnameLeeg = reden?.deelname === 'LEEG';
  const deelnameVerplicht = reden?.deelname === 'GEVULD';

  const kiesReden = (code: string) => {
    const nieuw = redenen.find((r) => r.code === code);
    setW((oud) => ({ ...oud, reden: code, ondertekend: code ? '' : oud.ondertekend, ...(nieuw?.deelname === 'LEEG' ? { start: '', einde: '' } : {}) }));
  };

  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    void m.verstuur(async () => (await meld({ variables: { input: {
      trajectId, gerealiseerdeStartdatum: w.start || null, gerealiseerdeEinddatum: w.einde || null,
      datumOndertekeningPvt: w.ondertekend || null, redenNietVoldaan: (w.reden || null) as RedenPvtNietVoldaan | null,
    } } })).data?.meldPvtResultaat.resultaat);
  };

  const datumVeld = (id: string, label: string, veld: 'start' | 'einde' | 'ondertekend', serverVeld: string, uit: boolean, verplicht = false) => (
    <Veld id={id} label={`${label}${verplicht ? ' (verplicht bij deze reden)' : ''}`} fouten={m.foutBij(serverVeld)}>
      <input id={id} type="date" value={w[veld]} disabled={uit} required={verplicht} onChange={(e) => setW({ ...w, [veld]: e.target.value })} {...foutAttributen(id, m.foutBij(serverVeld))} />
    </Veld>
  );

  return (
    <form className="formulier" onSubmit={verstuur} noValidate aria-labelledby="pvt-kop">
      <h2 id="pvt-kop">Resultaat participatieverklaringstraject</h2>
      <Meldingstatus algemeen={m.algemeen} aantalFouten={m.fouten.length} bevestiging={m.bevestiging} />
      <Laadfout error={redenVraag.error} wat="De lijst redenen niet voldaan" />
      <div className="rij">
        {datumVeld('pvt-start', 'Start deelname', 'start', 'gerealiseerdeStartdatum', deelnameLeeg, deelnameVerplicht)}
        {datumVeld('pvt-einde', 'Einde deelname', 'einde', 'gerealiseerdeEinddatum', deelnameLeeg, deelnameVerplicht)}
      </div>
      <div className="rij">
        {datumVeld('pvt-ondertekend', 'Datum ondertekening', 'ondertekend', 'datumOndertekeningPvt', Boolean(w.reden))}
        <Veld id="pvt-reden" label="Of: reden niet voldaan" fouten={m.foutBij('redenNietVoldaan')}>
          <select id="pvt-reden" value={w.reden} onChange={(e) => kiesReden(e.target.value)} {...foutAttributen('pvt-reden', m.foutBij('redenNietVoldaan'))}>
            <option value="">– ondertekend, geen reden –</option>
            {redenen.map((r) => <option key={r.code} value={r.code}>{r.omschrijving}</option>)}
          </select>
        </Veld>
      </div>
      {reden && <p className="hint" role="status">{reden.tijdvak === 'NA_TERMIJN' ? 'Deze reden kan pas na het einde van de inburgeringstermijn.' : 'Deze reden kan vanaf twee maanden vóór het einde van de inburgeringstermijn.'}{deelnameLeeg ? ' De datums van deelname blijven leeg.' : ''}</p>}
      <button type="submit" className="knop utrecht-button utrecht-button--primary-action" disabled={loading}>Opslaan</button>
    </form>
  );
}
