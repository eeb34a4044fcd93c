import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, Overtredingen } from '../shared/domain-error.js';
import { isUuid } from '../shared/uuid.js';
import { ApiTokenFout as F } from './auth.errors.js';
import { ApiToken } from './api-token.entity.js';
import { nieuwToken } from './auth.service.js';
import { API_TOKEN_PREFIX, hashToken } from './principal-opzoeken.js';
import type { Principal } from './principal.js';
import type { Rol } from './rol.js';
import { vereisAanbieder } from './vereis.js';

/** Roles a system may hold: reading and reporting, never user or token management. */
const TOKEN_ROLLEN: readonly Rol[] = ['RAADPLEGEN', 'MUTEREN'];

/** API tokens for an aanbieder's own systems, managed by its BEHEER users. */
export class ApiTokenService {
  constructor(private readonly em: EntityManager) {}

  async lijst(principal: Principal): Promise<ApiToken[]> {
    const aanbieder = vereisAanbieder(principal);
    return this.em.find(ApiToken, { aanbieder: aanbieder.aanbiederId }, { orderBy: { aangemaaktOp: 'desc' } });
  }

  /** The plain token is returned once, here, and never stored: only its SHA-256. */
  async maak(principal: Principal, naam: string, rollen: Rol[]): Promise<{ token: string; apiToken: ApiToken }> {
    const aanbieder = vereisAanbieder(principal);
    const fouten = new Overtredingen();
    const schoneNaam = naam.trim();
    if (schoneNaam.length < 1 || schoneNaam.length > 100) {
      fouten.add(F.NAAM_ONGELDIG, 'naam');
    }
    if (rollen.length === 0 || rollen.some((r) => !TOKEN_ROLLEN.includes(r))) {
      fouten.add(F.ROL_ONGELDIG, 'rollen');
    }
    fouten.throwIfAny();
    const token = nieuwToken(API_TOKEN_PREFIX);
    const apiToken = this.em.create(ApiToken, {
      aanbieder: aanbieder.aanbiederId, naam: schoneNaam, rollen: [...new Set(rollen)], tokenHash: hashToken(token),
      aangemaaktDoor: aanbieder.gebruikerId ?? null, aangemaaktOp: new Date(), ingetrokkenOp: null,
    });
    await this.em.flush();
    return { token, apiToken };
  }

  async trekIn(principal: Principal, id: string): Promise<ApiToken> {
    const aanbieder = vereisAanbieder(principal);
    const apiToken = isUuid(id) ? await this.em.findOne(ApiToken, { id, aanbieder: aanbieder.aanbiederId }) : null;
    if (!apiToken) {
      throw DomainError.van(F.ONBEKEND, 'id');
    }
    apiToken.ingetrokkenOp ??= new Date();
    await this.em.flush();
    return apiToken;
  }
}
