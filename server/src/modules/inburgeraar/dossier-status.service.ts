import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal.js';
import { vereisGemeente } from '../auth/vereis.js';
import { logInzage } from '../inzage/inzage.js';
import { vandaag } from '../shared/datum.js';
import { DomainError } from '../shared/domain-error.js';
import { Traject } from '../traject/traject.entity.js';
import type { DOSSIER_STATUSSEN } from './dossier.codes.js';
import { DossierFout as F } from './dossier.errors.js';
import { eigenDossier } from './eigen-dossier.js';
import type { Inburgeraar } from './inburgeraar.entity.js';

type DossierStatus = (typeof DOSSIER_STATUSSEN)[number];

/**
 * Ends or withdraws a dossier. From then on no aanbieder sees the person (the tenancy scope asks for an
 * active dossier). Withdrawing (wrongly registered: wrong law or gemeente, 004) also withdraws every running
 * traject, so the aanbieders stop processing; the dossier itself is kept as the record of the correction.
 */
export class DossierStatusService {
  constructor(private readonly em: EntityManager) {}

  async wijzig(principal: Principal, id: string, status: DossierStatus): Promise<Inburgeraar> {
    const gemeente = vereisGemeente(principal);
    return this.em.transactional(async (em) => {
      const persoon = await eigenDossier(em, gemeente, id, 'id', { vergrendel: true });
      if (persoon.status === status) {
        await logInzage(em, gemeente, 'DOSSIER_GELEZEN', [persoon.id]); // nothing changed; the answer shows the dossier
        return persoon;
      }
      if (persoon.status === 'INGETROKKEN') {
        throw DomainError.van(F.DOSSIER_INGETROKKEN, 'status');
      }
      persoon.status = status;
      if (status === 'INGETROKKEN') {
        await em.nativeUpdate(Traject, { inburgeraar: persoon, status: 'ACTIEF' }, {
          status: 'INGETROKKEN', redenIntrekking: 'DOSSIER_INGETROKKEN', einddatum: vandaag(), beeindigdDoor: gemeente.gebruikerId ?? null, beeindigdOp: new Date(),
        });
      }
      await em.flush();
      await logInzage(em, gemeente, 'DOSSIER_GEWIJZIGD', [persoon.id]);
      return persoon;
    });
  }
}
