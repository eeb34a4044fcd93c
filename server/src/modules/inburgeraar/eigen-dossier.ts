import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GemeentePrincipal } from '../auth/principal.js';
import { DomainError } from '../shared/domain-error.js';
import { isUuid } from '../shared/uuid.js';
import { inburgeraarScope } from '../tenancy/scope.js';
import { Inburgeraar } from './inburgeraar.entity.js';

/**
 * One of the gemeente's own dossiers, or NOT_FOUND DOSSIER_ONBEKEND (also for another gemeente's: whether it
 * exists elsewhere is not this gemeente's business). With `vergrendel`, the row is locked for the transaction
 * so changes to one person (PIP versions, decisions) are serialised.
 */
export async function eigenDossier(
  em: EntityManager, gemeente: GemeentePrincipal, id: string, veld: string, opties: { vergrendel?: boolean; populate?: readonly string[] } = {},
): Promise<Inburgeraar> {
  const persoon = isUuid(id)
    ? await em.findOne(Inburgeraar, { $and: [{ id }, inburgeraarScope(gemeente)] }, { populate: (opties.populate ?? []) as never })
    : null;
  if (!persoon) throw new DomainError('NOT_FOUND', [{ code: 'DOSSIER_ONBEKEND', veld, melding: 'Dit dossier bestaat niet of hoort niet bij uw gemeente.' }]);
  if (opties.vergrendel) await em.lock(persoon, LockMode.PESSIMISTIC_WRITE);
  return persoon as Inburgeraar;
}
