import type { EntityManager } from '@mikro-orm/postgresql';
import { eigenDossier } from '../inburgeraar/eigen-dossier.js';
import type { Principal } from '../auth/principal.js';
import { vereisGemeente } from '../auth/vereis.js';
import { DoelgroepPeriode } from '../inburgeraar/doelgroep-periode.entity.js';
import { Contract } from '../organisatie/contract.entity.js';
import { PipVersie } from '../pip/pip-versie.entity.js';
import { DomainError, Overtredingen } from '../shared/domain-error.js';
import { isUuid } from '../shared/uuid.js';
import { Traject } from './traject.entity.js';
import { ToewijzingFout as F } from './toewijzing.errors.js';
import { controleerToewijzing, type ToewijzingInvoer } from './toewijzing.rules.js';

/** The gemeente assigns a traject of some soort to an aanbieder it has a contract with (the toewijzing). */
export class ToewijzingService {
  constructor(private readonly em: EntityManager) {}

  async wijsToe(principal: Principal, invoer: ToewijzingInvoer): Promise<Traject> {
    const gemeente = vereisGemeente(principal);
    return this.em.transactional(async (em) => {
      const persoon = await eigenDossier(em, gemeente, invoer.inburgeraarId, 'input.inburgeraarId');
      const contract = isUuid(invoer.contractId) ? await em.findOne(Contract, { id: invoer.contractId, gemeente: gemeente.gemeenteId }) : null;
      if (!contract) throw new DomainError('NOT_FOUND', [{ code: F.CONTRACT_ONBEKEND, veld: 'input.contractId', melding: 'Uw gemeente heeft geen contract met dit id.' }]);

      const [doelgroep, pip] = await Promise.all([
        em.findOne(DoelgroepPeriode, { inburgeraar: persoon, einddatum: null }),
        em.findOne(PipVersie, { inburgeraar: persoon }, { orderBy: { versie: 'desc' } }),
      ]);
      const fouten = new Overtredingen();
      controleerToewijzing(invoer, {
        doelgroep: doelgroep?.doelgroep ?? null,
        leerroute: pip?.leerroute ?? null,
        contract: { trajectsoorten: contract.trajectsoorten, ingangsdatum: contract.ingangsdatum, einddatum: contract.einddatum ?? null },
      }, fouten);
      fouten.throwIfAny();

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
      await em.populate(traject, ['aanbieder', 'gemeente']);
      return traject;
    });
  }
}
