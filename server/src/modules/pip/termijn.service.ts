import { eigenDossier } from '../inburgeraar/eigen-dossier.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal.js';
import { vereisGemeente } from '../auth/vereis.js';
import { datumNl, isIsoDatum } from '../shared/datum.js';
import { Overtredingen } from '../shared/domain-error.js';
import { inburgeringstermijn } from './inburgeringstermijn.js';
import { PipFout as F } from './pip.errors.js';
import { TermijnVerlenging } from './termijn-verlenging.entity.js';

export interface VerlengingInvoer {
  verlengingsgrondcode: string;
  verlengingsgrondomschrijving: string;
  nieuweEinddatum: string;
  wijzigingsdatum: string;
}

/** Records an extension of the term as DUO decided it (Inburgeringstermijn API); the term only ever gets longer. */
export class TermijnService {
  constructor(private readonly em: EntityManager) {}

  async verleng(principal: Principal, inburgeraarId: string, invoer: VerlengingInvoer): Promise<TermijnVerlenging> {
    const gemeente = vereisGemeente(principal);
    return this.em.transactional(async (em) => {
      const persoon = await eigenDossier(em, gemeente, inburgeraarId, 'inburgeraarId', { wijzigen: true });
      const termijn = await inburgeringstermijn(em, persoon.id);
      const fouten = new Overtredingen();
      if (!termijn) fouten.add(F.TERMIJN_ONTBREEKT, 'inburgeraarId');
      for (const veld of ['nieuweEinddatum', 'wijzigingsdatum'] as const) {
        if (!isIsoDatum(invoer[veld])) fouten.add(F.DATUM_ONGELDIG, `input.${veld}`, `"${invoer[veld]}" is geen geldige datum; gebruik JJJJ-MM-DD.`);
      }
      if (termijn && isIsoDatum(invoer.nieuweEinddatum) && invoer.nieuweEinddatum <= termijn.einddatum) {
        fouten.add(F.VERLENGING_NIET_LATER, 'input.nieuweEinddatum', `Een verlenging eindigt na de huidige einddatum (${datumNl(termijn.einddatum)}).`);
      }
      if (!/^[A-Z0-9_]{1,16}$/.test(invoer.verlengingsgrondcode)) {
        fouten.add(F.VERLENGINGSGROND_ONGELDIG, 'input.verlengingsgrondcode', 'Neem de verlengingsgrondcode van DUO over (hoofdletters en cijfers, hoogstens 16 tekens).');
      }
      if (invoer.verlengingsgrondomschrijving.trim().length < 1 || invoer.verlengingsgrondomschrijving.length > 255) {
        fouten.add(F.VERLENGINGSGROND_ONGELDIG, 'input.verlengingsgrondomschrijving', 'Neem de omschrijving van DUO over (1 tot 255 tekens).');
      }
      fouten.throwIfAny();
      const verlenging = em.create(TermijnVerlenging, {
        inburgeraar: persoon, ...invoer, verlengingsgrondomschrijving: invoer.verlengingsgrondomschrijving.trim(),
        vastgesteldDoor: gemeente.gebruikerId!, vastgesteldOp: new Date(),
      });
      await em.flush();
      return verlenging;
    });
  }
}
