import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal.js';
import { organisatieId } from '../auth/principal.js';
import { BeheerLog } from './beheer-log.entity.js';

export type BeheerActie =
  | 'GEBRUIKER_GEMAAKT' | 'ROLLEN_GEWIJZIGD' | 'GEBRUIKER_GEACTIVEERD' | 'GEBRUIKER_GEDEACTIVEERD'
  | 'CONTRACT_GESLOTEN' | 'CONTRACT_BEEINDIGD' | 'WACHTWOORD_GEWIJZIGD' | 'WACHTWOORD_GERESET';

/**
 * Queues a log line on the unit of work, so it is written in the same flush (and transaction) as the change:
 * no change without its line, no line for a refused change. `details` holds before/after, never a secret.
 */
export function logBeheer(em: EntityManager, principal: Principal & { gebruikerId: string }, actie: BeheerActie, onderwerpId: string, details: Record<string, unknown>): void {
  em.create(BeheerLog, {
    organisatieSoort: principal.soort, organisatieId: organisatieId(principal), doorGebruikerId: principal.gebruikerId,
    actie, onderwerpId, details, tijdstip: new Date(),
  });
}
