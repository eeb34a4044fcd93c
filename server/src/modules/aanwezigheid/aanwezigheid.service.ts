import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal.js';
import { vereisAanbieder } from '../auth/vereis.js';
import { datumNl, isIsoDatum, vandaag as vandaagInNederland, type IsoDatum } from '../shared/datum.js';
import { DomainError, Overtredingen } from '../shared/domain-error.js';
import { schrijfVersie, type VersieResultaat } from '../shared/versie.js';
import { logInzage } from '../inzage/inzage.js';
import { isUuid } from '../shared/uuid.js';
import { trajectScope } from '../tenancy/scope.js';
import { Traject } from '../traject/traject.entity.js';
import { Aanwezigheid } from './aanwezigheid.entity.js';
import { AanwezigheidFout as F } from './aanwezigheid.errors.js';
import { controleerInvoer, honderdsten, type AanwezigheidInvoer } from './aanwezigheid.rules.js';

export interface AanwezigheidRegistratie {
  resultaat: VersieResultaat;
  aanwezigheid: Aanwezigheid;
  /** On a correction: the version it replaced (in a dry run: would replace), so the caller can show old next to new. */
  vorige?: Aanwezigheid;
}

/** One row of a batch: what happened to it, or every rule it broke. */
export interface RijResultaat {
  rij: number;
  registratie?: AanwezigheidRegistratie;
  fouten: { code: string; veld: string; melding: string }[];
}

class Proefdraai extends Error {}

/** A national school submits a week for thousands of people at once; more than this is split by the client. */
export const MAX_RIJEN = 2000;

