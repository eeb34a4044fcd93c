import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type ChangeEvent } from 'react';
import { useSearchParams } from 'react-router';
import { foutMelding } from '../../../app/fouten';
import { aantal, maandag, plusDagen, volledigeNaam } from '../../../app/formaat';
import { CsvIndeling } from '../components/CsvIndeling';
import { RecenteUploads } from '../components/RecenteUploads';
import { UploadRegels, type Bron } from '../components/UploadRegels';
import { download, KOLOMMEN, leesBestand, maakCsv } from '../csv-indeling';
import type { CsvTrajectenQuery, UploadQuery, UploadRegelsQuery } from '../../../gql/aanbieder/graphql';
import { CSV_TRAJECTEN, RECENTE_UPLOADS, SLA_UPLOAD_OP, TREK_UPLOAD_IN, UPLOAD, UPLOAD_REGELS } from '../queries.aanbieder';
import { BEZIG, uploadBestand } from '../upload';

type Upload = UploadQuery['aanwezigheidUpload'];
type Melding = { soort: 'succes' | 'fout'; tekst: string };

const regels = (n: number) => aantal(n, 'regel', 'regels');
const correcties = (n: number) => aantal(n, 'correctie', 'correcties');

/** What the page says about an upload once a job has finished with it. */
function uitkomstMelding(u: Upload): Melding | null {
  const extra = `${u.correcties ? `; ${correcties(u.correcties)} van een al gemelde periode (zie hieronder)` : ''}${u.overgeslagen ? `; ${regels(u.overgeslagen)} zonder uren overgeslagen` : ''}`;
  switch (u.status) {
    case 'GECONTROLEERD':
      return { soort: u.metFouten || u.inOrde === 0 ? 'fout' : 'succes', tekst: `Controle: ${regels(u.inOrde)} in orde, ${u.metFouten} met fouten${extra}. Er is nog niets opgeslagen.${u.melding ? ` ${u.melding}` : ''}` };
    case 'OPGESLAGEN':
      return { soort: u.metFouten || u.opgeslagen === 0 ? 'fout' : 'succes', tekst: `${regels(u.opgeslagen)} opgeslagen${u.metFouten ? `, ${regels(u.metFouten)} niet (zie het foutenrapport)` : ''}${extra}.` };
    case 'ONLEESBAAR':
      return { soort: 'fout', tekst: `Het bestand ${u.bestandsnaam} is niet ingelezen: ${u.melding ?? 'het kon niet worden gelezen.'}` };
    case 'INGETROKKEN':
      return { soort: 'succes', tekst: `De upload ${u.bestandsnaam} is ingetrokken; er is niets van opgeslagen.` };
    default:
      return null;
  }
}

/**
 * Upload → the server checks every line as a job (progress shown) → the result → saving, as a second job, after
 * confirming any corrections. The upload's id is in the address, so closing and reopening the page finds it again.
 */
