import { Tabelvak } from '../../../app/Tabelvak';
import { formatDatum } from '../../../app/formaat';
import type { DossierQuery } from '../../../gql/gemeente/graphql';

const LEERROUTE: Record<string, string> = { B: 'B1-route', O: 'Onderwijsroute', Z: 'Z-route' };

/** Every version of the PIP, newest first: a beschikking is never overwritten. */
export function PipHistorie({ versies }: { versies: DossierQuery['dossier']['pipHistorie'] }) {
  if (versies.length === 0) return null;
  return (
    <>
      <h2>PIP-historie</h2>
      <Tabelvak>
        <table className="tabel utrecht-table">
          <caption className="sr-only">Versies van het PIP, nieuwste eerst</caption>
          <thead><tr><th scope="col">Versie</th><th scope="col">Dagtekening</th><th scope="col">Leerroute</th><th scope="col">Niveau</th><th scope="col">Intensiteit</th><th scope="col">Reden wijziging</th></tr></thead>
          <tbody>
            {versies.map((v) => (
              <tr key={v.id}>
                <td className="getal">{v.versie}</td>
                <td>{formatDatum(v.dagtekeningPip)}</td>
                <td>{LEERROUTE[v.leerroute] ?? v.leerroute}</td>
                <td>{v.niveau ?? '–'}</td>
                <td className="getal">{v.geschatteIntensiteitB1Route ?? '–'}</td>
                <td>{v.wijzigingsreden ? v.wijzigingsreden.toLowerCase() : 'eerste PIP'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Tabelvak>
    </>
  );
}
