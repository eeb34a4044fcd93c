import { eigenDossier } from '../inburgeraar/eigen-dossier.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal.js';
import { vereisGemeente } from '../auth/vereis.js';
import { DoelgroepPeriode } from '../inburgeraar/doelgroep-periode.entity.js';
import { vandaag as vandaagInNederland, type IsoDatum } from '../shared/datum.js';
import { Overtredingen } from '../shared/domain-error.js';
import { logInzage } from '../inzage/inzage.js';
import { gevolgdeUren } from '../traject/gevolgde-uren.js';
import { PipVersie } from './pip-versie.entity.js';
import { controleerPip, effectiefNiveau, type PipInvoer } from './pip.rules.js';

export class PipService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Records a PIP: the first one, or a change as a new version. All of DUO's and the domain's rules are
   * checked first; nothing is written unless all pass. Versions of one person are serialised by a row lock.
   */
  async stelVast(principal: Principal, inburgeraarId: string, invoer: PipInvoer, vandaag: IsoDatum = vandaagInNederland()): Promise<PipVersie> {
    const gemeente = vereisGemeente(principal);
    return this.em.transactional(async (em) => {
      const persoon = await eigenDossier(em, gemeente, inburgeraarId, 'inburgeraarId', { wijzigen: true });

      const versies = await em.find(PipVersie, { inburgeraar: persoon }, { orderBy: { versie: 'asc' } });
      const actueel = versies.at(-1) ?? null;
      const doelgroep = await em.findOne(DoelgroepPeriode, { inburgeraar: persoon, einddatum: null });
      const fouten = new Overtredingen();
      controleerPip(invoer, {
        vandaag,
        regime: persoon.regime,
        doelgroep: doelgroep?.doelgroep ?? null,
        begindatumInburgeringsplicht: persoon.begindatumInburgeringsplicht ?? null,
        datumVestiging: persoon.datumVestiging ?? null,
        eerste: versies[0] ?? null,
        actueel: actueel ? { dagtekeningPip: actueel.dagtekeningPip, leerroute: actueel.leerroute, niveau: actueel.niveau ?? null } : null,
        taaluren: actueel ? (await gevolgdeUren(em, persoon.id)).participatieAlsTaalles : 0,
      }, fouten);
      fouten.throwIfAny();

      const versie = em.create(PipVersie, {
        inburgeraar: persoon,
        gemeente: gemeente.gemeenteId,
        versie: (actueel?.versie ?? 0) + 1,
        dagtekeningPip: invoer.dagtekeningPip,
        leerroute: invoer.leerroute,
        niveau: effectiefNiveau(invoer),
        geschatteIntensiteitB1Route: invoer.geschatteIntensiteitB1Route ?? null,
        indicatorAlfabetiseringsonderwijs: invoer.indicatorAlfabetiseringsonderwijs ?? 'NVT',
        datumInburgeringsaanbod: invoer.datumInburgeringsaanbod ?? null,
        redenLateStart: (invoer.redenLateStart as PipVersie['redenLateStart']) ?? null,
        eenzijdigVastgesteld: invoer.eenzijdigVastgesteld ?? false,
        wijzigingsreden: actueel ? invoer.wijzigingsreden ?? null : null,
        vastgesteldDoor: gemeente.gebruikerId!,
        vastgesteldOp: new Date(),
      });
      await em.flush();
      await logInzage(em, gemeente, 'DOSSIER_GEWIJZIGD', [persoon.id]);
      return versie;
    });
  }
}
