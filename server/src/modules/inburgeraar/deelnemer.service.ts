import type { EntityManager } from '@mikro-orm/postgresql';
import { Aanwezigheid } from '../aanwezigheid/aanwezigheid.entity.js';
import type { Principal } from '../auth/principal.js';
import { vereisAanbieder } from '../auth/vereis.js';
import { DomainError } from '../shared/domain-error.js';
import { pagineer, type Pagina, type PaginaVraag } from '../shared/pagina.js';
import { isUuid } from '../shared/uuid.js';
import { deelnemerScope, trajectScope } from '../tenancy/scope.js';
import { Traject } from '../traject/traject.entity.js';
import { groepeerPerTraject, trajectView, type TrajectView } from '../traject/traject.views.js';
import { pipAfsprakenPerInburgeraar, type PipAfspraken } from '../traject/pip-afspraken.js';
import { laatsteRapportagesPerTraject } from '../traject/laatste-rapportages.js';
import { teDoen, type TeDoen } from '../traject/te-doen.js';
import { teDoenFilter } from '../traject/te-doen.sql.js';
import { vandaag } from '../shared/datum.js';
import { Inburgeraar } from './inburgeraar.entity.js';
import { DossierFout as F } from './dossier.errors.js';
import { logInzage } from '../inzage/inzage.js';
import { naamFilter } from './naam-zoeken.js';

/** A person as an aanbieder sees them: name, contact details and the portal reference (domain.md §4). Never a BSN. */
export interface DeelnemerView {
  portaalReferentie: string;
  voornamen: string;
  tussenvoegsel: string | null;
  achternaam: string;
  email: string | null;
  telefoon: string | null;
  gemeenteNaam: string;
  trajecten: (TrajectView & PipAfspraken & { teDoen: TeDoen[] })[];
}

export interface AanbiederTrajectView extends TrajectView, PipAfspraken {
  teDoen: TeDoen[];
  deelnemer: Omit<DeelnemerView, 'trajecten'>;
}

export interface DeelnemerFilter {
  zoek?: string | null;
  soort?: Traject['soort'] | null;
  gemeentecode?: string | null;
  /** Only trajecten with something due (te-doen.ts), and the people behind them. */
  teDoen?: boolean | null;
}

/** Columns an aanbieder never reads, not even into memory. */
const NIET_VOOR_AANBIEDER = ['bsn', 'geboortedatum'] as const;

export class DeelnemerService {
  constructor(private readonly em: EntityManager) {}

  /** The aanbieder's deelnemers with their trajecten there: a fixed number of statements, whatever the page size. */
  async lijst(principal: Principal, vraag: PaginaVraag & DeelnemerFilter): Promise<Pagina<DeelnemerView>> {
    const aanbieder = vereisAanbieder(principal);
    // Filters narrow the aanbieder's own trajecten; they can never widen the scope.
    const dag = vandaag();
    const filter = { $and: [vraag.soort ? { soort: vraag.soort } : {}, vraag.gemeentecode ? { gemeente: { gemeentecode: vraag.gemeentecode } } : {},
      vraag.teDoen ? teDoenFilter(dag) : {}] };
    const trajectFilter = { $and: [trajectScope(aanbieder, dag), filter] };
    const where = { $and: [deelnemerScope(this.em, aanbieder, dag, filter), vraag.zoek?.trim() ? naamFilter(vraag.zoek) : {}] };
    const pagina = await pagineer(this.em, Inburgeraar, where, { achternaam: 'asc', voornamen: 'asc', id: 'asc' }, vraag,
      { exclude: NIET_VOOR_AANBIEDER, populate: ['gemeente'] });
    const trajecten = await this.em.find(Traject,
      { $and: [{ inburgeraar: { $in: pagina.nodes.map((p) => p.id) } }, trajectFilter] },
      { populate: ['aanbieder', 'gemeente'], orderBy: { geplandeStart: 'asc' } });
    const [afspraken, rapportages] = await Promise.all([
      pipAfsprakenPerInburgeraar(this.em, pagina.nodes.map((p) => p.id)),
      laatsteRapportagesPerTraject(this.em, trajecten.map((t) => t.id)),
      logInzage(this.em, aanbieder, 'DEELNEMERS_GELEZEN', pagina.nodes.map((p) => p.id)),
    ]);
    return {
      ...pagina,
      nodes: pagina.nodes.map((persoon) => ({
        ...deelnemerBasis(persoon),
        trajecten: trajecten.filter((t) => t.inburgeraar.id === persoon.id)
          .map((t) => {
            const view = trajectView(t);
            return { ...view, ...afspraken(t.soort, persoon.id), teDoen: teDoenVoor(view, rapportages.get(t.id)) };
          }),
      })),
    };
  }

  /** One of the aanbieder's own trajecten with its current attendance; another's is "not found". */
  async traject(principal: Principal, id: string): Promise<AanbiederTrajectView> {
    const aanbieder = vereisAanbieder(principal);
    const traject = isUuid(id)
      ? await this.em.findOne(Traject, { $and: [{ id }, trajectScope(aanbieder)] }, { populate: ['aanbieder', 'gemeente'] })
      : null;
    if (!traject) {
      throw DomainError.van(F.TRAJECT_ONBEKEND, 'id');
    }
    const persoon = await this.em.findOneOrFail(Inburgeraar, traject.inburgeraar.id, { exclude: NIET_VOOR_AANBIEDER, populate: ['gemeente'] });
    const aanwezigheden = await this.em.find(Aanwezigheid, { traject, vervangenOp: null }, { orderBy: { periodeVan: 'desc' } });
    const [afspraken, rapportages] = await Promise.all([
      pipAfsprakenPerInburgeraar(this.em, [persoon.id]),
      laatsteRapportagesPerTraject(this.em, [traject.id]),
      logInzage(this.em, aanbieder, 'TRAJECT_GELEZEN', [persoon.id]),
    ]);
    const view = trajectView(traject, groepeerPerTraject(aanwezigheden).get(traject.id) ?? []);
    return {
      ...view,
      ...afspraken(traject.soort, persoon.id),
      teDoen: teDoenVoor(view, rapportages.get(traject.id)),
      deelnemer: deelnemerBasis(persoon),
    };
  }
}

function teDoenVoor(view: TrajectView, laatsteRapportage: Partial<Record<string, string>> = {}): TeDoen[] {
  return teDoen({ ...view, gemeldTot: view.uren.gemeldTot, laatsteRapportage }, vandaag());
}

type PersoonZonderBsn = Pick<Inburgeraar, 'id' | 'voornamen' | 'tussenvoegsel' | 'achternaam' | 'email' | 'telefoon'> & { gemeente: { naam: string } };

function deelnemerBasis(persoon: PersoonZonderBsn): Omit<DeelnemerView, 'trajecten'> {
  return {
    portaalReferentie: persoon.id,
    voornamen: persoon.voornamen,
    tussenvoegsel: persoon.tussenvoegsel ?? null,
    achternaam: persoon.achternaam,
    email: persoon.email ?? null,
    telefoon: persoon.telefoon ?? null,
    gemeenteNaam: persoon.gemeente.naam,
  };
}

