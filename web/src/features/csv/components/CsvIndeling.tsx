import { useQuery } from '@apollo/client/react';
import { Laadfout } from '../../../app/Laadfout';
import { Tabelvak } from '../../../app/Tabelvak';
import { KOLOM_UITLEG, KOLOMMEN } from '../csv-indeling';
import { CSV_VERZUIMREDENEN } from '../queries.aanbieder';

/** The documented column layout, one row a column, with the reason codes the server accepts today. */
export function CsvIndeling() {
  const { data, error } = useQuery(CSV_VERZUIMREDENEN);
  const redenen = data?.verzuimredenen ?? [];
  const codes = (soort: string) => redenen.filter((r) => r.soort === soort);
  return (
    <Tabelvak>
      <table className="tabel utrecht-table">
        <caption>Kolommen, in deze volgorde, gescheiden door puntkomma's, met een kopregel</caption>
        <thead><tr><th scope="col">Kolom</th><th scope="col">Verplicht</th><th scope="col">Inhoud</th></tr></thead>
        <tbody>
          {KOLOMMEN.map((kolom) => {
            const soort = kolom === 'redenGeoorloofdVerzuim' ? 'GEOORLOOFD' : kolom === 'redenOngeoorloofdVerzuim' ? 'ONGEOORLOOFD' : null;
            return (
              <tr key={kolom}>
                <th scope="row"><code>{kolom}</code></th>
                <td>{KOLOM_UITLEG[kolom].verplicht}</td>
                <td>
                  {KOLOM_UITLEG[kolom].inhoud}
                  {soort && <Laadfout error={error} wat="De lijst verzuimredenen" />}
                  {soort && (
                    <ul className="kaal">
                      {codes(soort).map((r) => <li key={r.code}><code>{r.code}</code>: {r.omschrijving}</li>)}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Tabelvak>
  );
}
