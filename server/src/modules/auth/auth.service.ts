import type { EntityManager } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import type { ApiToken } from './api-token.entity.js';
import { Gebruiker } from './gebruiker.entity.js';
import { hashWachtwoord, verifieerWachtwoord } from './wachtwoord.js';
import type { Principal } from './principal.js';
import { hashToken, principalVoorApiToken, principalVoorSessie } from './principal-opzoeken.js';
import { Sessie } from './sessie.entity.js';

export function nieuwToken(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

export class AuthService {
  constructor(private readonly em: EntityManager, private readonly sessieUren = 8) {}

  /** Returns a new session token and the principal, or undefined without saying which part was wrong. */
  async login(email: string, wachtwoord: string): Promise<{ token: string; principal: Principal; verlooptOp: Date } | undefined> {
    const gebruiker = await this.em.findOne(Gebruiker, { email: email.trim().toLowerCase(), actief: true },
      { populate: ['gemeente', 'aanbieder', 'wachtwoordHash'] });
    // Verify against a real hash even for an unknown address, so timing does not reveal which addresses exist.
    const hash = gebruiker?.wachtwoordHash ?? (await dummyHash());
    const klopt = await verifieerWachtwoord(hash, wachtwoord);
    if (!gebruiker || !klopt) return undefined;

    const token = nieuwToken('ses');
    const nu = new Date();
    const verlooptOp = new Date(nu.getTime() + this.sessieUren * 3_600_000);
    this.em.create(Sessie, { tokenHash: hashToken(token), gebruiker, aangemaaktOp: nu, verlooptOp });
    gebruiker.vorigeLoginOp = gebruiker.laatsteLoginOp ?? null;
    gebruiker.laatsteLoginOp = nu;
    await this.em.flush();
    return { token, principal: gebruikerPrincipal(gebruiker), verlooptOp };
  }

  principalVoorSessie(token: string): Promise<Principal | undefined> {
    return principalVoorSessie(this.em, token);
  }

  async logout(token: string): Promise<void> {
    await this.em.nativeDelete(Sessie, { tokenHash: hashToken(token) });
  }

  principalVoorApiToken(token: string): Promise<Principal | undefined> {
    return principalVoorApiToken(this.em, token);
  }

  async verwijderVerlopenSessies(): Promise<number> {
    return this.em.nativeDelete(Sessie, { verlooptOp: { $lte: new Date() } });
  }
}

export function gebruikerPrincipal(gebruiker: Gebruiker): Principal {
  const basis = { rollen: gebruiker.rollen, gebruikerId: gebruiker.id, naam: gebruiker.naam, wachtwoordWijzigen: gebruiker.wachtwoordWijzigen };
  if (gebruiker.gemeente) {
    return { ...basis, soort: 'gemeente', gemeenteId: gebruiker.gemeente.id, organisatieNaam: gebruiker.gemeente.naam };
  }
  if (!gebruiker.aanbieder) throw new Error(`gebruiker ${gebruiker.id} has no organisation`);
  return { ...basis, soort: 'aanbieder', aanbiederId: gebruiker.aanbieder.id, organisatieNaam: gebruiker.aanbieder.naam };
}

let dummy: Promise<string> | undefined;
function dummyHash(): Promise<string> {
  dummy ??= hashWachtwoord(randomBytes(16).toString('hex'));
  return dummy;
}

/** The principal of an aanbieder's system, from its (not revoked) token with the aanbieder populated. */
export function tokenPrincipal(apiToken: ApiToken): Principal {
  return {
    soort: 'aanbieder',
    aanbiederId: apiToken.aanbieder.id,
    organisatieNaam: apiToken.aanbieder.naam,
    rollen: apiToken.rollen,
    tokenId: apiToken.id,
    naam: apiToken.naam,
  };
}
