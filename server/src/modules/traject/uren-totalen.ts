import type { EntityManager } from '@mikro-orm/postgresql';

/** Hours derived from the current versions of what the aanbieder reported; never typed in twice. */
export interface UrenTotalen {
  ingeroosterd: number;
  aanwezig: number;
  geoorloofdVerzuim: number;
  ongeoorloofdVerzuim: number;
  /** Number of reported periods. */
  perioden: number;
  /** Last day covered by a report, if any (inclusive; DUO's exclusive `bekendTot` is the day after). */
  gemeldTot: string | null;
}

export const GEEN_UREN: UrenTotalen = {
  ingeroosterd: 0, aanwezig: 0, geoorloofdVerzuim: 0, ongeoorloofdVerzuim: 0, perioden: 0, gemeldTot: null,
};

/** Totals for many trajecten in one grouped statement, however many there are (no query per row). */
export async function urenTotalenPerTraject(em: EntityManager, trajectIds: string[]): Promise<Map<string, UrenTotalen>> {
  const result = new Map<string, UrenTotalen>();
  if (trajectIds.length === 0) return result;
  const rows = await em.execute<
    { traject_id: string; ingeroosterd: number; aanwezig: number; geoorloofd: number; ongeoorloofd: number; perioden: number; gemeld_tot: string | null }[]
  >(
    `select traject_id,
            sum(uren_ingeroosterd)::float8 as ingeroosterd,
            sum(uren_aanwezig)::float8 as aanwezig,
            sum(uren_geoorloofd_verzuim)::float8 as geoorloofd,
            sum(uren_ongeoorloofd_verzuim)::float8 as ongeoorloofd,
            count(*)::int as perioden,
            to_char(max(periode_tot), 'YYYY-MM-DD') as gemeld_tot
       from aanwezigheid
      where vervangen_op is null and traject_id = any(?::uuid[])
      group by traject_id`,
    [`{${trajectIds.join(',')}}`],
  );
  for (const row of rows) {
    result.set(row.traject_id, {
      ingeroosterd: row.ingeroosterd,
      aanwezig: row.aanwezig,
      geoorloofdVerzuim: row.geoorloofd,
      ongeoorloofdVerzuim: row.ongeoorloofd,
      perioden: row.perioden,
      gemeldTot: row.gemeld_tot,
    });
  }
  return result;
}
