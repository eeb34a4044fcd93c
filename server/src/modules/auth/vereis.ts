import { DomainError } from '../shared/domain-error.js';
import { AuthFout as F } from './auth.errors.js';
import { heeftRol, type AanbiederPrincipal, type GemeentePrincipal, type Principal } from './principal.js';

/** Services re-check the principal's kind; the HTTP layer already did, this keeps a service safe on its own. */
export function vereisAanbieder(principal: Principal): AanbiederPrincipal {
  if (principal.soort !== 'aanbieder') {
    throw DomainError.van(F.ALLEEN_AANBIEDER, '');
  }
  return principal;
}

export function vereisGemeente(principal: Principal): GemeentePrincipal {
  if (principal.soort !== 'gemeente') {
    throw DomainError.van(F.ALLEEN_GEMEENTE, '');
  }
  return principal;
}

/**
 * Managing users and contracts: only a person (not an API token) with the BEHEER role. Returned with its
 * user id, which the guard rails (not yourself) and the beheer log need.
 */
export function vereisBeheer<P extends Principal>(principal: P): P & { gebruikerId: string } {
  if (!principal.gebruikerId || !heeftRol(principal, 'BEHEER')) {
    throw DomainError.van(F.BEHEER_VEREIST, '');
  }
  return principal as P & { gebruikerId: string };
}
