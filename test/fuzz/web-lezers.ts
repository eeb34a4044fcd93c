/**
 * The web client's readers, loaded at run time. They are Vite sources (extensionless imports, bundler resolution),
 * which the test project's `nodenext` type check cannot follow, so their shape is restated here; the fuzz run checks
 * every result's shape at run time anyway, so a drift shows up as a failure, not as a silent pass.
 */
export type Gelezen<T> = { soort: 'leeg' } | { soort: 'waarde'; waarde: T } | { soort: 'fout'; melding: string };
export type RuweAanwezigheid = Record<
  'trajectId' | 'periodeVan' | 'periodeTot' | 'urenIngeroosterd' | 'urenAanwezig' | 'urenGeoorloofdVerzuim'
  | 'urenOngeoorloofdVerzuim' | 'redenGeoorloofdVerzuim' | 'redenOngeoorloofdVerzuim', string>;
export type AanwezigheidInput = Record<'trajectId' | 'periodeVan' | 'periodeTot', string>
  & Record<'urenIngeroosterd' | 'urenAanwezig' | 'urenGeoorloofdVerzuim' | 'urenOngeoorloofdVerzuim', number>
  & Record<'redenGeoorloofdVerzuim' | 'redenOngeoorloofdVerzuim', string | null | undefined>;
export type GelezenRij = { soort: 'leeg' } | { soort: 'fout'; fouten: { veld: string; melding: string }[] } | { soort: 'rij'; input: AanwezigheidInput };
export type Inlezen = { ok: true; regels: { regel: number; bron: Record<string, string>; lezing: GelezenRij }[] } | { ok: false; melding: string };

export interface WebLezers {
  leesUren: (tekst: string) => Gelezen<number>;
  leesDatum: (tekst: string) => Gelezen<string>;
  leesAanwezigheid: (ruw: RuweAanwezigheid) => GelezenRij;
  leesCsv: (tekst: string) => Inlezen;
  KOLOMMEN: readonly string[];
  UREN_VELDEN: readonly ('urenIngeroosterd' | 'urenAanwezig' | 'urenGeoorloofdVerzuim' | 'urenOngeoorloofdVerzuim')[];
}

const web = (pad: string) => new URL(`../../web/src/${pad}`, import.meta.url).href;

export async function laadWebLezers(): Promise<WebLezers> {
  // The cell and row readers live in the shared package (@portal/invoer, its source); the CSV reader is the web's entry to it.
  const [invoer, csv] = await Promise.all([import(new URL('../../invoer/src/index.ts', import.meta.url).href), import(web('features/csv/csv-indeling.ts'))]);
  return { leesUren: invoer.leesUren, leesDatum: invoer.leesDatum, leesAanwezigheid: invoer.leesAanwezigheid, UREN_VELDEN: invoer.UREN_VELDEN, leesCsv: csv.leesCsv, KOLOMMEN: csv.KOLOMMEN };
}
