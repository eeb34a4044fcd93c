import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GemeentePrincipal } from '../auth/principal.js';
import { DomainError } from '../shared/domain-error.js';
import { isUuid } from '../shared/uuid.js';
import { inburgeraarScope } from '../tenancy/scope.js';
import type { DOSSIER_STATUSSEN } from './dossier.codes.js';
import { DossierFout as F } from './dossier.errors.js';
import { Inburgeraar } from './inburgeraar.entity.js';

/**
 * Dossiers that take no change from anyone: a withdrawn one (wrongly registered, 004) is kept only as the
 * record of that correction, and a moved person's dossier is continued by the new gemeente. Reading stays.
 */
const GESLOTEN: Partial<Record<(typeof DOSSIER_STATUSSEN)[number], string>> = {
  INGETROKKEN: 'Dit dossier is ingetrokken: u kunt het nog inzien, maar niet meer wijzigen.',
  VERHUISD: 'Deze inburgeraar is verhuisd naar een andere gemeente: u kunt het dossier nog inzien, maar niet meer wijzigen.',
};

/** A dossier the retention job cleared holds only its 50-year fields: a change would start a record retention just ended. */
const GESCHOOND = 'De bewaartermijn van dit dossier is verstreken: alleen de gegevens die 50 jaar bewaard blijven zijn er nog. U kunt het inzien, maar niet meer wijzigen.';

/**
 * One of the gemeente's own dossiers, or NOT_FOUND DOSSIER_ONBEKEND (also for another gemeente's: whether it
 * exists elsewhere is not this gemeente's business). With `vergrendel`, the row is locked for the transaction
 * so changes to one person (PIP versions, decisions) are serialised. With `wijzigen` (every gemeente write),
 * the row is locked too and a withdrawn, moved or cleared (retention) dossier is refused with CONFLICT DOSSIER_GESLOTEN.
 */
export async function eigenDossier(
  em: EntityManager, gemeente: GemeentePrincipal, id: string, veld: string,
  opties: { vergrendel?: boolean; wijzigen?: boolean; populate?: readonly string[] } = {},
): Promise<Inburgeraar> {
  const persoon = isUuid(id)
    ? await em.findOne(Inburgeraar, { $and: [{ id }, inburgeraarScope(gemeente)] }, { populate: (opties.populate ?? []) as never })
    : null;
  if (!persoon) throw DomainError.van(F.DOSSIER_ONBEKEND, veld);
  if (opties.vergrendel || opties.wijzigen) await em.lock(persoon, LockMode.PESSIMISTIC_WRITE);
  const gesloten = !opties.wijzigen ? undefined : persoon.retentieToegepastOp ? GESCHOOND : GESLOTEN[persoon.status as (typeof DOSSIER_STATUSSEN)[number]];
  if (gesloten) throw DomainError.van(F.DOSSIER_GESLOTEN, veld, gesloten);
  return persoon as Inburgeraar;
}
