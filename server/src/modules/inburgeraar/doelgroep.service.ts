import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal.js';
import { vereisGemeente } from '../auth/vereis.js';
import { isIsoDatum, plusDagen, type IsoDatum } from '../shared/datum.js';
import { DomainError } from '../shared/domain-error.js';
import { isUuid } from '../shared/uuid.js';
import { inburgeraarScope } from '../tenancy/scope.js';
import { DoelgroepPeriode } from './doelgroep-periode.entity.js';
import type { Doelgroep } from './dossier.codes.js';
import { Inburgeraar } from './inburgeraar.entity.js';

/** A doelgroep change closes the current period the day before and opens a new one: the history stays. */
export class DoelgroepService {
  constructor(private readonly em: EntityManager) {}

  async wijzig(principal: Principal, inburgeraarId: string, doelgroep: Doelgroep, begindatum: IsoDatum): Promise<DoelgroepPeriode> {
    const gemeente = vereisGemeente(principal);
    if (!isIsoDatum(begindatum)) {
      throw new DomainError('BAD_USER_INPUT', [{ code: 'DATUM_ONGELDIG', veld: 'begindatum', melding: `"${begindatum}" is geen geldige datum; gebruik JJJJ-MM-DD.` }]);
    }
    return this.em.transactional(async (em) => {
      const persoon = isUuid(inburgeraarId) ? await em.findOne(Inburgeraar, { $and: [{ id: inburgeraarId }, inburgeraarScope(gemeente)] }) : null;
      if (!persoon) throw new DomainError('NOT_FOUND', [{ code: 'DOSSIER_ONBEKEND', veld: 'inburgeraarId', melding: 'Dit dossier bestaat niet of hoort niet bij uw gemeente.' }]);
      await em.lock(persoon, LockMode.PESSIMISTIC_WRITE);
      const huidig = await em.findOne(DoelgroepPeriode, { inburgeraar: persoon, einddatum: null });
      if (huidig?.doelgroep === doelgroep) return huidig;
      if (huidig && begindatum <= huidig.begindatum) {
        throw new DomainError('BAD_USER_INPUT', [{ code: 'DOELGROEP_VOOR_HUIDIGE', veld: 'begindatum', melding: `Een nieuwe doelgroep begint na de huidige (sinds ${huidig.begindatum}).` }]);
      }
      if (huidig) {
        huidig.einddatum = plusDagen(begindatum, -1);
        await em.flush(); // the old period stops being current before the new one is inserted (unique index)
      }
      const nieuw = em.create(DoelgroepPeriode, { inburgeraar: persoon, doelgroep, begindatum, einddatum: null });
      await em.flush();
      return nieuw;
    });
  }
}
