import type { EntityManager } from '@mikro-orm/postgresql';
import { eigenDossier } from '../inburgeraar/eigen-dossier.js';
import type { Principal } from '../auth/principal.js';
import { vereisGemeente } from '../auth/vereis.js';
import { inzagesVan, type InzageRegel } from './inzage.js';

export class InzageService {
  constructor(private readonly em: EntityManager) {}

  /** The access log of one of the gemeente's own people. */
  async vanPersoon(principal: Principal, inburgeraarId: string): Promise<InzageRegel[]> {
    const gemeente = vereisGemeente(principal);
    const persoon = await eigenDossier(this.em, gemeente, inburgeraarId, 'inburgeraarId');
    return inzagesVan(this.em, persoon.id);
  }
}
