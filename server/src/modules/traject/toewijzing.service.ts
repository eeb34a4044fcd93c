import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { eigenDossier } from '../inburgeraar/eigen-dossier.js';
import type { Principal } from '../auth/principal.js';
import { vereisGemeente } from '../auth/vereis.js';
import { DoelgroepPeriode } from '../inburgeraar/doelgroep-periode.entity.js';
import { logInzage } from '../inzage/inzage.js';
import { Contract } from '../organisatie/contract.entity.js';
import { TRAJECTSOORT_OMSCHRIJVING } from '../organisatie/trajectsoort.js';
import { PipVersie } from '../pip/pip-versie.entity.js';
import { datumNl, vandaag as vandaagInNederland, type IsoDatum } from '../shared/datum.js';
import { DomainError, Overtredingen } from '../shared/domain-error.js';
import { isUuid } from '../shared/uuid.js';
import type { VersieResultaat } from '../shared/versie.js';
import { trajectScope } from '../tenancy/scope.js';
import { controleerBeeindiging, type BeeindigingInvoer } from './beeindiging.rules.js';
import { Traject } from './traject.entity.js';
import { ToewijzingFout as F } from './toewijzing.errors.js';
import { controleerToewijzing, type ToewijzingInvoer } from './toewijzing.rules.js';

/** An assignment is never corrected in place: the same again is ONGEWIJZIGD, another one is refused. */
export type ToewijzingResultaat = Exclude<VersieResultaat, 'GECORRIGEERD'>;

function looptAl(t: Pick<Traject, 'soort' | 'geplandeStart' | 'geplandeEinde'>): DomainError {
  return DomainError.van(F.TRAJECT_LOOPT_AL, 'input.soort',
    `Deze inburgeraar heeft bij deze aanbieder al een lopend traject ${TRAJECTSOORT_OMSCHRIJVING[t.soort]} (gepland ${datumNl(t.geplandeStart)} t/m ${datumNl(t.geplandeEinde)}). Beëindig dat eerst als er een vervolgtraject komt.`);
}

/** The gemeente assigns a traject of some soort to an aanbieder it has a contract with (the toewijzing), and ends it. */
export class ToewijzingService {
  constructor(private readonly em: EntityManager) {}

  /**
   * The same assignment again (same person, soort, aanbieder and planned dates: a double click) changes nothing;
   * another running traject of that soort at that aanbieder is refused, here and by a partial unique index.
   */
  async wijsToe(principal: Principal, invoer: ToewijzingInvoer): Promise<{ resultaat: ToewijzingResultaat; traject: Traject }> {
    const gemeente = vereisGemeente(principal);
    try {
      return await this.em.transactional(async (em) => {
        // `wijzigen` locks the person, so two clicks at once are serialised and the second finds the first.
        const persoon = await eigenDossier(em, gemeente, invoer.inburgeraarId, 'input.inburgeraarId', { wijzigen: true });
        const contract = isUuid(invoer.contractId) ? await em.findOne(Contract, { id: invoer.contractId, gemeente: gemeente.gemeenteId }) : null;
        if (!contract) throw DomainError.van(F.CONTRACT_ONBEKEND, 'input.contractId', 'Uw gemeente heeft geen contract met dit id.');

        const [doelgroep, pip, lopend] = await Promise.all([
          em.findOne(DoelgroepPeriode, { inburgeraar: persoon, einddatum: null }),
          em.findOne(PipVersie, { inburgeraar: persoon }, { orderBy: { versie: 'desc' } }),
          em.findOne(Traject, { inburgeraar: persoon, aanbieder: contract.aanbieder, soort: invoer.soort, status: 'ACTIEF' }, { populate: ['aanbieder', 'gemeente'] }),
        ]);
        const fouten = new Overtredingen();
        controleerToewijzing(invoer, {
          doelgroep: doelgroep?.doelgroep ?? null,
          leerroute: pip?.leerroute ?? null,
          contract: { trajectsoorten: contract.trajectsoorten, ingangsdatum: contract.ingangsdatum, einddatum: contract.einddatum ?? null },
        }, fouten);
        fouten.throwIfAny();
        if (lopend && lopend.geplandeStart === invoer.geplandeStart && lopend.geplandeEinde === invoer.geplandeEinde) {
          // Disclosed already by the first assignment; this answer only shows it again.
          await logInzage(em, gemeente, 'DOSSIER_GELEZEN', [persoon.id]);
          return { resultaat: 'ONGEWIJZIGD' as const, traject: lopend };
        }
        if (lopend) throw looptAl(lopend);

        const traject = em.create(Traject, {
          inburgeraar: persoon, gemeente: gemeente.gemeenteId, aanbieder: contract.aanbieder, contract,
          soort: invoer.soort, cursusnaam: invoer.cursusnaam?.trim() || null,
          onderdelen: [...new Set(invoer.onderdelen ?? [])] as Traject['onderdelen'],
          geplandeStart: invoer.geplandeStart, geplandeEinde: invoer.geplandeEinde, geplandeUren: invoer.geplandeUren,
          uiterlijkeAfrondingsdatum: invoer.uiterlijkeAfrondingsdatum ?? null,
          tijdensBredeIntake: invoer.tijdensBredeIntake ?? false,
          status: 'ACTIEF', toegewezenDoor: gemeente.gebruikerId ?? null, toegewezenOp: new Date(),
        });
        await em.flush();
        // From now on the aanbieder sees this person (its scope is its running trajecten): a disclosure, logged as one.
        await logInzage(em, gemeente, 'GEGEVENS_VERSTREKT', [persoon.id], { ontvangerAanbiederId: contract.aanbieder.id });
        await em.populate(traject, ['aanbieder', 'gemeente']);
        return { resultaat: 'NIEUW' as const, traject };
      });
    } catch (error) {
      // The database's partial unique index is the second wall, should a write ever bypass the lock above.
      if (error instanceof UniqueConstraintViolationException) throw looptAl({ soort: invoer.soort, geplandeStart: invoer.geplandeStart, geplandeEinde: invoer.geplandeEinde });
      throw error;
    }
  }

