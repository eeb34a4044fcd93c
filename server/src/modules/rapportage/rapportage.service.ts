import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isDeepStrictEqual } from 'node:util';
import type { Principal } from '../auth/principal.js';
import { vereisAanbieder, vereisGemeente } from '../auth/vereis.js';
import { eigenDossier } from '../inburgeraar/eigen-dossier.js';
import { logInzage } from '../inzage/inzage.js';
import { inburgeringstermijn } from '../pip/inburgeringstermijn.js';
import { datumNl, plusDagen, vandaag as vandaagInNederland, type IsoDatum } from '../shared/datum.js';
import { DomainError, Overtredingen } from '../shared/domain-error.js';
import { isUuid } from '../shared/uuid.js';
import { schrijfVersie, type VersieResultaat } from '../shared/versie.js';
import { trajectScope } from '../tenancy/scope.js';
import { Traject } from '../traject/traject.entity.js';
import { CORRECTIE_DAGEN, TRAJECTSOORTEN_PER_RAPPORTAGE, type Rapportagesoort } from './rapportage.codes.js';
import { Rapportage } from './rapportage.entity.js';
import { RapportageFout as F } from './rapportage.errors.js';
import { REGELS_PER_SOORT, schoonGegevens } from './rules/index.js';

/**
 * The first Dutch calendar day on which the aanbieder can no longer correct this version itself: 14 days after
 * submission or reopening count whole days (day 14 still counts), not hours, and ignore clock changes.
 */
export function definitiefVanaf(r: Pick<Rapportage, 'ingediendOp' | 'heropendOp'>): IsoDatum {
  const basis = r.heropendOp && r.heropendOp > r.ingediendOp ? r.heropendOp : r.ingediendOp;
  return plusDagen(vandaagInNederland(basis), CORRECTIE_DAGEN + 1);
}

export class RapportageService {
  constructor(private readonly em: EntityManager) {}

  /**
   * An aanbieder submits a report of one soort about one of its trajecten. Idempotent per (traject, soort,
   * sleutel); a different payload is a correction, allowed for 14 days after submission or reopening.
   */
  async dienIn(principal: Principal, soort: Rapportagesoort, trajectId: string, gegevens: Record<string, unknown>, nu = new Date()): Promise<{ resultaat: VersieResultaat; rapportage: Rapportage }> {
    const aanbieder = vereisAanbieder(principal);
    const vandaag = vandaagInNederland(nu);
    gegevens = schoonGegevens(soort, JSON.parse(JSON.stringify(gegevens)) as Record<string, unknown>);
    return this.em.transactional(async (em) => {
      const traject = isUuid(trajectId) ? await em.findOne(Traject, { $and: [{ id: trajectId }, trajectScope(aanbieder, vandaag)] }) : null;
      if (!traject) throw DomainError.van(F.TRAJECT_ONBEKEND, 'input.trajectId');
      await em.lock(traject, LockMode.PESSIMISTIC_WRITE);

      if (!TRAJECTSOORTEN_PER_RAPPORTAGE[soort].includes(traject.soort)) {
        throw DomainError.van(F.RAPPORTAGE_SOORT_PAST_NIET_BIJ_TRAJECT, 'input.trajectId');
      }
      const termijn = soort === 'PVT_RESULTAAT' ? await inburgeringstermijn(em, traject.inburgeraar.id) : null;
      const regels = REGELS_PER_SOORT[soort];
      const fouten = new Overtredingen();
      regels.controleer(gegevens as never, { vandaag, traject, termijnEinddatum: termijn?.einddatum ?? null }, fouten);
      fouten.throwIfAny();

      const sleutel = regels.sleutel(gegevens as never);
      const { resultaat, actueel: rapportage } = await schrijfVersie(em, {
        vorige: await em.findOne(Rapportage, { traject, soort, sleutel, vervangenOp: null }),
        gelijk: (v) => isDeepStrictEqual(v.gegevens, gegevens),
        magCorrigeren: (v) => {
          if (vandaag >= definitiefVanaf(v)) {
            throw DomainError.van(F.RAPPORTAGE_DEFINITIEF, 'input', `Deze melding is sinds ${datumNl(definitiefVanaf(v))} definitief; na twee weken kan alleen de gemeente hem heropenen.`);
          }
        },
        maak: (versie, moment) => em.create(Rapportage, {
          traject, soort, sleutel, versie, gegevens, ingediendOp: moment,
          ingediendDoorGebruiker: aanbieder.gebruikerId ?? null, ingediendDoorToken: aanbieder.tokenId ?? null,
          vervangenOp: null, heropendOp: null, heropendDoor: null,
        }),
        log: () => logInzage(em, aanbieder, 'GEGEVENS_GEMELD', [traject.inburgeraar.id]),
        nu,
      });
      return { resultaat, rapportage };
    });
  }

  /** Reports on trajecten the principal may see: current versions, or with `historie` every version. Two statements. */
  async lijst(principal: Principal, trajectIds: string[], historie = false): Promise<Rapportage[]> {
    const ids = trajectIds.filter(isUuid);
    if (ids.length === 0) return [];
    const zichtbaar = await this.em.find(Traject, { $and: [{ id: { $in: ids } }, trajectScope(principal)] }, { fields: ['id', 'inburgeraar'] });
    if (zichtbaar.length === 0) return [];
    await logInzage(this.em, principal, principal.soort === 'gemeente' ? 'DOSSIER_GELEZEN' : 'TRAJECT_GELEZEN', [...new Set(zichtbaar.map((t) => t.inburgeraar.id))]);
    return this.em.find(Rapportage, { traject: { $in: zichtbaar.map((t) => t.id) }, ...(historie ? {} : { vervangenOp: null }) },
      { orderBy: { soort: 'asc', sleutel: 'desc', versie: 'desc' } });
  }

  /** The gemeente reopens a final report: the aanbieder may correct it for another 14 days. */
  async heropen(principal: Principal, id: string, nu = new Date()): Promise<Rapportage> {
    const gemeente = vereisGemeente(principal);
    return this.em.transactional(async (em) => {
      const rapportage = isUuid(id) ? await em.findOne(Rapportage, { id, vervangenOp: null, traject: trajectScope(gemeente) }, { populate: ['traject'] }) : null;
      if (!rapportage) throw DomainError.van(F.RAPPORTAGE_ONBEKEND, 'id');
      await eigenDossier(em, gemeente, rapportage.traject.inburgeraar.id, 'id', { wijzigen: true }); // a closed dossier is not reopened to changes
      rapportage.heropendOp = nu;
      rapportage.heropendDoor = gemeente.gebruikerId ?? null;
      await em.flush();
      await logInzage(em, gemeente, 'DOSSIER_GEWIJZIGD', [rapportage.traject.inburgeraar.id]);
      return rapportage;
    });
  }
}
