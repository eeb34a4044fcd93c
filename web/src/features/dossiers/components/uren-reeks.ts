/** What the hours chart draws: hours attended so far, and the pace that reaches the target by the planned end. */
export interface UrenPunt {
  datum: string;
  /** Cumulative hours attended up to this date; null after the last report (the line stops there). */
  gevolgd: number | null;
  /** Hours a steady pace from the planned start would have reached by this date. */
  verwacht: number;
}

interface Traject {
  soort: string;
  status: string;
  geplandeStart: string;
  geplandeEinde: string;
  geplandeUren: number;
  aanwezigheden: { periodeTot: string; urenAanwezig: number }[];
}

const TAAL = ['B1_ROUTE', 'TAALSCHAKELTRAJECT', 'ONDERWIJSROUTE', 'Z_ROUTE'];

const dag = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** The language trajecten of a dossier as a series from their planned start to their planned end. */
export function urenReeks(trajecten: Traject[], intensiteit: number | null): { punten: UrenPunt[]; doel: number } {
  const taal = trajecten.filter((t) => TAAL.includes(t.soort) && t.status !== 'INGETROKKEN');
  const perioden = taal.flatMap((t) => t.aanwezigheden).sort((a, b) => a.periodeTot.localeCompare(b.periodeTot));
  if (taal.length === 0 || perioden.length === 0) return { punten: [], doel: 0 };
  // The PIP's intensity is what DUO compares with (001 §3.4.4); without one, the hours the gemeente bought.
  const doel = intensiteit ?? taal.reduce((som, t) => som + t.geplandeUren, 0);
  const start = taal.map((t) => t.geplandeStart).sort()[0]!;
  const einde = taal.map((t) => t.geplandeEinde).sort().at(-1)!;
  const verwacht = (datum: string) => {
    const deel = (dag(datum) - dag(start)) / Math.max(1, dag(einde) - dag(start));
    return Math.round(doel * Math.min(1, Math.max(0, deel)) * 10) / 10;
  };

  let totaal = 0;
  const punten: UrenPunt[] = perioden.map((p) => ({ datum: p.periodeTot, gevolgd: (totaal += p.urenAanwezig), verwacht: verwacht(p.periodeTot) }));
  if (start < punten[0]!.datum) punten.unshift({ datum: start, gevolgd: 0, verwacht: 0 });
  if (einde > punten.at(-1)!.datum) punten.push({ datum: einde, gevolgd: null, verwacht: doel });
  return { punten, doel };
}
