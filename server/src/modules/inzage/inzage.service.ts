import type { EntityManager } from '@mikro-orm/postgresql';
import { eigenDossier } from '../inburgeraar/eigen-dossier.js';
import type { Principal } from '../auth/principal.js';
import { vereisGemeente } from '../auth/vereis.js';
import { avgInzageBestand, type AvgInzageBestand } from './avg-inzage.js';
import { inzagesVan, logInzage, type InzageRegel } from './inzage.js';

export class InzageService {
  constructor(private readonly em: EntityManager) {}

  /** The access log of one of the gemeente's own people; reading it is itself a line (who looked at who looked). */
  async vanPersoon(principal: Principal, inburgeraarId: string): Promise<InzageRegel[]> {
    const gemeente = vereisGemeente(principal);
    const persoon = await eigenDossier(this.em, gemeente, inburgeraarId, 'inburgeraarId');
    const regels = await inzagesVan(this.em, persoon.id);
    await logInzage(this.em, gemeente, 'INZAGELOG_GELEZEN', [persoon.id]);
    return regels;
  }

  /** One person's data and whole access log as a file for an AVG inzageverzoek (art. 15); logged as an export. */
  async exporteer(principal: Principal, inburgeraarId: string, nu: Date = new Date()): Promise<AvgInzageBestand> {
    const gemeente = vereisGemeente(principal);
    const persoon = await eigenDossier(this.em, gemeente, inburgeraarId, 'inburgeraarId');
    const bestand = await avgInzageBestand(this.em, gemeente, persoon.id, nu);
    await logInzage(this.em, gemeente, 'INZAGE_GEEXPORTEERD', [persoon.id]);
    return bestand;
  }
}
