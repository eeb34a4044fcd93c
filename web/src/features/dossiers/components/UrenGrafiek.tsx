import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDatum, formatUren } from '../../../app/formaat';
import type { DossierTraject } from '../queries.gemeente';
import { urenReeks } from './uren-reeks';

/**
 * Attended language hours over the planned course against a steady pace to the PIP's intensity (what DUO compares
 * at the end of the term, 001 §3.4.4). The caption says the same in words, so the drawing is hidden from screen readers.
 */
const datumVan = (tijd: number) => formatDatum(new Date(tijd).toISOString().slice(0, 10));

export function UrenGrafiek({ trajecten, intensiteit }: { trajecten: DossierTraject[]; intensiteit: number | null }) {
  const { punten, doel } = urenReeks(trajecten, intensiteit);
  const laatste = punten.filter((p) => p.gevolgd !== null).at(-1);
  if (!laatste) return null;
  const samenvatting = `${formatUren(laatste.gevolgd ?? 0)} uur taalles gevolgd tot ${formatDatum(laatste.datum)}; `
    + `in een gelijkmatig tempo naar ${formatUren(doel)} uur ${intensiteit ? '(intensiteit volgens het PIP)' : '(ingekochte uren)'} was dat ${formatUren(laatste.verwacht)} uur.`;
  return (
    <figure className="grafiek">
      <figcaption>Gevolgde uren taalles tegenover het geplande tempo: {samenvatting}</figcaption>
      <div aria-hidden="true" style={{ width: '100%', height: 280 }}>
        <ResponsiveContainer>
          <LineChart accessibilityLayer={false} data={punten.map((p) => ({ ...p, tijd: Date.parse(`${p.datum}T00:00:00Z`) }))} margin={{ top: 10, right: 24, bottom: 10, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            {/* A time axis, so the months still to come take the room they will take. */}
            <XAxis dataKey="tijd" type="number" scale="time" domain={['dataMin', 'dataMax']} tickFormatter={datumVan} minTickGap={24} />
            <YAxis domain={[0, Math.ceil(Math.max(doel, laatste.gevolgd ?? 0) * 1.05)]} />
            <Tooltip labelFormatter={(t) => datumVan(Number(t))} formatter={(v, naam) => [`${formatUren(Number(v))} uur`, naam]} />
            <Legend />
            <Line name="gevolgd" type="monotone" dataKey="gevolgd" stroke="#154273" strokeWidth={2} dot={false} isAnimationActive={false} connectNulls={false} />
            <Line name={`gepland tempo naar ${formatUren(doel)} uur`} type="linear" dataKey="verwacht" stroke="#a90000" strokeDasharray="6 3" dot={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