  /**
   * Ends a running traject: AFGEROND on the day it was completed, or INGETROKKEN for a coded reason. From then on
   * it no longer runs: the aanbieder no longer sees it (its scope is running trajecten) and a follow-up may be
   * assigned. The same ending again changes nothing; a different one on an ended traject is refused.
   */
  async beeindig(principal: Principal, invoer: BeeindigingInvoer, vandaag: IsoDatum = vandaagInNederland()): Promise<Traject> {
    const gemeente = vereisGemeente(principal);
    return this.em.transactional(async (em) => {
      const gevonden = isUuid(invoer.trajectId) ? await em.findOne(Traject, { $and: [{ id: invoer.trajectId }, trajectScope(gemeente)] }) : null;
      if (!gevonden) throw DomainError.van(F.TRAJECT_ONBEKEND, 'input.trajectId', 'Dit traject bestaat niet of hoort niet bij uw gemeente.');
      await eigenDossier(em, gemeente, gevonden.inburgeraar.id, 'input.trajectId', { wijzigen: true });
      const traject = await em.refreshOrFail(gevonden, { populate: ['aanbieder', 'gemeente'] }); // as it is now the person is locked

      const fouten = new Overtredingen();
      controleerBeeindiging(invoer, { vandaag, geplandeStart: traject.geplandeStart }, fouten);
      fouten.throwIfAny();
      const einddatum = invoer.einddatum ?? vandaag;
      const reden = invoer.status === 'INGETROKKEN' ? invoer.redenIntrekking ?? null : null;
      if (traject.status !== 'ACTIEF') {
        if (traject.status === invoer.status && traject.einddatum === einddatum && (traject.redenIntrekking ?? null) === reden) return traject;
        throw DomainError.van(F.TRAJECT_AL_BEEINDIGD, 'input.trajectId',
          `Dit traject is al ${traject.status === 'AFGEROND' ? 'afgerond' : 'ingetrokken'}${traject.einddatum ? ` per ${datumNl(traject.einddatum)}` : ''}.`);
      }
      em.assign(traject, { status: invoer.status, einddatum, redenIntrekking: reden, beeindigdDoor: gemeente.gebruikerId ?? null, beeindigdOp: new Date() });
      await em.flush();
      await logInzage(em, gemeente, 'DOSSIER_GEWIJZIGD', [traject.inburgeraar.id]);
      return traject;
    });
  }
}