export function CsvPage() {
  const client = useApolloClient();
  const [params, setParams] = useSearchParams();
  const uploadId = params.get('upload');
  const [gekozen, setGekozen] = useState<{ bestand: File; bron: Bron } | null>(null);
  const [bronVan, setBronVan] = useState<{ id: string; bron: Bron } | null>(null);
  const [melding, setMelding] = useState<Melding | null>(null);
  const [bezigMetVersturen, setBezigMetVersturen] = useState(false);
  const [slaOp] = useMutation(SLA_UPLOAD_OP);
  const [trekIn] = useMutation(TREK_UPLOAD_IN);

  const upload = useQuery(UPLOAD, { variables: { id: uploadId ?? '' }, skip: !uploadId, fetchPolicy: 'network-only' });
  const recent = useQuery(RECENTE_UPLOADS, { fetchPolicy: 'network-only' });
  const u = upload.data?.aanwezigheidUpload;
  const bezig = u ? BEZIG.includes(u.status) : false;
  const { startPolling, stopPolling } = upload;
  useEffect(() => {
    if (bezig) startPolling(700);
    else stopPolling();
    return () => stopPolling();
  }, [bezig, startPolling, stopPolling]);
  const status = u?.status;
  useEffect(() => {
    void recent.refetch();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [status, uploadId]);

  const sjabloon = async () => {
    const rijen: Record<string, string>[] = [];
    const van = maandag(new Date(), -1);
    let after: string | null = null;
    do {
      const pagina: CsvTrajectenQuery | undefined = (await client.query({ query: CSV_TRAJECTEN, variables: { first: 100, after }, fetchPolicy: 'network-only' })).data;
      for (const d of pagina?.deelnemers.nodes ?? []) {
        for (const t of d.trajecten) rijen.push({ trajectId: t.id, aanbiederReferentie: t.aanbiederReferentie ?? '', deelnemer: `${volledigeNaam(d)} (${t.soort})`, periodeVan: van, periodeTot: plusDagen(van, 6) });
      }
      after = pagina?.deelnemers.pageInfo.hasNextPage ? pagina.deelnemers.pageInfo.endCursor ?? null : null;
    } while (after);
    download(`aanwezigheid-${van}.csv`, maakCsv(rijen, KOLOMMEN));
  };

  // The browser reads the file too, to say at once what it holds; the server reads it again in its job.
  const kies = async (event: ChangeEvent<HTMLInputElement>) => {
    setMelding(null);
    const file = event.target.files?.[0];
    if (!file) return;
    const gelezen = await leesBestand(file);
    if (!gelezen.ok) {
      setGekozen(null);
      setMelding({ soort: 'fout', tekst: gelezen.melding });
      return;
    }
    setGekozen({ bestand: file, bron: new Map(gelezen.regels.map((r) => [r.regel, r.bron])) });
    const leeg = gelezen.regels.filter((r) => r.lezing.soort === 'leeg').length;
    setMelding({ soort: 'succes', tekst: `${regels(gelezen.regels.length)} gelezen uit ${file.name}${leeg ? `, waarvan ${aantal(leeg, 'regel', 'regels')} zonder uren (die worden overgeslagen)` : ''}. Controleer ze eerst; er wordt dan nog niets opgeslagen.` });
  };

  const controleer = async () => {
    if (!gekozen) return;
    setMelding(null);
    setBezigMetVersturen(true);
    const antwoord = await uploadBestand(gekozen.bestand);
    setBezigMetVersturen(false);
    if (!antwoord.ok) {
      setMelding({ soort: 'fout', tekst: antwoord.melding });
      return;
    }
    setBronVan({ id: antwoord.id, bron: gekozen.bron });
    setGekozen(null);
    setParams({ upload: antwoord.id });
  };

  const opslaan = async () => {
    if (!u) return;
    // Corrections replace what was reported before: the dry run showed them, saving asks once more.
    if (u.correcties > 0 && !window.confirm(`${aantal(u.correcties, 'regel corrigeert', 'regels corrigeren')} een al gemelde periode (zie de tabel met correcties); de vorige versie blijft bewaard. Toch opslaan?`)) {
      setMelding({ soort: 'fout', tekst: 'Niets opgeslagen: u heeft de correcties niet bevestigd.' });
      return;
    }
    setMelding(null);
    try {
      await slaOp({ variables: { id: u.id, correctiesBevestigd: u.correcties > 0 } });
      await upload.refetch();
    } catch (error) {
      setMelding({ soort: 'fout', tekst: foutMelding(error) });
    }
  };

  const intrekken = async () => {
    if (!u) return;
    setMelding(null);
    try {
      await trekIn({ variables: { id: u.id } });
      await upload.refetch();
    } catch (error) {
      setMelding({ soort: 'fout', tekst: foutMelding(error) });
    }
  };

  const bron: Bron = bronVan && bronVan.id === uploadId ? bronVan.bron : new Map();
  const foutenrapport = async () => {
    if (!u) return;
    const rijen: Record<string, string | number>[] = [];
    let after: string | null = null;
    do {
      const pagina: UploadRegelsQuery | undefined = (await client.query({ query: UPLOAD_REGELS, variables: { id: u.id, filter: 'FOUTEN' as const, first: 100, after }, fetchPolicy: 'network-only' })).data;
      for (const r of pagina?.aanwezigheidUploadRegels.nodes ?? []) {
        // The line as the file had it when this browser read it, else as the server read it (no deelnemer column).
        const gelezen = Object.entries(r.invoer ?? {}).filter(([k]) => k !== '__typename').map(([k, v]) => [k, String(v ?? '').replace('.', ',')]);
        const cellen: Record<string, string | number> = { ...Object.fromEntries(gelezen), ...(bron.get(r.regel) ?? {}) };
        rijen.push({ ...cellen, regel: r.regel, fouten: r.fouten.map((f) => `${f.veld}: ${f.melding}`).join(' | ') });
      }
      after = pagina?.aanwezigheidUploadRegels.pageInfo.hasNextPage ? pagina.aanwezigheidUploadRegels.pageInfo.endCursor ?? null : null;
    } while (after);
    download(`fouten-${u.bestandsnaam.replace(/\.xlsx$/i, '.csv')}`, maakCsv(rijen, ['regel', ...KOLOMMEN, 'fouten']));
  };

  const getoond = melding ?? (u ? uitkomstMelding(u) : null) ?? (upload.error ? { soort: 'fout' as const, tekst: foutMelding(upload.error) } : null);
  const klaar = u && (u.status === 'GECONTROLEERD' || u.status === 'OPGESLAGEN');
  return (
    <>
      <h1>Aanwezigheid uploaden (CSV)</h1>
      <section aria-labelledby="indeling">
        <h2 id="indeling">Indeling van het bestand</h2>
        <p>Elke regel is één periode van één traject. Opnieuw uploaden verandert niets; andere uren voor dezelfde periode zijn een correctie.
          Begin met het sjabloon: dat heeft een regel voor elk van uw trajecten, voor de vorige week. Een regel zonder uren wordt overgeslagen;
          een lege cel telt nooit als 0. Een periode kan tot en met vandaag lopen, niet verder.
          Een Excel-werkmap (.xlsx, het eerste werkblad) kan ook; een CSV mag in UTF-8 of in Windows-1252 (zoals Excel die opslaat).
          De controle en het opslaan gebeuren op de server: u kunt deze pagina sluiten en later terugkomen; de uitkomst staat dan bij de recente uploads.</p>
        <CsvIndeling />
        <button type="button" className="knop knop--secundair utrecht-button utrecht-button--secondary-action" onClick={sjabloon}>Sjabloon downloaden (vorige week, al uw trajecten)</button>
      </section>
      <h2>Bestand</h2>
      <div className="veld">
        <label htmlFor="csv-bestand">CSV-bestand kiezen</label>
        <input id="csv-bestand" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={kies} />
      </div>
      {getoond && <p className={`melding melding--${getoond.soort}`} role={getoond.soort === 'fout' ? 'alert' : 'status'}>{getoond.tekst}</p>}
      {u && u.totaal > 0 && (u.status === 'CONTROLEREN' || u.status === 'GECONTROLEERD') && (
        <p><label htmlFor="voortgang">Verwerkt: {u.verwerkt} van {u.totaal} regels</label><br />
          <progress id="voortgang" max={u.totaal} value={u.verwerkt} /></p>
      )}
      {u && u.status === 'OPSLAAN' && (
        <p><label htmlFor="voortgang">Opgeslagen: {u.verwerkt} van {u.inOrde} regels</label><br />
          <progress id="voortgang" max={Math.max(u.inOrde, 1)} value={u.verwerkt} /></p>
      )}
      {u && u.status === 'ONTVANGEN' && <p role="status">Het bestand is ontvangen; de controle begint zo.</p>}
      <div className="rij">
        <button type="button" className="knop knop--secundair utrecht-button utrecht-button--secondary-action" onClick={controleer} disabled={!gekozen || bezigMetVersturen}>Controleren (proefdraai)</button>
        {u && (
          <button type="button" className="knop utrecht-button utrecht-button--primary-action" onClick={opslaan} disabled={u.status !== 'GECONTROLEERD' || u.inOrde === 0}>{u.correcties && u.status === 'GECONTROLEERD' ? 'Opslaan, met correcties' : 'Opslaan'}</button>
        )}
        {u && ['ONTVANGEN', 'CONTROLEREN', 'GECONTROLEERD'].includes(u.status) && (
          <button type="button" className="knop knop--secundair utrecht-button utrecht-button--secondary-action" onClick={intrekken}>Upload intrekken</button>
        )}
        {klaar && u.metFouten > 0 && <button type="button" className="knop knop--secundair utrecht-button utrecht-button--secondary-action" onClick={foutenrapport}>Foutenrapport downloaden</button>}
      </div>
      <RecenteUploads uploads={recent.data?.aanwezigheidUploads ?? []} huidig={uploadId} />
      {klaar && <UploadRegels key={`${u.id}-${u.status}`} id={u.id} bron={bron} opgeslagen={u.status === 'OPGESLAGEN'} />}
    </>
  );
}
