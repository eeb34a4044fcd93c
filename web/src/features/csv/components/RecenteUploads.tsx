import { Link } from 'react-router';
import { Tabelvak } from '../../../app/Tabelvak';
import { formatMoment } from '../../../app/formaat';
import type { RecenteUploadsQuery } from '../../../gql/aanbieder/graphql';
import { UPLOAD_STATUS_TEKST } from '../upload';

/** The school's recent uploads: one still running when the page was closed is found here again. */
export function RecenteUploads({ uploads, huidig }: { uploads: RecenteUploadsQuery['aanwezigheidUploads']; huidig: string | null }) {
  if (uploads.length === 0) return null;
  return (
    <section aria-labelledby="recente-uploads">
      <h2 id="recente-uploads">Recente uploads</h2>
      <Tabelvak>
        <table className="tabel utrecht-table">
          <caption className="sr-only">Uw recente uploads, nieuwste eerst</caption>
          <thead><tr><th scope="col">Bestand</th><th scope="col">Ontvangen</th><th scope="col">Stand</th><th scope="col">Regels</th></tr></thead>
          <tbody>
            {uploads.map((u) => (
              <tr key={u.id}>
                <td>{u.id === huidig ? u.bestandsnaam : <Link to={`?upload=${u.id}`}>{u.bestandsnaam}</Link>}</td>
                <td>{formatMoment(u.ontvangenOp)}</td>
                <td>{UPLOAD_STATUS_TEKST[u.status]}</td>
                <td className="getal">{u.totaal}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Tabelvak>
    </section>
  );
}
