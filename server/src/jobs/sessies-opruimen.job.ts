import { loadConfig } from '../config.js';
import { AuthService } from '../modules/auth/auth.service.js';
import type { GeenIds, JobDefinitie } from './queue.js';

/**
 * Deletes the sessions past their end or idle longer than SESSION_IDLE_MINUTES (from the environment, as the portal reads
 * it). Such a session is refused anyway (principal-opzoeken.ts); this keeps the table to the sessions that can still be
 * used, so ended sessions do not pile up as a record of who was in.
 */
export const SESSIES_OPRUIMEN: JobDefinitie<GeenIds> = {
  naam: 'sessies.opruimen',
  schema: '*/15 * * * *',
  // Short-lived: the next occurrence does the same work, so a failed run needs no long retry or history.
  opties: { retryLimit: 1, retryDelay: 60, expireInSeconds: 5 * 60, retentionSeconds: 3600, deleteAfterSeconds: 24 * 3600 },
  async verwerk(orm, _data, { nu, log }) {
    const { sessionHours, sessionIdleMinutes } = loadConfig([], process.env);
    const aantal = await new AuthService(orm.em.fork(), sessionHours, sessionIdleMinutes).verwijderVerlopenSessies(nu);
    if (aantal > 0) log(`[jobs] ${aantal} verlopen sessie(s) verwijderd`);
  },
};
