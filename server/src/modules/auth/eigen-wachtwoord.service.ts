import type { EntityManager } from '@mikro-orm/postgresql';
import { logBeheer } from '../beheerlog/beheer-log.js';
import { DomainError, Overtredingen } from '../shared/domain-error.js';
import { EigenWachtwoordFout as F } from './auth.errors.js';
import { hashToken } from './principal-opzoeken.js';
import { Gebruiker } from './gebruiker.entity.js';
import type { Principal } from './principal.js';
import { Sessie } from './sessie.entity.js';
import { hashWachtwoord, verifieerWachtwoord } from './wachtwoord.js';
import { controleerNieuwWachtwoord } from './wachtwoord-beleid.js';

export { WACHTWOORD_MAX, WACHTWOORD_MIN } from './wachtwoord-beleid.js';

/** A logged-in person replaces their own password; every other session of theirs ends, this one stays. */
export class EigenWachtwoordService {
  constructor(private readonly em: EntityManager) {}

  async wijzig(principal: Principal, sessieToken: string, huidig: string, nieuw: string): Promise<Principal> {
    if (!principal.gebruikerId) {
      throw DomainError.van(F.ALLEEN_GEBRUIKER, 'huidig');
    }
    const gebruiker = await this.em.findOneOrFail(Gebruiker, principal.gebruikerId, { populate: ['wachtwoordHash'] });
    const fouten = new Overtredingen();
    if (!(await verifieerWachtwoord(gebruiker.wachtwoordHash, huidig))) {
      fouten.add(F.WACHTWOORD_ONJUIST, 'huidig');
    }
    await controleerNieuwWachtwoord(nieuw, { email: gebruiker.email, huidig }, fouten, 'nieuw');
    fouten.throwIfAny();

    const wachtwoordHash = await hashWachtwoord(nieuw);
    await this.em.transactional(async (tx) => {
      await tx.nativeUpdate(Gebruiker, { id: gebruiker.id }, { wachtwoordHash, wachtwoordWijzigen: false });
      // Whoever knew the old password (a beheerder, a thief) loses every session but this one.
      await tx.nativeDelete(Sessie, { gebruiker: gebruiker.id, tokenHash: { $ne: hashToken(sessieToken) } });
      logBeheer(tx, { ...principal, gebruikerId: gebruiker.id }, 'WACHTWOORD_GEWIJZIGD', gebruiker.id, {});
    });
    return { ...principal, wachtwoordWijzigen: false };
  }
}