export class AanwezigheidService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Records many periods at once with a result per row: each row is its own transaction, so a wrong row is
   * reported at its fields while the good rows are kept (issue 4: "the good rows never lost").
   */
  async registreerReeks(principal: Principal, rijen: AanwezigheidInvoer[], opties: { proefdraai?: boolean; vandaag?: IsoDatum } = {}): Promise<RijResultaat[]> {
    vereisAanbieder(principal);
    if (rijen.length === 0 || rijen.length > MAX_RIJEN) {
      throw DomainError.van(F.REEKS_ONGELDIG, 'rijen', `Stuur 1 tot ${MAX_RIJEN} regels per keer.`);
    }
    const vandaag = opties.vandaag ?? vandaagInNederland();
    const verwerk = async (rijEm: () => EntityManager) => {
      const resultaten: RijResultaat[] = [];
      for (const [rij, invoer] of rijen.entries()) {
        try {
          // Each row in its own transaction (or savepoint, in a dry run): a wrong row rolls back alone.
          resultaten.push({ rij, registratie: await new AanwezigheidService(rijEm()).registreer(principal, invoer, vandaag), fouten: [] });
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          resultaten.push({ rij, fouten: error.overtredingen });
        }
      }
      return resultaten;
    };
    if (!opties.proefdraai) return verwerk(() => this.em.fork());
    // A dry run does everything a real run does, rows depending on earlier rows included, then rolls it all back.
    let uitkomst: RijResultaat[] = [];
    await this.em.transactional(async (em) => {
      // A fresh identity map per row, in the one transaction: sharing one made every flush compare all earlier rows.
      uitkomst = await verwerk(() => em.fork({ keepTransactionContext: true }));
      throw new Proefdraai();
    }).catch((error: unknown) => {
      if (!(error instanceof Proefdraai)) throw error;
    });
    return uitkomst;
  }

  /** The current reports of some of the aanbieder's own trajecten for the period starting `periodeVan`. One statement. */
  async inPeriode(principal: Principal, trajectIds: string[], periodeVan: IsoDatum): Promise<Aanwezigheid[]> {
    const aanbieder = vereisAanbieder(principal);
    if (!isIsoDatum(periodeVan)) throw DomainError.van(F.DATUM_ONGELDIG, 'periodeVan');
    const ids = trajectIds.filter(isUuid).slice(0, MAX_RIJEN);
    if (ids.length === 0) return [];
    return this.em.find(Aanwezigheid, { periodeVan, vervangenOp: null, traject: { $and: [{ id: { $in: ids } }, trajectScope(aanbieder)] } });
  }

  /**
   * Records attendance of one traject over one period. Idempotent per (traject, period): the same
   * submission again changes nothing; different values replace the current version and keep the old one.
   */
  async registreer(principal: Principal, invoer: AanwezigheidInvoer, vandaag: IsoDatum = vandaagInNederland()): Promise<AanwezigheidRegistratie> {
    const aanbieder = vereisAanbieder(principal);
    const fouten = new Overtredingen();
    controleerInvoer(invoer, vandaag, fouten);
    fouten.throwIfAny();

    return this.em.transactional(async (em) => {
      const traject = isUuid(invoer.trajectId)
        ? await em.findOne(Traject, { $and: [{ id: invoer.trajectId }, trajectScope(aanbieder, vandaag)] })
        : null;
      if (!traject) {
        throw DomainError.van(F.TRAJECT_ONBEKEND, 'input.trajectId');
      }
      // Serialises concurrent submissions for one traject, so the overlap check below cannot race.
      await em.lock(traject, LockMode.PESSIMISTIC_WRITE);

      if (invoer.periodeVan < traject.geplandeStart || invoer.periodeTot > traject.geplandeEinde) {
        throw DomainError.van(F.PERIODE_BUITEN_TRAJECT, 'input.periodeVan',
          `De periode valt buiten het traject (${datumNl(traject.geplandeStart)} t/m ${datumNl(traject.geplandeEinde)}).`);
      }

      const overlappend = await em.find(Aanwezigheid, {
        traject, vervangenOp: null, periodeVan: { $lte: invoer.periodeTot }, periodeTot: { $gte: invoer.periodeVan },
      });
      const vorige = overlappend.find((a) => a.periodeVan === invoer.periodeVan && a.periodeTot === invoer.periodeTot);
      const anders = overlappend.find((a) => a !== vorige);
      if (anders) {
        throw DomainError.van(F.PERIODE_OVERLAPT, 'input.periodeVan',
          `Deze periode overlapt met de al gemelde periode ${datumNl(anders.periodeVan)} t/m ${datumNl(anders.periodeTot)}; corrigeer die periode of kies een andere.`);
      }
      const { resultaat, actueel } = await schrijfVersie(em, {
        vorige: vorige ?? null,
        gelijk: (v) => zelfdeWaarden(v, invoer),
        maak: (versie, nu) => em.create(Aanwezigheid, {
          traject, versie,
          periodeVan: invoer.periodeVan,
          periodeTot: invoer.periodeTot,
          urenIngeroosterd: invoer.urenIngeroosterd,
          urenAanwezig: invoer.urenAanwezig,
          urenGeoorloofdVerzuim: invoer.urenGeoorloofdVerzuim,
          redenGeoorloofdVerzuim: invoer.redenGeoorloofdVerzuim || null,
          urenOngeoorloofdVerzuim: invoer.urenOngeoorloofdVerzuim,
          redenOngeoorloofdVerzuim: invoer.redenOngeoorloofdVerzuim || null,
          ingediendDoorGebruiker: aanbieder.gebruikerId ?? null,
          ingediendDoorToken: aanbieder.tokenId ?? null,
          ingediendOp: nu,
          vervangenOp: null,
        }),
        log: () => logInzage(em, aanbieder, 'GEGEVENS_GEMELD', [traject.inburgeraar.id]),
      });
      return resultaat === 'GECORRIGEERD' ? { resultaat, aanwezigheid: actueel, vorige } : { resultaat, aanwezigheid: actueel };
    });
  }
}


function zelfdeWaarden(a: Aanwezigheid, invoer: AanwezigheidInvoer): boolean {
  return honderdsten(a.urenIngeroosterd) === honderdsten(invoer.urenIngeroosterd)
    && honderdsten(a.urenAanwezig) === honderdsten(invoer.urenAanwezig)
    && honderdsten(a.urenGeoorloofdVerzuim) === honderdsten(invoer.urenGeoorloofdVerzuim)
    && honderdsten(a.urenOngeoorloofdVerzuim) === honderdsten(invoer.urenOngeoorloofdVerzuim)
    && (a.redenGeoorloofdVerzuim ?? null) === (invoer.redenGeoorloofdVerzuim || null)
    && (a.redenOngeoorloofdVerzuim ?? null) === (invoer.redenOngeoorloofdVerzuim || null);
}
