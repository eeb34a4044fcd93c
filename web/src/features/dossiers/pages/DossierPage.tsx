import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { foutMelding } from '../../../app/fouten';
import { formatDatum, formatUren, TRAJECTSOORT_LABEL, volledigeNaam } from '../../../app/formaat';
import { useAuth } from '../../../app/auth';
import { Besluiten } from '../components/Besluiten';
import { EindePlicht } from '../components/EindePlicht';
import { Inzagelog } from '../components/Inzagelog';
import { PipHistorie } from '../components/PipHistorie';
import { TrajectKaart } from '../components/TrajectKaart';
import { UrenGrafiek } from '../components/UrenGrafiek';
import { laatsteDag } from '../laatste-dag';
import { DOSSIER } from '../queries.gemeente';

const LEERROUTE = { B: 'B1-route', O: 'Onderwijsroute', Z: 'Z-route' } as Record<string, string>;

export function DossierPage() {
  const { id = '' } = useParams();
  const { principal } = useAuth();
  const { data, loading, error } = useQuery(DOSSIER, { variables: { id }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <p role="status">Dossier laden…</p>;
  if (error || !data) return <><Terug /><p className="melding melding--fout" role="alert">{foutMelding(error)}</p></>;

  const { dossier, verzuimredenen } = data;
  const pip = dossier.actuelePip;
  return (
    <>
      <Terug />
      <h1>{volledigeNaam(dossier)}</h1>
      <dl className="kenmerken">
        <dt>BSN</dt><dd>{dossier.bsn}</dd>
        <dt>Geboortedatum</dt><dd>{formatDatum(dossier.geboortedatum)}</dd>
        <dt>Contact</dt><dd>{[dossier.email, dossier.telefoon].filter(Boolean).join(' · ') || '–'}</dd>
        <dt>PIP</dt><dd>{pip ? `${LEERROUTE[pip.leerroute] ?? pip.leerroute}${pip.niveau ? `, niveau ${pip.niveau}` : ''}${pip.geschatteIntensiteitB1Route ? `, intensiteit ${pip.geschatteIntensiteitB1Route} uur` : ''} (versie ${pip.versie}, ${formatDatum(pip.dagtekeningPip)})` : 'nog niet vastgesteld'}</dd>
        <dt>Inburgeringstermijn</dt><dd>{dossier.inburgeringstermijn ? `${formatDatum(dossier.inburgeringstermijn.startdatum)} t/m ${formatDatum(laatsteDag(dossier.inburgeringstermijn.einddatum))}` : '–'}</dd>
        <dt>Gevolgde taaluren</dt><dd>{formatUren(dossier.gevolgdeUren.participatieAlsTaalles)} uur{dossier.gevolgdeUren.bekendTot ? ` (bekend t/m ${formatDatum(laatsteDag(dossier.gevolgdeUren.bekendTot))})` : ''}</dd>
      </dl>
      <UrenGrafiek trajecten={dossier.trajecten} intensiteit={pip?.geschatteIntensiteitB1Route ?? null} />
      <PipHistorie versies={dossier.pipHistorie} />
      <h2>Trajecten</h2>
      {dossier.trajecten.length === 0 ? <p>Geen trajecten.</p> : dossier.trajecten.map((t) => (
        <TrajectKaart key={t.id} traject={t} label={TRAJECTSOORT_LABEL[t.soort] ?? t.soort} verzuimredenen={verzuimredenen} />
      ))}
      <Besluiten inburgeraarId={dossier.id} besluiten={data.besluiten} magMuteren={principal?.rollen.includes('MUTEREN') ?? false} />
      <EindePlicht dossier={dossier} magMuteren={principal?.rollen.includes('MUTEREN') ?? false} />
      <Inzagelog inburgeraarId={dossier.id} />
    </>
  );
}

function Terug() {
  return <p><Link to="/gemeente/dossiers">← Terug naar zoeken</Link></p>;
}
