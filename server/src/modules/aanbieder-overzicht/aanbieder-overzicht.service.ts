import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal.js';
import { vereisGemeente } from '../auth/vereis.js';
import { logInzage } from '../inzage/inzage.js';
import { Contract } from '../organisatie/contract.entity.js';
import { contractView } from '../organisatie/contract.service.js';
import { vandaag, type IsoDatum } from '../shared/datum.js';
import { DomainError } from '../shared/domain-error.js';
import { isUuid } from '../shared/uuid.js';
import type { UrenTotalen } from '../traject/uren-totalen.js';
import { cijfersPerAanbieder, GEEN_CIJFERS, type AanbiederCijfers } from './aanbieder-cijfers.js';
import { AanbiederOverzichtFout } from './aanbieder-overzicht.errors.js';
import { trajectenBijAanbieder, type TrajectBijAanbiederView } from './aanbieder-trajecten.js';
import { MELDTERMIJN_WERKDAGEN } from './meldtermijn.js';

export interface AanbiederOverzichtView {
  id: string;
  naam: string;
  kvkNummer: string;
  contracten: ReturnType<typeof contractView>[];
  deelnemers: number;
  uren: UrenTotalen;
  aanwezigheidspercentage: number | null;
  tijdigheid: { meldtermijnWerkdagen: number; perioden: number; opTijd: number; percentageOpTijd: number | null; trajectenZonderVorigeWeek: number };
}

export interface AanbiederDetailView extends AanbiederOverzichtView {
  trajecten: TrajectBijAanbiederView[];
}

/** Percentage with one decimal; null when there is nothing to divide by (nothing scheduled, nothing reported). */
function percentage(deel: number, geheel: number): number | null {
  return geheel > 0 ? Math.round((1000 * deel) / geheel) / 10 : null;
}

/**
 * Per aanbieder the gemeente has (had) a contract with: contracts, deelnemers, hours and how timely it reports.
 * Tenancy: contracts are the gemeente's own; figures and trajecten go through tenancy/scope.ts.
 */
export class AanbiederOverzichtService {
  constructor(private readonly em: EntityManager) {}

  /** Two statements, however many aanbieders and trajecten. */
  async lijst(principal: Principal, nu: IsoDatum = vandaag()): Promise<AanbiederOverzichtView[]> {
    const gemeente = vereisGemeente(principal);
    const contracten = await this.em.find(Contract, { gemeente: gemeente.gemeenteId }, { populate: ['aanbieder'], orderBy: { ingangsdatum: 'desc' } });
    if (contracten.length === 0) return [];
    const cijfers = await cijfersPerAanbieder(this.em, gemeente, { vandaag: nu });
    const perAanbieder = new Map<string, Contract[]>();
    for (const c of contracten) perAanbieder.set(c.aanbieder.id, [...(perAanbieder.get(c.aanbieder.id) ?? []), c]);
    return [...perAanbieder.values()]
      .map((eigen) => overzicht(eigen, cijfers.get(eigen[0]!.aanbieder.id) ?? GEEN_CIJFERS))
      .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  }

  /** One aanbieder with the gemeente's trajecten there; NOT_FOUND without a contract with this gemeente. */
  async aanbieder(principal: Principal, id: string, nu: IsoDatum = vandaag()): Promise<AanbiederDetailView> {
    const gemeente = vereisGemeente(principal);
    const contracten = isUuid(id)
      ? await this.em.find(Contract, { gemeente: gemeente.gemeenteId, aanbieder: id }, { populate: ['aanbieder'], orderBy: { ingangsdatum: 'desc' } })
      : [];
    if (contracten.length === 0) {
      // Whether the aanbieder exists at all, or works for another gemeente, is not this gemeente's business.
      throw DomainError.van(AanbiederOverzichtFout.AANBIEDER_ONBEKEND, 'id', 'Deze aanbieder bestaat niet of heeft geen contract met uw gemeente.');
    }
    const [cijfers, trajecten] = await Promise.all([
      cijfersPerAanbieder(this.em, gemeente, { aanbiederId: id, vandaag: nu }),
      trajectenBijAanbieder(this.em, gemeente, id, nu),
    ]);
    // The list shows people's names: reading it is access to personal data (002), logged like a dossier search.
    await logInzage(this.em, gemeente, 'TRAJECTEN_BIJ_AANBIEDER_GELEZEN', [...new Set(trajecten.map((t) => t.inburgeraarId))]);
    return { ...overzicht(contracten, cijfers.get(id) ?? GEEN_CIJFERS), trajecten };
  }
}

function overzicht(contracten: Contract[], cijfers: AanbiederCijfers): AanbiederOverzichtView {
  const aanbieder = contracten[0]!.aanbieder;
  return {
    id: aanbieder.id,
    naam: aanbieder.naam,
    kvkNummer: aanbieder.kvkNummer,
    contracten: contracten.map(contractView),
    deelnemers: cijfers.deelnemers,
    uren: cijfers.uren,
    aanwezigheidspercentage: percentage(cijfers.uren.aanwezig, cijfers.uren.ingeroosterd),
    tijdigheid: {
      meldtermijnWerkdagen: MELDTERMIJN_WERKDAGEN,
      perioden: cijfers.uren.perioden,
      opTijd: cijfers.opTijd,
      percentageOpTijd: percentage(cijfers.opTijd, cijfers.uren.perioden),
      trajectenZonderVorigeWeek: cijfers.zonderVorigeWeek,
    },
  };
}
