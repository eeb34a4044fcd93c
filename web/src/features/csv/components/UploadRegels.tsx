import { useQuery } from '@apollo/client/react';
import { Tabelvak } from '../../../app/Tabelvak';
import { formatDatum, formatUren } from '../../../app/formaat';
import type { UploadRegelsQuery } from '../../../gql/aanbieder/graphql';
import { UPLOAD_REGELS } from '../queries.aanbieder';

type Regel = UploadRegelsQuery['aanwezigheidUploadRegels']['nodes'][number];
/** What the browser read from the chosen file, by line: the deelnemer column is never sent to the server. */
export type Bron = Map<number, Record<string, string>>;

/** "12 → 10", or just "12" when the correction leaves this number alone. */
function oudNieuw(oud: number, nieuw: number, redenOud?: string | null, redenNieuw?: string | null): string {
  const tekst = (uren: number, reden?: string | null) => `${formatUren(uren)}${reden ? ` (${reden})` : ''}`;
  const [a, b] = [tekst(oud, redenOud), tekst(nieuw, redenNieuw)];
  return a === b ? a : `${a} → ${b}`;
}

const TOON = 100;

/** The corrections of reported periods, old next to new, and the lines with errors: the first 100 of each. */
export function UploadRegels({ id, bron, opgeslagen }: { id: string; bron: Bron; opgeslagen: boolean }) {
  const correcties = useQuery(UPLOAD_REGELS, { variables: { id, filter: 'CORRECTIES', first: TOON }, fetchPolicy: 'network-only' });
  const fouten = useQuery(UPLOAD_REGELS, { variables: { id, filter: 'FOUTEN', first: TOON }, fetchPolicy: 'network-only' });
  const metCorrectie = (correcties.data?.aanwezigheidUploadRegels.nodes ?? []).filter((r): r is Regel & { invoer: NonNullable<Regel['invoer']>; vorige: NonNullable<Regel['vorige']> } => Boolean(r.invoer && r.vorige));
  const metFouten = fouten.data?.aanwezigheidUploadRegels.nodes ?? [];
  const deelnemer = (r: Regel) => bron.get(r.regel)?.deelnemer || r.invoer?.trajectId || r.invoer?.aanbiederReferentie || bron.get(r.regel)?.trajectId || bron.get(r.regel)?.aanbiederReferentie || '';
  const periode = (r: Regel) => (r.invoer ? `${formatDatum(r.invoer.periodeVan)} t/m ${formatDatum(r.invoer.periodeTot)}` : `${bron.get(r.regel)?.periodeVan ?? ''} t/m ${bron.get(r.regel)?.periodeTot ?? ''}`);
  return (
    <>
      {metCorrectie.length > 0 && (
        <>
          <h2>{opgeslagen ? 'Opgeslagen correcties' : 'Correcties van al gemelde perioden'}{(correcties.data?.aanwezigheidUploadRegels.totalCount ?? 0) > TOON ? ` (eerste ${TOON})` : ''}</h2>
          {!opgeslagen && <p>Deze regels vervangen een melding die er al is. Bij het opslaan vraagt de pagina dat nog eens te bevestigen; de vorige versie blijft bewaard.</p>}
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
                {metCorrectie.map((r) => (
                  <tr key={r.regel}>
                    <td className="getal">{r.regel}</td>
                    <td>{deelnemer(r)}</td>
                    <td>{periode(r)} (versie {r.vorige.versie})</td>
                    <td className="getal">{oudNieuw(r.vorige.urenIngeroosterd, r.invoer.urenIngeroosterd)}</td>
                    <td className="getal">{oudNieuw(r.vorige.urenAanwezig, r.invoer.urenAanwezig)}</td>
                    <td className="getal">{oudNieuw(r.vorige.urenGeoorloofdVerzuim, r.invoer.urenGeoorloofdVerzuim, r.vorige.redenGeoorloofdVerzuim, r.invoer.redenGeoorloofdVerzuim)}</td>
                    <td className="getal">{oudNieuw(r.vorige.urenOngeoorloofdVerzuim, r.invoer.urenOngeoorloofdVerzuim, r.vorige.redenOngeoorloofdVerzuim, r.invoer.redenOngeoorloofdVerzuim)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Tabelvak>
        </>
      )}
      {metFouten.length > 0 && (
        <>
          <h2>Regels met fouten{(fouten.data?.aanwezigheidUploadRegels.totalCount ?? 0) > TOON ? ` (eerste ${TOON})` : ''}</h2>
          <Tabelvak>
            <table className="tabel utrecht-table">
              <caption className="sr-only">Regels die niet in orde zijn, met de meldingen</caption>
              <thead><tr><th scope="col">Regel</th><th scope="col">Deelnemer</th><th scope="col">Periode</th><th scope="col">Melding</th></tr></thead>
              <tbody>
                {metFouten.map((r) => (
                  <tr key={r.regel}>
                    <td className="getal">{r.regel}</td>
                    <td>{deelnemer(r)}</td>
                    <td>{periode(r)}</td>
                    <td>{r.fouten.map((f) => `${f.veld}: ${f.melding}`).join(' ')}</td>
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
