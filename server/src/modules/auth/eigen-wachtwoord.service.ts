import type { EntityManager } from '@mikro-orm/postgresql';
import { logBeheer } from '../beheerlog/beheer-log.js';
import { DomainError, Overtredingen } from '../shared/domain-error.js';
import { EigenWachtwoordFout as F } from './auth.errors.js';
import { hashToken } from './principal-opzoeken.js';
import { Gebruiker } from './gebruiker.entity.js';
import type { Principal } from './principal.js';
import { Sessie } from './sessie.entity.js';
import { hashWachtwoord, verifieerWachtwoord } from './wachtwoord.js';

/** NCSC and OWASP favour length over composition rules: at least 12 characters, at most 128 (argon2 needs no more). */
export const WACHTWOORD_MIN = 12;
export const WACHTWOORD_MAX = 128;

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
    if ([...nieuw].length < WACHTWOORD_MIN) {
      fouten.add(F.WACHTWOORD_TE_KORT, 'nieuw', `Kies een wachtwoord van minstens ${WACHTWOORD_MIN} tekens; een zin van een paar woorden is sterk en goed te onthouden.`);
    } else if ([...nieuw].length > WACHTWOORD_MAX) {
      fouten.add(F.WACHTWOORD_TE_LANG, 'nieuw', `Kies een wachtwoord van hoogstens ${WACHTWOORD_MAX} tekens.`);
    } else if (nieuw === huidig) {
      fouten.add(F.WACHTWOORD_ONGEWIJZIGD, 'nieuw');
    }
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
