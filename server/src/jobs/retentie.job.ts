import { pasRetentieToe, retentieVerslag } from '../modules/retentie/retentie.service.js';
import { vandaag } from '../modules/shared/datum.js';
import type { GeenIds, JobDefinitie } from './queue.js';

/**
 * Applies the retention of Besluit inburgering art. 9.9 every night (modules/retentie): what expired on the day of the
 * run's start, in the Netherlands, goes. Idempotent: a second run that day finds nothing more to delete.
 */
export const RETENTIE: JobDefinitie<GeenIds> = {
  naam: 'retentie.toepassen',
  schema: '30 2 * * *',
  // A failed night is retried a few times; the next night does the same work anyway.
  opties: { retryLimit: 3, retryDelay: 15 * 60, expireInSeconds: 60 * 60, retentionSeconds: 7 * 24 * 3600, deleteAfterSeconds: 7 * 24 * 3600 },
  async verwerk(orm, _data, { nu, log }) {
    const uitkomst = await pasRetentieToe(orm.em.fork(), vandaag(nu), { proef: false });
    if (uitkomst.regels.length > 0) for (const regel of retentieVerslag(uitkomst)) log(`[jobs] ${regel}`);
  },
};
