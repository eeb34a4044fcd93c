import { formatDatum } from '../../../app/formaat';

interface TeDoen { code: string; sinds: string; rapportagesoort?: string | null }

const TEKST: Record<string, (sinds: string) => string> = {
  AANWEZIGHEID_ONTBREEKT: (sinds) => `Aanwezigheid ontbreekt vanaf ${formatDatum(sinds)}`,
  VOORTGANG_VERWACHT: (sinds) => `Voortgangsrapportage verwacht sinds ${formatDatum(sinds)}`,
  RESULTAAT_VERWACHT: (sinds) => `Resultaat verwacht sinds ${formatDatum(sinds)}`,
};

/** What the server says is still due for a traject; the server decides, the page only words it. */
export function TeDoenLijst({ teDoen, leeg = '–' }: { teDoen: TeDoen[]; leeg?: string }) {
  if (teDoen.length === 0) return <>{leeg}</>;
  return (
    <ul className="te-doen">
      {teDoen.map((d) => <li key={d.code}>{(TEKST[d.code] ?? (() => d.code))(d.sinds)}</li>)}
    </ul>
  );
}
