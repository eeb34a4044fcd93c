import type { EntityManager } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import type { ApiToken } from './api-token.entity.js';
import { Gebruiker } from './gebruiker.entity.js';
import { hashWachtwoord, verifieerWachtwoord } from './wachtwoord.js';
import type { Principal } from './principal.js';
import { hashToken, principalVoorApiToken, principalVoorSessie } from './principal-opzoeken.js';
import { Sessie } from './sessie.entity.js';
import type { InlogDrempel } from './inlog-drempel.js';
import { emAlsSysteem } from '../tenancy/database-principaal.js';

export function nieuwToken(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

export class AuthService {
  constructor(private readonly em: EntityManager, private readonly sessieUren = 8, private readonly idleMinuten = 30) {}

  /**
   * A new session token and the principal; or why not, without saying which part was wrong. With `drempel`, the
   * attempt is counted first and refused unchecked when the address or the IP is over its limit (inlog-drempel.ts).
   */
  async login(email: string, wachtwoord: string, opties: { ip?: string; drempel?: InlogDrempel } = {}): Promise<LoginUitkomst> {
    const adres = email.trim().toLowerCase();
    const { ip = '', drempel } = opties;
    const wachten = await drempel?.poging(adres, ip);
    if (wachten !== undefined) return { soort: 'te-vaak', wachtSeconden: wachten };

    // Before anyone is known: row-level security lets the 'aanmelden' principal find the account and write the session.
    const em = emAlsSysteem(this.em, 'aanmelden');
    const gebruiker = await em.findOne(Gebruiker, { email: adres, actief: true },
      { populate: ['gemeente', 'aanbieder', 'wachtwoordHash'] });
    // Verify against a real hash even for an unknown address, so timing does not reveal which addresses exist.
    const hash = gebruiker?.wachtwoordHash ?? (await dummyHash());
    const klopt = await verifieerWachtwoord(hash, wachtwoord);
    if (!gebruiker || !klopt) return { soort: 'onjuist' };

    await drempel?.gelukt(adres, ip);
    const token = nieuwToken('ses');
    const nu = new Date();
    const verlooptOp = new Date(nu.getTime() + this.sessieUren * 3_600_000);
    em.create(Sessie, { tokenHash: hashToken(token), gebruiker, aangemaaktOp: nu, verlooptOp, laatsteActiviteitOp: nu });
    gebruiker.vorigeLoginOp = gebruiker.laatsteLoginOp ?? null;
    gebruiker.laatsteLoginOp = nu;
    await em.flush();
    return { soort: 'ingelogd', token, principal: gebruikerPrincipal(gebruiker), verlooptOp };
  }

  principalVoorSessie(token: string): Promise<Principal | undefined> {
    return principalVoorSessie(this.em, token, this.idleMinuten);
  }

  async logout(token: string): Promise<void> {
    await emAlsSysteem(this.em, 'aanmelden').nativeDelete(Sessie, { tokenHash: hashToken(token) });
  }

  principalVoorApiToken(token: string): Promise<Principal | undefined> {
    return principalVoorApiToken(this.em, token);
  }

  /** Sessions past their lifetime or idle too long; `principalVoorSessie` refuses them already, this removes the rows. */
  async verwijderVerlopenSessies(nu = new Date()): Promise<number> {
    const idleGrens = new Date(nu.getTime() - this.idleMinuten * 60_000);
    return emAlsSysteem(this.em, 'opruimen').nativeDelete(Sessie, { $or: [{ verlooptOp: { $lte: nu } }, { laatsteActiviteitOp: { $lte: idleGrens } }] });
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

export type LoginUitkomst =
  | { soort: 'ingelogd'; token: string; principal: Principal; verlooptOp: Date }
  | { soort: 'onjuist' }
  | { soort: 'te-vaak'; wachtSeconden: number };

let dummy: Promise<string> | undefined;
/** Hashed once per process; call it at start (authRoutes does) so the first unknown address is not slower either. */
export function dummyHash(): Promise<string> {
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
