import { loadavg } from 'node:os';

/** One measured series: every repeat's value, in the unit the section names. */
export interface Reeks {
  eenheid: 'ms' | 'rijen/s' | 'req/s' | 's' | 'aantal';
  waarden: number[];
  /** When the time budget stopped the repeats before the number asked for. */
  afgebroken?: string;
}

export interface Samenvatting {
  n: number;
  min: number;
  mediaan: number;
  p95: number;
  max: number;
}

export function samenvatting(waarden: number[]): Samenvatting {
  const s = [...waarden].sort((a, b) => a - b);
  const kwantiel = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? NaN;
  return { n: s.length, min: s[0] ?? NaN, mediaan: kwantiel(0.5), p95: kwantiel(0.95), max: s[s.length - 1] ?? NaN };
}

/**
 * Runs `stap` up to `herhalingen` times after one unmeasured warm-up (`opwarmen`, if given, wraps it: the lists
 * capture their SQL there) and returns milliseconds per run. A budget stops early — a query that takes minutes is
 * measured once, not twenty times — and a warm-up that alone used a quarter of it counts as the one measurement.
 */
export async function meetMs(stap: () => Promise<unknown>, opties: { herhalingen: number; budgetMs?: number; opwarmen?: (stap: () => Promise<unknown>) => Promise<unknown> }): Promise<Reeks> {
  const budget = opties.budgetMs ?? Infinity;
  const begin = performance.now();
  await (opties.opwarmen ? opties.opwarmen(stap) : stap());
  const opwarmMs = performance.now() - begin;
  if (opwarmMs > budget / 4) {
    return { eenheid: 'ms', waarden: [opwarmMs], afgebroken: `1 run (the warm-up alone took ${(opwarmMs / 1000).toFixed(0)} s)` };
  }
  const waarden: number[] = [];
  const start = performance.now();
  for (let i = 0; i < opties.herhalingen; i++) {
    const t = performance.now();
    await stap();
    waarden.push(performance.now() - t);
    if (performance.now() - start > budget && i + 1 < opties.herhalingen) {
      return { eenheid: 'ms', waarden, afgebroken: `${waarden.length} van ${opties.herhalingen} herhalingen binnen het budget van ${Math.round(budget / 1000)} s` };
    }
  }
  return { eenheid: 'ms', waarden };
}

/** The machine's load at a moment: 1-minute load average and the number of cores it is spread over. */
export function belasting(): string {
  const [een, vijf] = loadavg();
  return `${een!.toFixed(2)} / ${vijf!.toFixed(2)} (1/5 min)`;
}
