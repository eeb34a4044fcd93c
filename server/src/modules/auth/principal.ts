import type { Rol } from './rol.js';

/** Who is asking: a gemeente employee, or an aanbieder's employee or system (API token). */
export type Principal = GemeentePrincipal | AanbiederPrincipal;

interface PrincipalBasis {
  organisatieNaam: string;
  rollen: Rol[];
  /** Exactly one of these is set: a person logged in, or a system with a token. */
  gebruikerId?: string;
  tokenId?: string;
  /** Name of the user or the token, for "ingelogd als". */
  naam: string;
  /** A user who must replace an initial password first: nothing but that is open to them until then. */
  wachtwoordWijzigen?: boolean;
}

export interface GemeentePrincipal extends PrincipalBasis {
  soort: 'gemeente';
  gemeenteId: string;
}

export interface AanbiederPrincipal extends PrincipalBasis {
  soort: 'aanbieder';
  aanbiederId: string;
}

export function organisatieId(principal: Principal): string {
  return principal.soort === 'gemeente' ? principal.gemeenteId : principal.aanbiederId;
}

/** `muteren` implies `raadplegen`; `beheer` is about users and tokens, not dossiers. */
export function heeftRol(principal: Principal, rol: Rol): boolean {
  if (rol === 'RAADPLEGEN') return principal.rollen.includes('RAADPLEGEN') || principal.rollen.includes('MUTEREN');
  return principal.rollen.includes(rol);
}
