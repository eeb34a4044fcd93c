import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDatum, formatUren } from '../../../app/formaat';
import type { DossierTraject } from '../queries.gemeente';

const TAAL = ['B1_ROUTE', 'TAALSCHAKELTRAJECT', 'ONDERWIJSROUTE', 'Z_ROUTE'];

/**
 * Attended language hours over time against the PIP's intensity (what DUO compares at the end of the term,
 * 001 §3.4.4). The same figures are in the tables below, so the chart is decoration for sighted users only.
 */
export function UrenGrafiek({ trajecten, intensiteit }: { trajecten: DossierTraject[]; intensiteit: number | null }) {
  const perioden = trajecten.filter((t) => TAAL.includes(t.soort)).flatMap((t) => t.aanwezigheden)
    .sort((a, b) => a.periodeVan.localeCompare(b.periodeVan));
  if (perioden.length === 0) return null;
  let totaal = 0;
  const reeks = perioden.map((p) => ({ datum: p.periodeTot, uren: (totaal += p.urenAanwezig) }));
  const samenvatting = `${formatUren(totaal)} uur taalles gevolgd tot ${formatDatum(reeks.at(-1)!.datum)}${intensiteit ? `, van ${formatUren(intensiteit)} uur intensiteit volgens het PIP` : ''}.`;
  return (
    <figure className="grafiek">
      <figcaption>Gevolgde uren taalles tegenover de intensiteit: {samenvatting}</figcaption>
      <div aria-hidden="true" style={{ width: '100%', height: 260 }}>
        <ResponsiveContainer>
          <LineChart accessibilityLayer={false} data={reeks} margin={{ top: 10, right: 24, bottom: 10, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="datum" tickFormatter={formatDatum} minTickGap={24} />
            <YAxis domain={[0, Math.max(intensiteit ?? 0, totaal) * 1.05]} />
            <Tooltip labelFormatter={(d) => formatDatum(String(d))} formatter={(v) => [`${formatUren(Number(v))} uur`, 'gevolgd']} />
            <Line type="monotone" dataKey="uren" stroke="#154273" strokeWidth={2} dot={false} isAnimationActive={false} />
            {intensiteit ? <ReferenceLine y={intensiteit} stroke="#a90000" strokeDasharray="6 3" label={{ value: `intensiteit ${intensiteit} uur`, position: 'insideTopRight', fill: '#a90000' }} /> : null}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
