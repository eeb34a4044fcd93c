import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal.js';
import { vereisGemeente } from '../auth/vereis.js';
import { logInzage } from '../inzage/inzage.js';
import { datumNl, isIsoDatum, vandaag as vandaagInNederland, type IsoDatum } from '../shared/datum.js';
import { Overtredingen } from '../shared/domain-error.js';
import type { RedenGeenInburgeringsplicht } from './dossier.codes.js';
import { DossierFout as F } from './dossier.errors.js';
import { eigenDossier } from './eigen-dossier.js';
import type { Inburgeraar } from './inburgeraar.entity.js';

/**
 * The end of the obligation and a death: what starts the five-year term after which the retention job
 * (modules/retentie) deletes all but the 50-year fields (Besluit inburgering art. 9.9). Recording either on an
 * active dossier ends it (PLICHT_BEEINDIGD), so aanbieders no longer see the person. Recording again corrects it.
 */
export class DossierEindeService {
  constructor(private readonly em: EntityManager) {}

  async registreerEinde(principal: Principal, id: string, invoer: { datum: IsoDatum; reden: RedenGeenInburgeringsplicht }, vandaag: IsoDatum = vandaagInNederland()): Promise<Inburgeraar> {
    const gemeente = vereisGemeente(principal);
    const fouten = new Overtredingen();
    controleerDatum(invoer.datum, 'input.datum', vandaag, fouten);
    if (invoer.reden === 'OVERLIJDEN') fouten.add(F.EINDE_DOOR_OVERLIJDEN, 'input.reden');
    fouten.throwIfAny();
    return this.em.transactional(async (em) => {
      const persoon = await eigenDossier(em, gemeente, id, 'id', { wijzigen: true });
      const regels = new Overtredingen();
      if (persoon.begindatumInburgeringsplicht && invoer.datum < persoon.begindatumInburgeringsplicht) {
        regels.add(F.EINDE_VOOR_BEGIN_PLICHT, 'input.datum', `Het einde ligt vóór de start van de inburgeringsplicht (${datumNl(persoon.begindatumInburgeringsplicht)}).`);
      }
      regels.throwIfAny();
      em.assign(persoon, { datumEindeInburgeringsplicht: invoer.datum, redenEindeInburgeringsplicht: invoer.reden, ...beeindigd(persoon) });
      await em.flush();
      await logInzage(em, gemeente, 'DOSSIER_GEWIJZIGD', [persoon.id]);
      return persoon;
    });
  }

  /** A death ends the obligation on that day at the latest: an end recorded later (or none) becomes OVERLIJDEN. */
  async registreerOverlijden(principal: Principal, id: string, datum: IsoDatum, vandaag: IsoDatum = vandaagInNederland()): Promise<Inburgeraar> {
    const gemeente = vereisGemeente(principal);
    const fouten = new Overtredingen();
    controleerDatum(datum, 'datum', vandaag, fouten);
    fouten.throwIfAny();
    return this.em.transactional(async (em) => {
      const persoon = await eigenDossier(em, gemeente, id, 'id', { wijzigen: true });
      const regels = new Overtredingen();
      if (datum < persoon.geboortedatum) regels.add(F.OVERLIJDEN_VOOR_GEBOORTE, 'datum', `De datum van overlijden ligt vóór de geboortedatum (${datumNl(persoon.geboortedatum)}).`);
      regels.throwIfAny();
      const einde = !persoon.datumEindeInburgeringsplicht || persoon.datumEindeInburgeringsplicht > datum
        ? { datumEindeInburgeringsplicht: datum, redenEindeInburgeringsplicht: 'OVERLIJDEN' as const }
        : {};
      em.assign(persoon, { overlijdensdatum: datum, ...einde, ...beeindigd(persoon) });
      await em.flush();
      await logInzage(em, gemeente, 'DOSSIER_GEWIJZIGD', [persoon.id]);
      return persoon;
    });
  }
}

function controleerDatum(datum: IsoDatum, veld: string, vandaag: IsoDatum, fouten: Overtredingen): void {
  if (!isIsoDatum(datum)) fouten.add(F.DATUM_ONGELDIG, veld);
  else if (datum > vandaag) fouten.add(F.DATUM_IN_TOEKOMST, veld, `Deze datum ligt na vandaag (${datumNl(vandaag)}): registreer het pas als het zo is.`);
}

/** An active dossier ends with its obligation; another status (already ended) stays. */
function beeindigd(persoon: Inburgeraar): Partial<Inburgeraar> {
  return persoon.status === 'ACTIEF' ? { status: 'PLICHT_BEEINDIGD' } : {};
}
