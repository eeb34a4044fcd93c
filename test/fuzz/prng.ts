import { appendFileSync } from 'node:fs';

/** mulberry32: a tiny seeded PRNG, so a failing fuzz case replays exactly from its seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Dice on top of one PRNG stream. */
export class Kans {
  private readonly volgende: () => number;

  constructor(seed: number) {
    this.volgende = mulberry32(seed);
  }

  getal(): number {
    return this.volgende();
  }

  /** An integer in [van, tot]. */
  int(van: number, tot: number): number {
    return van + Math.floor(this.volgende() * (tot - van + 1));
  }

  kies<T>(lijst: readonly T[]): T {
    return lijst[Math.floor(this.volgende() * lijst.length)]!;
  }

  /** True with probability p. */
  soms(p: number): boolean {
    return this.volgende() < p;
  }
}

/** The run's seed (FUZZ_SEED, or a fresh one, printed) and its case budget (FUZZ_CASES). */
export function fuzzInstellingen(standaardCases: number): { seed: number; cases: number } {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) >>> 0 : Math.floor(Math.random() * 2 ** 31);
  const cases = process.env.FUZZ_CASES ? Math.max(1, Number(process.env.FUZZ_CASES)) : standaardCases;
  return { seed, cases };
}

/** The command that replays this run. */
export function replay(seed: number, bestand: string): string {
  return `FUZZ_SEED=${seed} pnpm exec vitest run ${bestand}`;
}

/** With FUZZ_RAPPORT=<file>, every failing case is also appended there as one JSON line, for triage across seeds. */
export function rapporteer(bevinding: Record<string, unknown>): void {
  const bestand = process.env.FUZZ_RAPPORT;
  if (bestand) appendFileSync(bestand, `${JSON.stringify(bevinding, (_k, v: unknown) => (typeof v === 'string' && v.length > 2_000 ? `${v.slice(0, 200)}…(${v.length} chars)` : v))}\n`);
}
