import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal.js';
import { vereisBeheer, vereisGemeente } from '../auth/vereis.js';
import { logBeheer } from '../beheerlog/beheer-log.js';
import { isIsoDatum, type IsoDatum } from '../shared/datum.js';
import { DomainError, Overtredingen } from '../shared/domain-error.js';
import { isUuid } from '../shared/uuid.js';
import { Traject } from '../traject/traject.entity.js';
import { Aanbieder } from './aanbieder.entity.js';
import { Contract } from './contract.entity.js';
import { ContractFout as F } from './contract.errors.js';
import { contractView } from './contract.service.js';
import { TRAJECTSOORTEN, type Trajectsoort } from './trajectsoort.js';

export interface SluitContractInvoer {
  aanbiederId: string;
  trajectsoorten: Trajectsoort[];
  ingangsdatum: IsoDatum;
  einddatum?: IsoDatum | null;
  datumVerwerkersovereenkomst: IsoDatum;
}

/** A gemeente's BEHEER users close and end contracts with aanbieders registered in the portal. */
export class ContractBeheerService {
  constructor(private readonly em: EntityManager) {}

  /** Every aanbieder in the portal, to choose from: names and KvK-nummers are public (Handelsregister). */
  async aanbieders(principal: Principal) {
    vereisBeheer(vereisGemeente(principal));
    const aanbieders = await this.em.find(Aanbieder, {}, { orderBy: { naam: 'asc' } });
    return aanbieders.map((a) => ({ id: a.id, naam: a.naam, kvkNummer: a.kvkNummer }));
  }

  async sluit(principal: Principal, invoer: SluitContractInvoer) {
    const gemeente = vereisBeheer(vereisGemeente(principal));
    const fouten = new Overtredingen();
    const soorten = [...new Set(invoer.trajectsoorten)];
    if (soorten.length === 0) fouten.add(F.SOORTEN_ONTBREKEN, 'input.trajectsoorten', 'Kies minstens één soort traject.');
    else if (soorten.some((s) => !TRAJECTSOORTEN.includes(s))) fouten.add(F.SOORTEN_ONTBREKEN, 'input.trajectsoorten', 'Kies soorten traject uit de lijst.');
    const geldig = datumsGeldig(fouten, [['ingangsdatum', invoer.ingangsdatum], ['einddatum', invoer.einddatum], ['datumVerwerkersovereenkomst', invoer.datumVerwerkersovereenkomst]]);
    if (geldig && invoer.einddatum && invoer.einddatum < invoer.ingangsdatum) {
      fouten.add(F.EINDE_VOOR_INGANG, 'input.einddatum');
    }
    // The aanbieder processes personal data from day one, so the processing agreement must be in place by then (002).
    if (geldig && invoer.datumVerwerkersovereenkomst > invoer.ingangsdatum) {
      fouten.add(F.VERWERKERSOVEREENKOMST_NA_INGANG, 'input.datumVerwerkersovereenkomst');
    }
    fouten.throwIfAny();
    const aanbieder = isUuid(invoer.aanbiederId) ? await this.em.findOne(Aanbieder, { id: invoer.aanbiederId }) : null;
    if (!aanbieder) throw DomainError.van(F.AANBIEDER_ONBEKEND, 'input.aanbiederId');

    const contract = this.em.create(Contract, {
      gemeente: gemeente.gemeenteId, aanbieder, trajectsoorten: soorten, ingangsdatum: invoer.ingangsdatum,
      einddatum: invoer.einddatum ?? null, datumVerwerkersovereenkomst: invoer.datumVerwerkersovereenkomst,
    });
    logBeheer(this.em, gemeente, 'CONTRACT_GESLOTEN', contract.id, { ...invoer, trajectsoorten: soorten, einddatum: invoer.einddatum ?? null });
    await this.em.flush();
    return contractView(contract);
  }

  /**
   * Ending a contract also ends the aanbieder's access to the people under it (tenancy scope), so it may
   * not end before a running traject is planned to end: end or withdraw those trajecten first.
   */
  async beeindig(principal: Principal, contractId: string, einddatum: IsoDatum) {
    const gemeente = vereisBeheer(vereisGemeente(principal));
    const contract = isUuid(contractId) ? await this.em.findOne(Contract, { id: contractId, gemeente: gemeente.gemeenteId }, { populate: ['aanbieder'] }) : null;
    if (!contract) throw DomainError.van(F.CONTRACT_ONBEKEND, 'contractId');
    const fouten = new Overtredingen();
    if (datumsGeldig(fouten, [['einddatum', einddatum]], '')) {
      if (einddatum < contract.ingangsdatum) {
        fouten.add(F.EINDE_VOOR_INGANG, 'einddatum', `De einddatum ligt vóór de ingangsdatum (${contract.ingangsdatum}).`);
      } else {
        const lopend = await this.em.find(Traject, { contract: contract.id, status: 'ACTIEF', geplandeEinde: { $gt: einddatum } }, { orderBy: { geplandeEinde: 'desc' } });
        if (lopend.length > 0) {
          fouten.add(F.TRAJECT_LOOPT_LANGER, 'einddatum',
            `${lopend.length} lopend(e) traject(en) onder dit contract eindigen gepland pas op ${lopend[0]!.geplandeEinde}. Kies die datum of later, of rond die trajecten eerst af.`);
        }
      }
    }
    fouten.throwIfAny();
    const voor = contract.einddatum ?? null;
    contract.einddatum = einddatum;
    logBeheer(this.em, gemeente, 'CONTRACT_BEEINDIGD', contract.id, { voor, na: einddatum });
    await this.em.flush();
    return contractView(contract);
  }
}

function datumsGeldig(fouten: Overtredingen, datums: [string, string | null | undefined][], prefix = 'input.'): boolean {
  let geldig = true;
  for (const [veld, waarde] of datums) {
    if (waarde != null && !isIsoDatum(waarde)) {
      fouten.add(F.DATUM_ONGELDIG, `${prefix}${veld}`, `"${waarde}" is geen geldige datum; gebruik JJJJ-MM-DD.`);
      geldig = false;
    }
  }
  return geldig;
}
