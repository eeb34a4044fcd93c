import { Link } from 'react-router';
import { formatMoment, RAPPORTAGESOORT_LABEL } from '../../../app/formaat';
import type { DashboardQuery } from '../../../gql/gemeente/graphql';

type Melding = DashboardQuery['dashboard']['sindsVorigBezoek']['meldingen'][number];

/** The reports that came in since the regisseur last logged in, newest first, each a link to its dossier. */
export function NieuweMeldingen({ eersteBezoek, aantal, meldingen }: { eersteBezoek: boolean; aantal: number; meldingen: Melding[] }) {
  return (
    <section className="kaart" aria-labelledby="nieuwe-meldingen">
      <h2 id="nieuwe-meldingen">{eersteBezoek ? 'Laatste meldingen van aanbieders' : 'Nieuw sinds uw vorige bezoek'}</h2>
      {meldingen.length === 0 ? <p>Geen nieuwe meldingen van aanbieders.</p> : (
        <>
          <ul className="werklijst">
            {meldingen.map((m, i) => (
              <li key={`${m.inburgeraarId}-${m.soort}-${m.versie}-${i}`}>
                <Link to={`/gemeente/dossiers/${m.inburgeraarId}`}>{m.naam}</Link>: {RAPPORTAGESOORT_LABEL[m.soort] ?? m.soort}
                {m.versie > 1 ? ` (correctie, versie ${m.versie})` : ''} van {m.aanbiederNaam} <small>({formatMoment(String(m.ingediendOp))})</small>
              </li>
            ))}
          </ul>
          {!eersteBezoek && aantal > meldingen.length && <p>En nog {aantal - meldingen.length} eerdere; u vindt ze in de dossiers.</p>}
        </>
      )}
    </section>
  );
}
