import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal.js';
import { vereisGemeente } from '../auth/vereis.js';
import { Contract } from './contract.entity.js';

export class ContractService {
  constructor(private readonly em: EntityManager) {}

  /** The gemeente's own contracts, with their aanbieder, in one statement. */
  async lijst(principal: Principal) {
    const gemeente = vereisGemeente(principal);
    const contracten = await this.em.find(Contract, { gemeente: gemeente.gemeenteId }, { populate: ['aanbieder'], orderBy: { ingangsdatum: 'desc' } });
    return contracten.map((c) => ({
      id: c.id, aanbiederNaam: c.aanbieder.naam, aanbiederKvkNummer: c.aanbieder.kvkNummer, trajectsoorten: c.trajectsoorten,
      ingangsdatum: c.ingangsdatum, einddatum: c.einddatum ?? null, datumVerwerkersovereenkomst: c.datumVerwerkersovereenkomst,
    }));
  }
}
