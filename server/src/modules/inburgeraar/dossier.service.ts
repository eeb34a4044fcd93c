import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal.js';
import { vereisGemeente } from '../auth/vereis.js';
import { DomainError } from '../shared/domain-error.js';
import { pagineer, type Pagina, type PaginaVraag } from '../shared/pagina.js';
import { isUuid } from '../shared/uuid.js';
import { inburgeraarScope } from '../tenancy/scope.js';
import type { Traject } from '../traject/traject.entity.js';
import { logInzage } from '../inzage/inzage.js';
import { laadDossier, type DossierView } from './dossier.view.js';
import { DossierFout as F } from './dossier.errors.js';
import { normaliseerBsn } from './bsn.js';
import { Inburgeraar } from './inburgeraar.entity.js';
import { naamFilter } from './naam-zoeken.js';

export interface DossierFilter {
  zoek?: string | null;
  status?: Inburgeraar['status'] | null;
  /** Only dossiers with a running traject of this soort and/or at this aanbieder (both on the same traject). */
  trajectsoort?: Traject['soort'] | null;
  aanbiederId?: string | null;
}

function dossierFilter({ status, trajectsoort, aanbiederId }: DossierFilter): FilterQuery<Inburgeraar> {
  if (aanbiederId && !isUuid(aanbiederId)) {
    throw DomainError.van(F.AANBIEDER_ONBEKEND, 'aanbiederId');
  }
  const traject = { status: 'ACTIEF' as const, ...(trajectsoort ? { soort: trajectsoort } : {}), ...(aanbiederId ? { aanbieder: aanbiederId } : {}) };
  return {
    ...(status ? { status } : {}),
    ...(trajectsoort || aanbiederId ? { trajecten: { $some: traject } } : {}),
  };
}

export class DossierService {
  constructor(private readonly em: EntityManager) {}

  /** Search the gemeente's own dossiers by name, or by BSN (checked by the elfproef), narrowed by filters. Empty: all, by name. */
  async zoek(principal: Principal, vraag: PaginaVraag & DossierFilter): Promise<Pagina<Inburgeraar>> {
    const gemeente = vereisGemeente(principal);
    const zoek = vraag.zoek?.trim() ?? '';
    let filter: FilterQuery<Inburgeraar> = {};
    if (/^\d+$/.test(zoek)) {
      const bsn = normaliseerBsn(zoek);
      if (!bsn) {
        throw DomainError.van(F.BSN_ONGELDIG, 'zoek', `${zoek} is geen geldig BSN: een BSN heeft 9 cijfers en voldoet aan de elfproef.`);
      }
      filter = { bsn };
    } else if (zoek.length === 1) {
      throw DomainError.van(F.ZOEKTERM_TE_KORT, 'zoek');
    } else if (zoek) {
      filter = naamFilter(zoek);
    }
    const pagina = await pagineer(this.em, Inburgeraar, { $and: [inburgeraarScope(gemeente), filter, dossierFilter(vraag)] },
      { achternaam: 'asc', voornamen: 'asc', id: 'asc' }, vraag, { populate: ['gemeente'] });
    await logInzage(this.em, gemeente, 'DOSSIERS_GEZOCHT', pagina.nodes.map((p) => p.id));
    return pagina;
  }

  /** One dossier with all its trajecten, their attendance and totals: a fixed number of statements. */
  async dossier(principal: Principal, id: string): Promise<DossierView> {
    const gemeente = vereisGemeente(principal);
    const persoon = isUuid(id)
      ? await this.em.findOne(Inburgeraar, { $and: [{ id }, inburgeraarScope(gemeente)] }, { populate: ['gemeente'] })
      : null;
    if (!persoon) {
      throw DomainError.van(F.DOSSIER_ONBEKEND, 'id');
    }
    await logInzage(this.em, gemeente, 'DOSSIER_GELEZEN', [persoon.id]);
    return laadDossier(this.em, gemeente, persoon);
  }
}

