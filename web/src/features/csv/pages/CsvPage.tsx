import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type ChangeEvent } from 'react';
import { Tabelvak } from '../../../app/Tabelvak';
import { foutMelding } from '../../../app/fouten';
import { aantal, formatDatum, formatUren, maandag, plusDagen, volledigeNaam } from '../../../app/formaat';
import { CsvIndeling } from '../components/CsvIndeling';
import { download, KOLOMMEN, leesBestand, maakCsv, type CsvRegel } from '../csv-indeling';
import type { AanwezigheidInput, CsvTrajectenQuery } from '../../../gql/aanbieder/graphql';
import { CSV_TRAJECTEN, VERWERK_CSV } from '../queries.aanbieder';

/** Rows per request: large files go in parts, so the progress bar moves and no request grows too big. */
const PORTIE = 500;

/** The current version a correction replaces, as the dry run reports it. */
interface Vorige {
  versie: number;
  urenIngeroosterd: number;
  urenAanwezig: number;
  urenGeoorloofdVerzuim: number;
  redenGeoorloofdVerzuim?: string | null;
  urenOngeoorloofdVerzuim: number;
  redenOngeoorloofdVerzuim?: string | null;
}

interface Uitkomst {
  regel: CsvRegel;
  resultaat: string | null;
  /** What the row sent, next to `vorige` for a correction. */
  input?: AanwezigheidInput;
  vorige?: Vorige | null;
  fouten: { veld: string; melding: string }[];
}

const regels = (n: number) => aantal(n, 'regel', 'regels');
const correcties = (n: number) => aantal(n, 'correctie', 'correcties');

