import type { EntityManager } from '@mikro-orm/postgresql';
import type { Rapportagesoort } from '../rapportage/rapportage.codes.js';
import type { IsoDatum } from '../shared/datum.js';

/** Per traject the date of its latest current report of each soort, in one grouped statement for any number of trajecten. */
export async function laatsteRapportagesPerTraject(em: EntityManager, trajectIds: string[]): Promise<Map<string, Partial<Record<Rapportagesoort, IsoDatum>>>> {
  const result = new Map<string, Partial<Record<Rapportagesoort, IsoDatum>>>();
  if (trajectIds.length === 0) return result;
  const rows = await em.execute<{ traject_id: string; soort: Rapportagesoort; laatste: IsoDatum }[]>(
    `select traject_id, soort, to_char(max(ingediend_op at time zone 'Europe/Amsterdam'), 'YYYY-MM-DD') as laatste
       from rapportage
      where vervangen_op is null and traject_id = any(?::uuid[])
      group by traject_id, soort`,
    [`{${trajectIds.join(',')}}`],
  );
  for (const row of rows) result.set(row.traject_id, { ...result.get(row.traject_id), [row.soort]: row.laatste });
  return result;
}
