import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { samenvatting, type Reeks } from './meten.js';

/** One line of the report: the portal's figure next to its baseline, both measured in this run. */
export interface Figuur {
  wat: string;
  portaal: Reeks;
  basis?: Reeks;
  basisNaam?: string;
  /** Which summary the ratio compares: the median, or p95 for the read lists (the issue's target is a p95). */
  maat: 'mediaan' | 'p95';
  /** The machine's load while this figure was measured. */
  belasting: string;
  opmerking?: string;
}

export interface Explain {
  lijst: string;
  sql: string;
  plan: string;
}

export interface SectieUitslag {
  figuren: Figuur[];
  explains?: Explain[];
  notities?: string[];
}

export interface Sectie {
  naam: string;
  /** Set when the section was carried over from an earlier run (`--alleen`): that run's start. */
  run?: string;
  uitslag?: SectieUitslag;
  fout?: string;
  seconden: number;
}

export interface Rapport {
  modus: 'quick' | 'volledig';
  begin: string;
  seconden: number;
  dataset: { herkomst: string; aantallen: Record<string, number> };
  secties: Sectie[];
}

const hogerIsBeter = (r: Reeks) => r.eenheid === 'rijen/s' || r.eenheid === 'req/s';

/** Portal against baseline as "N× slower" (or faster), whichever way round the unit points. */
export function verhouding(f: Figuur): string {
  if (!f.basis || f.basis.waarden.length === 0 || f.portaal.waarden.length === 0) return '—';
  const p = samenvatting(f.portaal.waarden)[f.maat];
  const b = samenvatting(f.basis.waarden)[f.maat];
  const trager = hogerIsBeter(f.portaal) ? b / p : p / b;
  if (!Number.isFinite(trager)) return '—';
  return trager >= 1 ? `${trager.toFixed(1)}× trager` : `${(1 / trager).toFixed(1)}× sneller`;
}

function getal(n: number): string {
  if (!Number.isFinite(n)) return '—';
  return n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(n >= 10 ? 1 : 2);
}

function reeksTekst(r: Reeks | undefined, maat: 'mediaan' | 'p95'): string {
  if (!r || r.waarden.length === 0) return '—';
  const s = samenvatting(r.waarden);
  const kern = `**${getal(s[maat])} ${r.eenheid}** ${maat === 'p95' ? 'p95' : 'mediaan'}`;
  return `${kern} (min ${getal(s.min)} / med ${getal(s.mediaan)} / max ${getal(s.max)}, n=${s.n})${r.afgebroken ? ` ⚠ ${r.afgebroken}` : ''}`;
}

export function alsMarkdown(r: Rapport): string {
  const regels: string[] = [];
  regels.push(`# Bench: issue 10 at ${r.modus === 'quick' ? 'quick (small data)' : 'regional'} scale`, '');
  regels.push(`Run ${r.begin}, ${Math.round(r.seconden)} s; machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), `
    + `${Math.round(totalmem() / 2 ** 30)} GB; Node ${process.version}.`, '');
  regels.push(`Data: ${Object.entries(r.dataset.aantallen).map(([k, v]) => `${k} ${v.toLocaleString('en-US')}`).join(', ')} — ${r.dataset.herkomst}.`, '');
  regels.push('Every baseline is measured in this run, next to its portal figure. Load is the 1- and 5-minute load average while measuring.', '');
  regels.push('| section | what | portal | baseline | ratio | load |', '|---|---|---|---|---|---|');
  for (const s of r.secties) {
    if (s.fout) regels.push(`| ${s.naam} | **failed** | ${s.fout.replaceAll('|', '\\|').replaceAll('\n', ' ')} | | | |`);
    for (const f of s.uitslag?.figuren ?? []) {
      regels.push(`| ${s.naam}${s.run ? ` (run ${s.run})` : ''} | ${f.wat}${f.opmerking ? ` (${f.opmerking})` : ''} | ${reeksTekst(f.portaal, f.maat)} | `
        + `${f.basis ? `${f.basisNaam ?? ''}: ${reeksTekst(f.basis, f.maat)}` : '—'} | ${verhouding(f)} | ${f.belasting} |`);
    }
  }
  for (const s of r.secties) {
    const notities = s.uitslag?.notities ?? [];
    if (notities.length) regels.push('', `## ${s.naam}: notes`, '', ...notities.map((n) => `- ${n}`));
  }
  const explains = r.secties.flatMap((s) => s.uitslag?.explains ?? []);
  if (explains.length) {
    regels.push('', '## EXPLAIN (ANALYZE, BUFFERS) of the list queries the portal ran', '');
    for (const e of explains) regels.push(`### ${e.lijst}`, '', '```sql', e.sql, '```', '', '```', e.plan, '```', '');
  }
  return `${regels.join('\n')}\n`;
}

export function schrijfRapport(r: Rapport, pad: string): void {
  mkdirSync(dirname(pad), { recursive: true });
  writeFileSync(pad, alsMarkdown(r));
  writeFileSync(pad.replace(/\.md$/, '.json'), `${JSON.stringify(r, null, 2)}\n`);
}
