import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal.js';
import { vereisAanbieder } from '../auth/vereis.js';
import { vandaag, type IsoDatum } from '../shared/datum.js';
import { DomainError } from '../shared/domain-error.js';
import type { Pagina, PaginaVraag } from '../shared/pagina.js';
import { isUuid } from '../shared/uuid.js';
import { pipAfsprakenUitJson, type PipAfspraken, type PipAfsprakenJson } from '../traject/pip-afspraken.js';
import { teDoen, type TeDoen } from '../traject/te-doen.js';
import type { Traject } from '../traject/traject.entity.js';
import { aanwezigheidUitJson, type TrajectJson } from '../traject/traject.sql.js';
import type { TrajectView } from '../traject/traject.views.js';
import { aanbiederTraject, deelnemersPagina, type DeelnemerJson } from './deelnemers.sql.js';
import { DossierFout as F } from './dossier.errors.js';

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

export class DeelnemerService {
  constructor(private readonly em: EntityManager) {}

  /** The aanbieder's deelnemers with their trajecten there: one statement for the page, its total and its log line. */
  async lijst(principal: Principal, vraag: PaginaVraag & DeelnemerFilter): Promise<Pagina<DeelnemerView>> {
    const aanbieder = vereisAanbieder(principal);
    const dag = vandaag();
    const pagina = await deelnemersPagina(this.em, aanbieder, vraag, dag); // writes its access-log line too
    return {
      ...pagina,
      nodes: pagina.nodes.map((persoon) => ({
        ...deelnemerBasis(persoon),
        trajecten: persoon.trajecten.map((traject) => aanbiederTrajectView(traject, persoon, dag)),
      })),
    };
  }

  /** One of the aanbieder's own trajecten with its current attendance; another's is "not found". */
  async traject(principal: Principal, id: string): Promise<AanbiederTrajectView> {
    const aanbieder = vereisAanbieder(principal);
    const dag = vandaag();
    const gevonden = isUuid(id) ? await aanbiederTraject(this.em, aanbieder, id, dag) : undefined; // with its log line
    if (!gevonden) {
      throw DomainError.van(F.TRAJECT_ONBEKEND, 'id');
    }
    return {
      ...aanbiederTrajectView(gevonden.traject, gevonden.deelnemer, dag),
      aanwezigheden: gevonden.aanwezigheden.map(aanwezigheidUitJson),
      deelnemer: deelnemerBasis(gevonden.deelnemer),
    };
  }
}

/** A traject of the statement's json with the person's PIP agreements for its soort and what is due. */
function aanbiederTrajectView({ laatsteRapportage, ...view }: TrajectJson, persoon: PipAfsprakenJson, dag: IsoDatum): TrajectView & PipAfspraken & { teDoen: TeDoen[] } {
  return {
    ...view,
    ...pipAfsprakenUitJson(view.soort, persoon),
    teDoen: teDoen({ ...view, gemeldTot: view.uren.gemeldTot, laatsteRapportage }, dag),
  };
}

function deelnemerBasis(persoon: DeelnemerJson): Omit<DeelnemerView, 'trajecten'> {
  return {
    portaalReferentie: persoon.id,
    voornamen: persoon.voornamen,
    tussenvoegsel: persoon.tussenvoegsel ?? null,
    achternaam: persoon.achternaam,
    email: persoon.email ?? null,
    telefoon: persoon.telefoon ?? null,
    gemeenteNaam: persoon.gemeenteNaam,
  };
}

