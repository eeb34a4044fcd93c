import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal.js';
import { vereisGemeente } from '../auth/vereis.js';
import { DomainError } from '../shared/domain-error.js';
import type { Pagina, PaginaVraag } from '../shared/pagina.js';
import { isUuid } from '../shared/uuid.js';
import { laadDossier, type DossierView } from './dossier.view.js';
import { DossierFout as F } from './dossier.errors.js';
import { normaliseerBsn } from './bsn.js';
import { zoekDossiersPagina, type DossierRegel, type DossierZoekvraag } from './dossiers.sql.js';

export type DossierFilter = Pick<DossierZoekvraag, 'status' | 'trajectsoort' | 'aanbiederId'> & { zoek?: string | null };

export class DossierService {
  constructor(private readonly em: EntityManager) {}

  /** Search the gemeente's own dossiers by name, or by BSN (checked by the elfproef), narrowed by filters. Empty: all, by name. */
  async zoek(principal: Principal, vraag: PaginaVraag & DossierFilter): Promise<Pagina<DossierRegel>> {
    const gemeente = vereisGemeente(principal);
    const zoek = vraag.zoek?.trim() ?? '';
    if (vraag.aanbiederId && !isUuid(vraag.aanbiederId)) {
      throw DomainError.van(F.AANBIEDER_ONBEKEND, 'aanbiederId');
    }
    let wie: Pick<DossierZoekvraag, 'bsn' | 'naam'> = {};
    if (/^\d+$/.test(zoek)) {
      const bsn = normaliseerBsn(zoek);
      if (!bsn) {
        throw DomainError.van(F.BSN_ONGELDIG, 'zoek', `${zoek} is geen geldig BSN: een BSN heeft 9 cijfers en voldoet aan de elfproef.`);
      }
      wie = { bsn };
    } else if (zoek.length === 1) {
      throw DomainError.van(F.ZOEKTERM_TE_KORT, 'zoek');
    } else if (zoek) {
      wie = { naam: zoek };
    }
    // The page's own statement writes its access-log line.
    return zoekDossiersPagina(this.em, gemeente, { first: vraag.first, after: vraag.after, status: vraag.status,
      trajectsoort: vraag.trajectsoort, aanbiederId: vraag.aanbiederId, ...wie });
  }

  /** One dossier with all its trajecten, their attendance and totals: one statement, and one log line. */
  async dossier(principal: Principal, id: string): Promise<DossierView> {
    return this.laad(principal, id, { gelezen: true }); // the dossier's statement writes its DOSSIER_GELEZEN line
  }

  /**
   * The dossier as a write's answer: not logged again, because the write logged its line (DOSSIER_GEWIJZIGD) and an
   * operation writes one; only for a dossier the same request has just changed.
   */
  async naWijziging(principal: Principal, id: string): Promise<DossierView> {
    return this.laad(principal, id, { gelezen: false });
  }

  private async laad(principal: Principal, id: string, opties: { gelezen: boolean }): Promise<DossierView> {
    const gemeente = vereisGemeente(principal);
    const dossier = isUuid(id) ? await laadDossier(this.em, gemeente, id, opties) : undefined;
    if (!dossier) {
      throw DomainError.van(F.DOSSIER_ONBEKEND, 'id');
    }
    return dossier;
  }
}
