import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal.js';
import { vereisAanbieder } from '../auth/vereis.js';
import { isIsoDatum, vandaag as vandaagInNederland, type IsoDatum } from '../shared/datum.js';
import { DomainError, type Overtreding } from '../shared/domain-error.js';
import { isUuid } from '../shared/uuid.js';
import { logInzageVoorTrajecten } from '../inzage/inzage.js';
import { trajectScope } from '../tenancy/scope.js';
import { Aanwezigheid } from './aanwezigheid.entity.js';
import { AanwezigheidFout as F, MAX_RIJEN } from './aanwezigheid.errors.js';
import { verwerkReeks, type AanwezigheidRegistratie, type RijResultaat } from './aanwezigheid-reeks.js';
import type { AanwezigheidInvoer } from './aanwezigheid.rules.js';
import { reeksHash } from './reeks-sleutel.js';
import { metTrajectIds, type BenoemdeInvoer } from './traject-referenties.js';

export type { AanwezigheidRegistratie, AanwezigheidVersie, RijResultaat } from './aanwezigheid-reeks.js';
export { MAX_RIJEN } from './aanwezigheid.errors.js';

export interface ReeksOpties {
  /** Judge everything as if saving, later rows seeing earlier ones, then save nothing. */
  proefdraai?: boolean;
  /** Save every row or none: one wrong row refuses the batch with REEKS_AFGEWEZEN. */
  allesOfNiets?: boolean;
  /** Idempotency key: the same key with the same rows answers the first answer again and writes nothing. */
  sleutel?: string | null;
  vandaag?: IsoDatum;
}

export class AanwezigheidService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Records many periods at once with a result per row, set-based (aanwezigheid-reeks.ts): a wrong row is reported at
   * its fields while the good rows are kept (issue 4: "the good rows never lost"), unless `allesOfNiets`.
   */
  async registreerReeks(principal: Principal, benoemd: readonly BenoemdeInvoer[], opties: ReeksOpties = {}): Promise<RijResultaat[]> {
    const aanbieder = vereisAanbieder(principal);
    if (benoemd.length === 0 || benoemd.length > MAX_RIJEN) {
      throw DomainError.van(F.REEKS_ONGELDIG, 'rijen', `Stuur 1 tot ${MAX_RIJEN} regels per keer.`);
    }
    const allesOfNiets = opties.allesOfNiets ?? false;
    // A row may name its traject by the school's own reference: one statement turns those into ids; a reference that
    // names none of the school's trajecten is that row's fault, judged with the batch's other faults.
    const metIds = await metTrajectIds(this.em, principal, benoemd);
    const rijen = metIds.map((m, rij): AanwezigheidInvoer => ('invoer' in m ? m.invoer : { ...zonderReferentie(benoemd[rij]!), trajectId: '' }));
    return verwerkReeks(this.em, {
      aanbieder, rijen, allesOfNiets,
      voorafFouten: metIds.map((m) => ('fout' in m ? m.fout.overtredingen : null)),
      vandaag: opties.vandaag ?? vandaagInNederland(),
      proefdraai: opties.proefdraai ?? false,
      sleutel: opties.sleutel ? { aanbiederId: aanbieder.aanbiederId, sleutel: opties.sleutel, hash: reeksHash(benoemd, { allesOfNiets }) } : null,
    });
  }

  /** The current reports of some of the aanbieder's own trajecten for the period starting `periodeVan`. One statement. */
  async inPeriode(principal: Principal, trajectIds: string[], periodeVan: IsoDatum): Promise<Aanwezigheid[]> {
    const aanbieder = vereisAanbieder(principal);
    if (!isIsoDatum(periodeVan)) throw DomainError.van(F.DATUM_ONGELDIG, 'periodeVan');
    const ids = trajectIds.filter(isUuid).slice(0, MAX_RIJEN);
    if (ids.length === 0) return [];
    const gevonden = await this.em.find(Aanwezigheid, { periodeVan, vervangenOp: null, traject: { $and: [{ id: { $in: ids } }, trajectScope(aanbieder)] } });
    await logInzageVoorTrajecten(this.em, aanbieder, 'TRAJECT_GELEZEN', gevonden.map((a) => a.traject.id));
    return gevonden;
  }

  /**
   * Records attendance of one traject over one period: a batch of one, so one set of rules decides both. Idempotent
   * per (traject, period): the same submission again changes nothing; different values replace the current version
   * and keep the old one. A broken rule is thrown with all the row's violations.
   */
  async registreer(principal: Principal, invoer: BenoemdeInvoer, vandaag: IsoDatum = vandaagInNederland()): Promise<AanwezigheidRegistratie> {
    const [{ registratie, fouten }] = (await this.registreerReeks(principal, [invoer], { vandaag })) as [RijResultaat];
    if (registratie) return registratie;
    throw DomainError.uit(fouten as [Overtreding, ...Overtreding[]]);
  }
}

function zonderReferentie({ aanbiederReferentie: _, ...rest }: BenoemdeInvoer): Omit<BenoemdeInvoer, 'aanbiederReferentie'> {
  return rest;
}
