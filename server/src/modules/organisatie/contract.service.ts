import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal.js';
import { vereisAanbieder, vereisGemeente } from '../auth/vereis.js';
import { vandaag } from '../shared/datum.js';
import { Contract } from './contract.entity.js';

/** A contract as the gemeente reads it (DTO `Contract`); the aanbieder must be populated. */
export function contractView(c: Contract) {
  return {
    id: c.id, aanbiederId: c.aanbieder.id, aanbiederNaam: c.aanbieder.naam, aanbiederKvkNummer: c.aanbieder.kvkNummer, trajectsoorten: c.trajectsoorten,
    ingangsdatum: c.ingangsdatum, einddatum: c.einddatum ?? null, datumVerwerkersovereenkomst: c.datumVerwerkersovereenkomst,
  };
}

export class ContractService {
  constructor(private readonly em: EntityManager) {}

  /** The gemeente's own contracts, with their aanbieder, in one statement. */
  async lijst(principal: Principal) {
    const gemeente = vereisGemeente(principal);
    const contracten = await this.em.find(Contract, { gemeente: gemeente.gemeenteId }, { populate: ['aanbieder'], orderBy: { ingangsdatum: 'desc' } });
    return contracten.map(contractView);
  }

  /** The gemeenten an aanbieder works for today (a contract in force), for filtering its deelnemers. */
  async gemeentenVanAanbieder(principal: Principal) {
    const aanbieder = vereisAanbieder(principal);
    const nu = vandaag();
    const contracten = await this.em.find(Contract,
      { aanbieder: aanbieder.aanbiederId, ingangsdatum: { $lte: nu }, $or: [{ einddatum: null }, { einddatum: { $gte: nu } }] }, { populate: ['gemeente'] });
    const perCode = new Map(contracten.map((c) => [c.gemeente.gemeentecode, { naam: c.gemeente.naam, gemeentecode: c.gemeente.gemeentecode }]));
    return [...perCode.values()].sort((a, b) => a.naam.localeCompare(b.naam));
  }
}

