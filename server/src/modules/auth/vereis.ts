import { DomainError } from '../shared/domain-error.js';
import type { AanbiederPrincipal, GemeentePrincipal, Principal } from './principal.js';

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
