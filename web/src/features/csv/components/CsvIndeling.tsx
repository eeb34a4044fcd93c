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
    <>
      <Laadfout error={error} wat="De lijst verzuimredenen" />
      <Tabelvak>
        <table className="tabel utrecht-table">
          <caption>Kolommen, in deze volgorde, gescheiden door puntkomma's, met een kopregel</caption>
          <thead><tr><th scope="col">Kolom</th><th scope="col">Verplicht</th><th scope="col">Inhoud</th></tr></thead>
          <tbody>
            {KOLOMMEN.map((kolom) => {
              const uitleg = KOLOM_UITLEG[kolom];
              return (
                <tr key={kolom}>
                  <th scope="row"><code>{kolom}</code></th>
                  <td>{uitleg.verplicht}</td>
                  <td>
                    {uitleg.inhoud}
                    {uitleg.redenen && (
                      <ul className="kaal">
                        {codes(uitleg.redenen).map((r) => <li key={r.code}><code>{r.code}</code>: {r.omschrijving}</li>)}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </Tabelvak>
    </>
  );
}
