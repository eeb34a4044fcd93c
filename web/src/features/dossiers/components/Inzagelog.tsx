import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { Tabelvak } from '../../../app/Tabelvak';
import { foutMelding } from '../../../app/fouten';
import { aantal, formatMoment } from '../../../app/formaat';
import type { InzageActie, InzagesQuery } from '../../../gql/gemeente/graphql';
import { AVG_INZAGEBESTAND, INZAGES } from '../queries.gemeente';

/** The server's action codes (modules/inzage/inzage.ts) as a person reading the log would say them. */
const ACTIE = {
  DOSSIERS_GEZOCHT: 'Gevonden bij zoeken',
  DOSSIER_GELEZEN: 'Dossier ingezien',
  DOSSIER_GEWIJZIGD: 'Dossier gewijzigd',
  DEELNEMERS_GELEZEN: 'Deelnemerslijst ingezien',
  TRAJECT_GELEZEN: 'Traject ingezien',
  GEGEVENS_GEMELD: 'Gegevens gemeld',
  TRAJECTEN_BIJ_AANBIEDER_GELEZEN: 'Trajectenlijst van aanbieder ingezien',
  OVERZICHT_GELEZEN: 'Genoemd op startscherm',
  BESLUITEN_GELEZEN: 'Besluiten ingezien',
  INZAGELOG_GELEZEN: 'Inzagelog ingezien',
  INZAGE_GEEXPORTEERD: 'AVG-inzagebestand gedownload',
  GEGEVENS_VERSTREKT: 'Gegevens verstrekt',
  TOEGANG_GEWEIGERD: 'Toegang geweigerd',
  INLOG_GEWEIGERD: 'Inloggen geweigerd',
} satisfies Record<InzageActie, string>;

function download(naam: string, inhoud: string): void {
  const url = URL.createObjectURL(new Blob([inhoud], { type: 'application/json;charset=utf-8' }));
  Object.assign(document.createElement('a'), { href: url, download: naam }).click();
  URL.revokeObjectURL(url);
}

/**
 * The person's access log (who saw or changed their data, and who was refused) and the AVG inzage file. Both are
 * asked on a click, not with the page: each read of the log is itself a line in it, so opening a dossier must not
 * add one every time.
 */
export function Inzagelog({ inburgeraarId }: { inburgeraarId: string }) {
  const client = useApolloClient();
  const [regels, setRegels] = useState<InzagesQuery['inzages'] | null>(null);
  const [bezig, setBezig] = useState(false);
  const [melding, setMelding] = useState<{ soort: 'succes' | 'fout'; tekst: string } | null>(null);

  const toon = async () => {
    setBezig(true);
    setMelding(null);
    try {
      const { data } = await client.query({ query: INZAGES, variables: { id: inburgeraarId }, fetchPolicy: 'network-only' });
      setRegels(data?.inzages ?? []);
    } catch (error) {
      setMelding({ soort: 'fout', tekst: foutMelding(error) });
    } finally {
      setBezig(false);
    }
  };

  const exporteer = async () => {
    setBezig(true);
    setMelding(null);
    try {
      const { data } = await client.query({ query: AVG_INZAGEBESTAND, variables: { id: inburgeraarId }, fetchPolicy: 'network-only' });
      if (data) {
        download(data.avgInzageBestand.bestandsnaam, data.avgInzageBestand.inhoud);
        setMelding({ soort: 'succes', tekst: `${data.avgInzageBestand.bestandsnaam} is gedownload.` });
      }
    } catch (error) {
      setMelding({ soort: 'fout', tekst: foutMelding(error) });
    } finally {
      setBezig(false);
    }
  };

  return (
    <section aria-labelledby="inzage-kop">
      <h2 id="inzage-kop">Inzage</h2>
      <p>Wie de gegevens van deze persoon zag of wijzigde, en wie dat werd geweigerd. Ook het bekijken van dit overzicht wordt vastgelegd.</p>
      <div className="rij">
        <button type="button" className="knop utrecht-button utrecht-button--primary-action" onClick={toon} disabled={bezig}>
          {regels ? 'Inzagelog vernieuwen' : 'Inzagelog tonen'}
        </button>
        <button type="button" className="knop knop--secundair utrecht-button utrecht-button--secondary-action" onClick={exporteer} disabled={bezig}>
          AVG-inzagebestand downloaden
        </button>
      </div>
      {melding && <p className={`melding melding--${melding.soort}`} role={melding.soort === 'fout' ? 'alert' : 'status'}>{melding.tekst}</p>}
      {regels && (regels.length === 0 ? <p role="status">Nog niets vastgelegd.</p> : (
        <Tabelvak>
          <table className="tabel utrecht-table">
            <caption className="sr-only">Inzagelog, nieuwste eerst ({aantal(regels.length, 'regel', 'regels')}, hoogstens 200)</caption>
            <thead><tr><th scope="col">Wanneer</th><th scope="col">Wie</th><th scope="col">Organisatie</th><th scope="col">Wat</th></tr></thead>
            <tbody>
              {regels.map((r, i) => (
                <tr key={i}>
                  <td>{formatMoment(r.tijdstip)}</td>
                  <td>{r.wie}</td>
                  <td>{r.organisatieNaam ?? '–'}{r.organisatieSoort ? ` (${r.organisatieSoort})` : ''}</td>
                  <td>{ACTIE[r.actie]}{r.ontvangerNaam ? ` aan ${r.ontvangerNaam}` : ''}{r.geweigerd ? ` (${r.geweigerd})` : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Tabelvak>
      ))}
    </section>
  );
}
