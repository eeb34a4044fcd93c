import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal.js';
import { DomainError } from '../shared/domain-error.js';
import { AanbiederReferentieFout as F } from '../traject/aanbieder-referentie.errors.js';
import { AanbiederReferentieService } from '../traject/aanbieder-referentie.service.js';
import type { AanwezigheidInvoer } from './aanwezigheid.rules.js';

/** A row as the API takes it: the traject named by the portal's id or by the school's own reference, one of the two. */
export type BenoemdeInvoer = Omit<AanwezigheidInvoer, 'trajectId'> & { trajectId?: string | null; aanbiederReferentie?: string | null };

/** Each row with its traject id, or the coded reason it names no traject of the aanbieder's. */
export type MetTrajectId = { invoer: AanwezigheidInvoer } | { fout: DomainError };

/**
 * Turns the school's references into traject ids before the attendance rules run, for a whole batch in one
 * statement. Kept outside AanwezigheidService so its rules see only ids, as before references existed.
 */
export async function metTrajectIds(em: EntityManager, principal: Principal, rijen: readonly BenoemdeInvoer[]): Promise<MetTrajectId[]> {
  const referentie = (r: BenoemdeInvoer) => r.aanbiederReferentie?.trim() || null;
  const referenties = rijen.filter((r) => !r.trajectId && referentie(r)).map((r) => referentie(r)!);
  const ids = await new AanbiederReferentieService(em).trajectIdsVoorReferenties(principal, referenties);
  return rijen.map(({ trajectId, aanbiederReferentie: _, ...rest }, i): MetTrajectId => {
    const ref = referentie(rijen[i]!);
    if (Boolean(trajectId) === Boolean(ref)) return { fout: DomainError.van(F.TRAJECT_OF_REFERENTIE, 'input.trajectId') };
    if (trajectId) return { invoer: { ...rest, trajectId } };
    const gevonden = ids.get(ref!);
    return gevonden ? { invoer: { ...rest, trajectId: gevonden } } : { fout: DomainError.van(F.REFERENTIE_ONBEKEND, 'input.aanbiederReferentie') };
  });
}
