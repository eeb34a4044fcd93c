import { DomainError } from '../shared/domain-error.js';
import { heeftRol, type AanbiederPrincipal, type GemeentePrincipal, type Principal } from './principal.js';

/** Services re-check the principal's kind; the HTTP layer already did, this keeps a service safe on its own. */
export function vereisAanbieder(principal: Principal): AanbiederPrincipal {
  if (principal.soort !== 'aanbieder') {
    throw new DomainError('FORBIDDEN', [{ code: 'ALLEEN_AANBIEDER', veld: '', melding: 'Dit kan alleen een aanbieder.' }]);
  }
  return principal;
}

export function vereisGemeente(principal: Principal): GemeentePrincipal {
  if (principal.soort !== 'gemeente') {
    throw new DomainError('FORBIDDEN', [{ code: 'ALLEEN_GEMEENTE', veld: '', melding: 'Dit kan alleen een medewerker van een gemeente.' }]);
  }
  return principal;
}

/**
 * Managing users and contracts: only a person (not an API token) with the BEHEER role. Returned with its
 * user id, which the guard rails (not yourself) and the beheer log need.
 */
export function vereisBeheer<P extends Principal>(principal: P): P & { gebruikerId: string } {
  if (!principal.gebruikerId || !heeftRol(principal, 'BEHEER')) {
    throw new DomainError('FORBIDDEN', [{ code: 'BEHEER_VEREIST', veld: '', melding: 'Alleen een gebruiker met de rol BEHEER kan gebruikers en contracten beheren.' }]);
  }
  return principal as P & { gebruikerId: string };
}