/** "12 → 10", or just "12" when the correction leaves this number alone. */
function oudNieuw(oud: number, nieuw: number, redenOud?: string | null, redenNieuw?: string | null): string {
  const tekst = (uren: number, reden?: string | null) => `${formatUren(uren)}${reden ? ` (${reden})` : ''}`;
  const [a, b] = [tekst(oud, redenOud), tekst(nieuw, redenNieuw)];
  return a === b ? a : `${a} → ${b}`;
}

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
    const gelezen = await leesBestand(file);
    if (!gelezen.ok) {
      setBestand(null);
      setMelding({ soort: 'fout', tekst: gelezen.melding });
      return;
    }
    setBestand({ naam: file.name, regels: gelezen.regels });
    const leeg = gelezen.regels.filter((r) => r.lezing.soort === 'leeg').length;
    setMelding({ soort: 'succes', tekst: `${regels(gelezen.regels.length)} gelezen uit ${file.name}${leeg ? `, waarvan ${aantal(leeg, 'regel', 'regels')} zonder uren (die worden overgeslagen)` : ''}. Controleer ze eerst; er wordt dan nog niets opgeslagen.` });
  };

  const voerUit = async (proef: boolean) => {
    if (!bestand) return;
    // Corrections replace what was reported before: the dry run showed them, saving asks once more.
    const teCorrigeren = uitkomst?.proef ? uitkomst.regels.filter((u) => u.resultaat === 'GECORRIGEERD').length : 0;
    if (!proef && teCorrigeren > 0 && !window.confirm(`${aantal(teCorrigeren, 'regel corrigeert', 'regels corrigeren')} een al gemelde periode (zie de tabel met correcties); de vorige versie blijft bewaard. Toch opslaan?`)) {
      setMelding({ soort: 'fout', tekst: 'Niets opgeslagen: u heeft de correcties niet bevestigd.' });
      return;
    }
    setMelding(null);
    const resultaten: Uitkomst[] = [];
    // Lines the browser could not read never reach the server (one would make it refuse the whole request): reported here.
    const teVersturen: { regel: CsvRegel; input: AanwezigheidInput }[] = [];
    let overgeslagen = 0;
    for (const regel of bestand.regels) {
      if (regel.lezing.soort === 'leeg') overgeslagen += 1;
      else if (regel.lezing.soort === 'fout') resultaten.push({ regel, resultaat: null, fouten: regel.lezing.fouten });
      else teVersturen.push({ regel, input: regel.lezing.input });
    }
    setVoortgang({ klaar: 0, totaal: teVersturen.length });
    try {
      for (let i = 0; i < teVersturen.length; i += PORTIE) {
        const portie = teVersturen.slice(i, i + PORTIE);
        const { data } = await verwerk({ variables: { rijen: portie.map((r) => r.input), proefdraai: proef } });
        for (const r of data?.registreerAanwezigheden ?? []) {
          const { regel, input } = portie[r.rij]!;
          resultaten.push({ regel, input, resultaat: r.resultaat ?? null, vorige: r.vorige, fouten: r.fouten.map((f) => ({ veld: f.veld.replace(/^input\./, ''), melding: f.melding })) });
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
    const gecorrigeerd = resultaten.filter((r) => r.resultaat === 'GECORRIGEERD').length;
    const extra = `${gecorrigeerd ? `; ${correcties(gecorrigeerd)} van een al gemelde periode (zie hieronder)` : ''}${overgeslagen ? `; ${regels(overgeslagen)} zonder uren overgeslagen` : ''}`;
    const soort = fout || goed === 0 ? 'fout' : 'succes';
    setMelding(proef
      ? { soort, tekst: `Controle: ${regels(goed)} in orde, ${fout} met fouten${extra}. Er is nog niets opgeslagen.` }
      : { soort, tekst: `${regels(goed)} opgeslagen${fout ? `, ${regels(fout)} niet (zie het foutenrapport)` : ''}${extra}.` });
  };

  const foutenrapport = () => {
    if (!uitkomst || !bestand) return;
    const rijen = uitkomst.regels.filter((u) => u.fouten.length).map((u) => ({ regel: u.regel.regel, ...u.regel.bron, fouten: u.fouten.map((f) => `${f.veld}: ${f.melding}`).join(' | ') }));
    download(`fouten-${bestand.naam}`, maakCsv(rijen, ['regel', ...KOLOMMEN, 'fouten']));
  };

  const metFouten = uitkomst?.regels.filter((u) => u.fouten.length) ?? [];
  const metCorrectie = uitkomst?.regels.filter((u) => u.resultaat === 'GECORRIGEERD' && u.vorige && u.input) ?? [];
  const goedeRegels = uitkomst ? uitkomst.regels.length - metFouten.length : 0;
  return (
    <>
      <h1>Aanwezigheid uploaden (CSV)</h1>
      <section aria-labelledby="indeling">
        <h2 id="indeling">Indeling van het bestand</h2>
        <p>Elke regel is één periode van één traject. Opnieuw uploaden verandert niets; andere uren voor dezelfde periode zijn een correctie.
          Begin met het sjabloon: dat heeft een regel voor elk van uw trajecten, voor de vorige week. Een regel zonder uren wordt overgeslagen;
          een lege cel telt nooit als 0. Een periode kan tot en met vandaag lopen, niet verder.
          Een Excel-werkmap (.xlsx, het eerste werkblad) kan ook; een CSV mag in UTF-8 of in Windows-1252 (zoals Excel die opslaat).</p>
        <CsvIndeling />
        <button type="button" className="knop knop--secundair utrecht-button utrecht-button--secondary-action" onClick={sjabloon}>Sjabloon downloaden (vorige week, al uw trajecten)</button>
      </section>
      <h2>Bestand</h2>
      <div className="veld">
        <label htmlFor="csv-bestand">CSV-bestand kiezen</label>
        <input id="csv-bestand" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={kies} />
      </div>
      {melding && <p className={`melding melding--${melding.soort}`} role={melding.soort === 'fout' ? 'alert' : 'status'}>{melding.tekst}</p>}
      {voortgang && voortgang.totaal > 0 && (
        <p><label htmlFor="voortgang">Verwerkt: {voortgang.klaar} van {voortgang.totaal} regels</label><br />
          <progress id="voortgang" max={voortgang.totaal} value={voortgang.klaar} /></p>
      )}
      {bestand && (
        <div className="rij">
          <button type="button" className="knop knop--secundair utrecht-button utrecht-button--secondary-action" onClick={() => voerUit(true)}>Controleren (proefdraai)</button>
          <button type="button" className="knop utrecht-button utrecht-button--primary-action" onClick={() => voerUit(false)} disabled={!uitkomst?.proef || goedeRegels === 0}>{metCorrectie.length && uitkomst?.proef ? 'Opslaan, met correcties' : 'Opslaan'}</button>
          {metFouten.length > 0 && <button type="button" className="knop knop--secundair utrecht-button utrecht-button--secondary-action" onClick={foutenrapport}>Foutenrapport downloaden</button>}
        </div>
      )}
      {metCorrectie.length > 0 && (
        <>
          <h2>{uitkomst?.proef ? 'Correcties van al gemelde perioden' : 'Opgeslagen correcties'}{metCorrectie.length > 100 ? ' (eerste 100)' : ''}</h2>
          {uitkomst?.proef && <p>Deze regels vervangen een melding die er al is. Bij het opslaan vraagt de pagina dat nog eens te bevestigen; de vorige versie blijft bewaard.</p>}
          <Tabelvak>
            <table className="tabel utrecht-table">
              <caption className="sr-only">Regels die een al gemelde periode corrigeren, met de gemelde en de nieuwe uren</caption>
              <thead>
                <tr>
                  <th scope="col">Regel</th><th scope="col">Deelnemer</th><th scope="col">Periode</th><th scope="col">Ingeroosterd (gemeld → nieuw)</th>
                  <th scope="col">Aanwezig</th><th scope="col">Geoorloofd verzuim</th><th scope="col">Ongeoorloofd verzuim</th>
                </tr>
              </thead>
              <tbody>
                {metCorrectie.slice(0, 100).map(({ regel, vorige: v, input: n }) => (
                  <tr key={regel.regel}>
                    <td className="getal">{regel.regel}</td>
                    <td>{regel.bron.deelnemer ?? ''}</td>
                    <td>{formatDatum(n!.periodeVan)} t/m {formatDatum(n!.periodeTot)} (versie {v!.versie})</td>
                    <td className="getal">{oudNieuw(v!.urenIngeroosterd, n!.urenIngeroosterd)}</td>
                    <td className="getal">{oudNieuw(v!.urenAanwezig, n!.urenAanwezig)}</td>
                    <td className="getal">{oudNieuw(v!.urenGeoorloofdVerzuim, n!.urenGeoorloofdVerzuim, v!.redenGeoorloofdVerzuim, n!.redenGeoorloofdVerzuim)}</td>
                    <td className="getal">{oudNieuw(v!.urenOngeoorloofdVerzuim, n!.urenOngeoorloofdVerzuim, v!.redenOngeoorloofdVerzuim, n!.redenOngeoorloofdVerzuim)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Tabelvak>
        </>
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
                    <td>{u.fouten.map((f) => `${f.veld}: ${f.melding}`).join(' ')}</td>
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
