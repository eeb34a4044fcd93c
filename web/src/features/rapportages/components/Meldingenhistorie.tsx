import { useQuery } from '@apollo/client/react';
import { Tabelvak } from '../../../app/Tabelvak';
import { foutMelding } from '../../../app/fouten';
import { formatDatum } from '../../../app/formaat';
import { samenvatting } from '../../../app/rapportage-tekst';
import { RAPPORTAGES } from '../queries.aanbieder';

/** Every report about a traject with its versions: what the gemeente sees too. */
export function Meldingenhistorie({ trajectId }: { trajectId: string }) {
  const { data, error } = useQuery(RAPPORTAGES, { variables: { trajectId } });
  if (error) return <p className="melding melding--fout" role="alert">{foutMelding(error)}</p>;
  if (!data) return null;
  return (
    <>
      <h2>Meldingen</h2>
      {data.rapportages.length === 0 ? <p>Nog geen meldingen.</p> : (
        <Tabelvak>
          <table className="tabel utrecht-table">
            <caption className="sr-only">Meldingen met hun versies</caption>
            <thead><tr><th scope="col">Melding</th><th scope="col">Versie</th><th scope="col">Ingediend</th><th scope="col">Status</th></tr></thead>
            <tbody>
              {data.rapportages.map((r) => (
                <tr key={r.id}>
                  <td>{samenvatting(r)}</td>
                  <td className="getal">{r.versie}</td>
                  <td>{formatDatum(r.ingediendOp)}</td>
                  <td>{r.vervangenOp ? 'vervangen' : `actueel; definitief vanaf ${formatDatum(r.definitiefVanaf)}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Tabelvak>
      )}
    </>
  );
}
