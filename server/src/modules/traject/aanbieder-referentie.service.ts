import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal.js';
import { vereisAanbieder } from '../auth/vereis.js';
import { DomainError } from '../shared/domain-error.js';
import { logInzage } from '../inzage/inzage.js';
import { isUuid } from '../shared/uuid.js';
import { trajectScope } from '../tenancy/scope.js';
import { AanbiederReferentieFout as F } from './aanbieder-referentie.errors.js';
import { Traject } from './traject.entity.js';

export const MAX_REFERENTIE = 40;
/** What a school's administration writes in a number: no accents or quotes, so it survives every CSV and spreadsheet round trip. */
const REFERENTIE = /^[A-Za-z0-9._/-]+(?: [A-Za-z0-9._/-]+)*$/;

/** The reference as stored: trimmed, empty meaning none; refused with a code when too long or with other characters. */
export function leesReferentie(tekst: string | null | undefined, veld: string): string | null {
  const schoon = (tekst ?? '').trim();
  if (schoon === '') return null;
  if (schoon.length > MAX_REFERENTIE) throw DomainError.van(F.REFERENTIE_TE_LANG, veld);
  if (!REFERENTIE.test(schoon)) throw DomainError.van(F.REFERENTIE_TEKENS_ONGELDIG, veld);
  return schoon;
}

export class AanbiederReferentieService {
  constructor(private readonly em: EntityManager) {}

  /** Sets (or with an empty value clears) the aanbieder's own reference of one of its running trajecten. */
  async zet(principal: Principal, trajectId: string, referentie: string | null | undefined): Promise<{ trajectId: string; aanbiederReferentie: string | null }> {
    const aanbieder = vereisAanbieder(principal);
    const waarde = leesReferentie(referentie, 'referentie');
    try {
      // The change and its access-log line in one transaction: neither without the other.
      return await this.em.transactional(async (em) => {
        const traject = isUuid(trajectId) ? await em.findOne(Traject, { $and: [{ id: trajectId }, trajectScope(aanbieder)] }) : null;
        if (!traject) throw DomainError.van(F.TRAJECT_ONBEKEND, 'trajectId');
        traject.aanbiederReferentie = waarde;
        // The partial unique index decides, so two clicks at once cannot both give one reference away.
        await em.flush();
        await logInzage(em, aanbieder, 'GEGEVENS_GEMELD', [traject.inburgeraar.id]);
        return { trajectId: traject.id, aanbiederReferentie: waarde };
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw DomainError.van(F.REFERENTIE_DUBBEL, 'referentie');
      throw error;
    }
  }

  /**
   * The aanbieder's running trajecten that carry these references, in one statement for a whole upload batch. Only
   * trajecten it may report on (the tenancy scope), so a reference never reaches another school's traject.
   */
  async trajectIdsVoorReferenties(principal: Principal, referenties: readonly string[]): Promise<Map<string, string>> {
    const aanbieder = vereisAanbieder(principal);
    const uniek = [...new Set(referenties)];
    if (uniek.length === 0) return new Map();
    const trajecten = await this.em.find(Traject, { $and: [{ aanbiederReferentie: { $in: uniek } }, trajectScope(aanbieder)] }, { fields: ['id', 'aanbiederReferentie'] });
    return new Map(trajecten.map((t) => [t.aanbiederReferentie!, t.id]));
  }
}
