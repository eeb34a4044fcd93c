import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal.js';
import { vereisGemeente } from '../auth/vereis.js';
import { Inburgeraar } from '../inburgeraar/inburgeraar.entity.js';
import { DomainError } from '../shared/domain-error.js';
import { isUuid } from '../shared/uuid.js';
import { inburgeraarScope } from '../tenancy/scope.js';
import { inzagesVan, type InzageRegel } from './inzage.js';

export class InzageService {
  constructor(private readonly em: EntityManager) {}

  /** The access log of one of the gemeente's own people. */
  async vanPersoon(principal: Principal, inburgeraarId: string): Promise<InzageRegel[]> {
    const gemeente = vereisGemeente(principal);
    const persoon = isUuid(inburgeraarId) ? await this.em.findOne(Inburgeraar, { $and: [{ id: inburgeraarId }, inburgeraarScope(gemeente)] }, { fields: ['id'] }) : null;
    if (!persoon) throw new DomainError('NOT_FOUND', [{ code: 'DOSSIER_ONBEKEND', veld: 'inburgeraarId', melding: 'Dit dossier bestaat niet of hoort niet bij uw gemeente.' }]);
    return inzagesVan(this.em, persoon.id);
  }
}
