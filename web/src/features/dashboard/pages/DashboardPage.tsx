import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { foutMelding } from '../../../app/fouten';
import { aantal, DOSSIERSTATUS_LABEL, formatDatum, formatMoment } from '../../../app/formaat';
import { NieuweMeldingen } from '../components/NieuweMeldingen';
import type { DashboardQuery } from '../../../gql/gemeente/graphql';
import { DASHBOARD } from '../queries.gemeente';

/** The regisseur's start page: what came in, and what needs a decision first. */
export function DashboardPage() {
  const { data, loading, error } = useQuery(DASHBOARD, { fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <p role="status">Overzicht laden…</p>;
  if (error || !data) return <p className="melding melding--fout" role="alert">{foutMelding(error)}</p>;
  const d = data.dashboard;
  return (
    <>
      <h1>Overzicht</h1>
      <p role="status">
        {d.sindsVorigBezoek.sinds
          ? `Sinds uw vorige bezoek (${formatMoment(String(d.sindsVorigBezoek.sinds))}): ${aantal(d.sindsVorigBezoek.aanwezigheden, 'aanwezigheidsmelding', 'aanwezigheidsmeldingen')} en ${aantal(d.sindsVorigBezoek.rapportages, 'andere melding', 'andere meldingen')} van aanbieders.`
          : 'Welkom: dit is uw eerste bezoek.'}
      </p>
      <ul className="tegels" aria-label="Dossiers per status">
        {d.perStatus.map((s) => (
          <li key={s.status} className="tegel">
            <Link to={`/gemeente/dossiers?status=${s.status}`}><span className="tegel__getal">{s.aantal}</span> {DOSSIERSTATUS_LABEL[s.status] ?? s.status}</Link>
          </li>
        ))}
      </ul>
      <p><Link to="/gemeente/dossiers">Alle dossiers zoeken</Link></p>
      <Werklijst titel="Te beoordelen: resultaten zonder besluit" leeg="Geen resultaten die op een besluit wachten." punten={d.teBeoordelen} />
      <Werklijst titel="Adviezen van taalaanbieders" leeg="Geen nieuwe adviezen." punten={d.adviezen} />
      <Werklijst titel="Nog geen PIP (10 weken na vestiging)" leeg="Alle dossiers hebben op tijd een PIP." punten={d.zonderPip} />
      <NieuweMeldingen eersteBezoek={!d.sindsVorigBezoek.sinds} aantal={d.sindsVorigBezoek.rapportages} meldingen={d.sindsVorigBezoek.meldingen} />
    </>
  );
}

function Werklijst({ titel, leeg, punten }: { titel: string; leeg: string; punten: DashboardQuery['dashboard']['adviezen'] }) {
  return (
    <section className="kaart">
      <h2>{titel}</h2>
      {punten.length === 0 ? <p>{leeg}</p> : (
        <ul className="werklijst">
          {punten.map((p, i) => (
            <li key={`${p.inburgeraarId}-${i}`}><Link to={`/gemeente/dossiers/${p.inburgeraarId}`}>{p.naam}</Link>: {p.wat} <small>(sinds {formatDatum(p.sinds)})</small></li>
          ))}
        </ul>
      )}
    </section>
  );
}
