import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type ChangeEvent } from 'react';
import { Tabelvak } from '../../../app/Tabelvak';
import { foutMelding } from '../../../app/fouten';
import { aantal, maandag, plusDagen, volledigeNaam } from '../../../app/formaat';
import { CsvIndeling } from '../components/CsvIndeling';
import { download, KOLOMMEN, leesCsv, maakCsv, type CsvRegel } from '../csv-indeling';
import type { CsvTrajectenQuery } from '../../../gql/aanbieder/graphql';
import { CSV_TRAJECTEN, VERWERK_CSV } from '../queries.aanbieder';

/** Rows per request: large files go in parts, so the progress bar moves and no request grows too big. */
const PORTIE = 500;

interface Uitkomst {
  regel: CsvRegel;
  resultaat: string | null;
  fouten: { veld: string; melding: string }[];
}

const regels = (n: number) => aantal(n, 'regel', 'regels');

const UREN = ['urenIngeroosterd', 'urenAanwezig', 'urenGeoorloofdVerzuim', 'urenOngeoorloofdVerzuim'] as const;

export function CsvPage() {
  const client = useApolloClient();
  const [verwerk] = useMutation(VERWERK_CSV);
  const [bestand, setBestand] = useState<{ naam: string; regels: CsvRegel[] } | null>(null);
  const [melding, setMelding] = useState<{ soort: 'succes' | 'fout'; tekst: string } | null>(null);
  const [voortgang, setVoortgang] = useState<{ klaar: number; totaal: number } | null>(null);
  const [uitkomst, setUitkomst] = useState<{ proef: boolean; regels: Uitkomst[] } | null>(null);

  const sjabloon = async () => {
    const rijen: Record<string, string>[] = [];
    const van = maandag(new Date(), -1);
    let after: string | null = null;
    do {
      const pagina: CsvTrajectenQuery | undefined = (await client.query({ query: CSV_TRAJECTEN, variables: { first: 100, after }, fetchPolicy: 'network-only' })).data;
      for (const d of pagina?.deelnemers.nodes ?? []) {
        for (const t of d.trajecten) rijen.push({ trajectId: t.id, deelnemer: `${volledigeNaam(d)} (${t.soort})`, periodeVan: van, periodeTot: plusDagen(van, 6) });
      }
      after = pagina?.deelnemers.pageInfo.hasNextPage ? pagina.deelnemers.pageInfo.endCursor ?? null : null;
    } while (after);
    download(`aanwezigheid-${van}.csv`, maakCsv(rijen, KOLOMMEN));
  };

  const kies = async (event: ChangeEvent<HTMLInputElement>) => {
    setMelding(null);
    setUitkomst(null);
    const file = event.target.files?.[0];
    if (!file) return;
    const gelezen = leesCsv(await file.text());
    if (!gelezen.ok) {
      setBestand(null);
      setMelding({ soort: 'fout', tekst: gelezen.melding });
      return;
    }
    setBestand({ naam: file.name, regels: gelezen.regels });
    setMelding({ soort: 'succes', tekst: `${regels(gelezen.regels.length)} gelezen uit ${file.name}. Controleer ze eerst; er wordt dan nog niets opgeslagen.` });
  };

  const voerUit = async (proef: boolean) => {
    if (!bestand) return;
    setMelding(null);
    const resultaten: Uitkomst[] = [];
    // Numbers the browser could not read never reach the server: they are reported here, per row.
    const teVersturen = bestand.regels.filter((regel) => {
      const fout = UREN.filter((k) => !Number.isFinite(regel.input[k]));
      if (fout.length) resultaten.push({ regel, resultaat: null, fouten: fout.map((k) => ({ veld: k, melding: `"${regel.bron[k]}" is geen aantal uren.` })) });
      return fout.length === 0;
    });
    setVoortgang({ klaar: 0, totaal: teVersturen.length });
    try {
      for (let i = 0; i < teVersturen.length; i += PORTIE) {
        const portie = teVersturen.slice(i, i + PORTIE);
        const { data } = await verwerk({ variables: { rijen: portie.map((r) => r.input), proefdraai: proef } });
        for (const r of data?.registreerAanwezigheden ?? []) {
          resultaten.push({ regel: portie[r.rij]!, resultaat: r.resultaat ?? null, fouten: r.fouten.map((f) => ({ veld: f.veld.replace(/^input\./, ''), melding: f.melding })) });
        }
        setVoortgang({ klaar: Math.min(i + PORTIE, teVersturen.length), totaal: teVersturen.length });
      }
    } catch (error) {
      setMelding({ soort: 'fout', tekst: foutMelding(error) });
      return;
    }
    resultaten.sort((a, b) => a.regel.regel - b.regel.regel);
    setUitkomst({ proef, regels: resultaten });
    const fout = resultaten.filter((r) => r.fouten.length).length;
    const goed = resultaten.length - fout;
    setMelding(proef
      ? { soort: fout ? 'fout' : 'succes', tekst: `Controle: ${regels(goed)} in orde, ${fout} met fouten. Er is nog niets opgeslagen.` }
      : { soort: fout ? 'fout' : 'succes', tekst: `${regels(goed)} opgeslagen${fout ? `, ${regels(fout)} niet (zie het foutenrapport)` : ''}.` });
  };

  const foutenrapport = () => {
    if (!uitkomst || !bestand) return;
    const rijen = uitkomst.regels.filter((u) => u.fouten.length).map((u) => ({ regel: u.regel.regel, ...u.regel.bron, fouten: u.fouten.map((f) => `${f.veld}: ${f.melding}`).join(' | ') }));
    download(`fouten-${bestand.naam}`, maakCsv(rijen, ['regel', ...KOLOMMEN, 'fouten']));
  };

  const metFouten = uitkomst?.regels.filter((u) => u.fouten.length) ?? [];
  return (
    <>
      <h1>Aanwezigheid uploaden (CSV)</h1>
      <section aria-labelledby="indeling">
        <h2 id="indeling">Indeling van het bestand</h2>
        <p>Elke regel is één periode van één traject. Opnieuw uploaden verandert niets; andere uren voor dezelfde periode zijn een correctie.
          Begin met het sjabloon: dat heeft een regel voor elk van uw trajecten, voor de vorige week.</p>
        <CsvIndeling />
        <button type="button" className="knop knop--secundair utrecht-button utrecht-button--secondary-action" onClick={sjabloon}>Sjabloon downloaden (vorige week, al uw trajecten)</button>
      </section>
      <h2>Bestand</h2>
      <div className="veld">
        <label htmlFor="csv-bestand">CSV-bestand kiezen</label>
        <input id="csv-bestand" type="file" accept=".csv,text/csv" onChange={kies} />
      </div>
      {melding && <p className={`melding melding--${melding.soort}`} role={melding.soort === 'fout' ? 'alert' : 'status'}>{melding.tekst}</p>}
      {voortgang && voortgang.totaal > 0 && (
        <p><label htmlFor="voortgang">Verwerkt: {voortgang.klaar} van {voortgang.totaal} regels</label><br />
          <progress id="voortgang" max={voortgang.totaal} value={voortgang.klaar} /></p>
      )}
      {bestand && (
        <div className="rij">
          <button type="button" className="knop knop--secundair utrecht-button utrecht-button--secondary-action" onClick={() => voerUit(true)}>Controleren (proefdraai)</button>
          <button type="button" className="knop utrecht-button utrecht-button--primary-action" onClick={() => voerUit(false)} disabled={!uitkomst?.proef}>Opslaan</button>
          {metFouten.length > 0 && <button type="button" className="knop knop--secundair utrecht-button utrecht-button--secondary-action" onClick={foutenrapport}>Foutenrapport downloaden</button>}
        </div>
      )}
      {metFouten.length > 0 && (
        <>
          <h2>Regels met fouten{metFouten.length > 100 ? ' (eerste 100)' : ''}</h2>
          <Tabelvak>
            <table className="tabel utrecht-table">
              <caption className="sr-only">Regels die niet in orde zijn, met de meldingen</caption>
              <thead><tr><th scope="col">Regel</th><th scope="col">Deelnemer</th><th scope="col">Periode</th><th scope="col">Melding</th></tr></thead>
              <tbody>
                {metFouten.slice(0, 100).map((u) => (
                  <tr key={u.regel.regel}>
                    <td className="getal">{u.regel.regel}</td>
                    <td>{u.regel.bron.deelnemer ?? ''}</td>
                    <td>{u.regel.bron.periodeVan} t/m {u.regel.bron.periodeTot}</td>
                    <td>{u.fouten.map((f) => f.melding).join(' ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Tabelvak>
        </>
      )}
    </>
  );
}
