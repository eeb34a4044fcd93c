import { eigenDossier } from './eigen-dossier.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal.js';
import { vereisGemeente } from '../auth/vereis.js';
import { datumNl, isIsoDatum, plusDagen, type IsoDatum } from '../shared/datum.js';
import { DomainError } from '../shared/domain-error.js';
import { logInzage } from '../inzage/inzage.js';
import { DoelgroepPeriode } from './doelgroep-periode.entity.js';
import type { Doelgroep } from './dossier.codes.js';
import { DossierFout as F } from './dossier.errors.js';

/** A doelgroep change closes the current period the day before and opens a new one: the history stays. */
export class DoelgroepService {
  constructor(private readonly em: EntityManager) {}

  async wijzig(principal: Principal, inburgeraarId: string, doelgroep: Doelgroep, begindatum: IsoDatum): Promise<DoelgroepPeriode> {
    const gemeente = vereisGemeente(principal);
    if (!isIsoDatum(begindatum)) {
      throw DomainError.van(F.DATUM_ONGELDIG, 'begindatum', `"${begindatum}" is geen geldige datum; gebruik JJJJ-MM-DD.`);
    }
    return this.em.transactional(async (em) => {
      const persoon = await eigenDossier(em, gemeente, inburgeraarId, 'inburgeraarId', { wijzigen: true });
      const huidig = await em.findOne(DoelgroepPeriode, { inburgeraar: persoon, einddatum: null });
      if (huidig?.doelgroep === doelgroep) {
        await logInzage(em, gemeente, 'DOSSIER_GELEZEN', [persoon.id]); // nothing changed, but the answer shows the current period
        return huidig;
      }
      if (huidig && begindatum <= huidig.begindatum) {
        throw DomainError.van(F.DOELGROEP_VOOR_HUIDIGE, 'begindatum', `Een nieuwe doelgroep begint na de huidige (sinds ${datumNl(huidig.begindatum)}).`);
      }
      if (huidig) {
        huidig.einddatum = plusDagen(begindatum, -1);
        await em.flush(); // the old period stops being current before the new one is inserted (unique index)
      }
      const nieuw = em.create(DoelgroepPeriode, { inburgeraar: persoon, doelgroep, begindatum, einddatum: null });
      await em.flush();
      await logInzage(em, gemeente, 'DOSSIER_GEWIJZIGD', [persoon.id]);
      return nieuw;
    });
  }
}
