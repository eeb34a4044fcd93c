import { formatDatum, TRAJECTSOORT_LABEL } from '../../../app/formaat';

const procent = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** 73.3 → "73,3%"; null (nothing scheduled or reported) → "–". */
export function formatProcent(waarde: number | null | undefined): string {
  return waarde == null ? '–' : `${procent.format(waarde)}%`;
}

/** "B1-route, Z-route (taal)". */
export function soortenTekst(soorten: readonly string[]): string {
  return soorten.map((s) => TRAJECTSOORT_LABEL[s] ?? s).join(', ');
}

/** "01-01-2026 – onbepaalde tijd". */
export function periodeTekst(contract: { ingangsdatum: string; einddatum?: string | null }): string {
  return `${formatDatum(contract.ingangsdatum)} – ${contract.einddatum ? formatDatum(contract.einddatum) : 'onbepaalde tijd'}`;
}
