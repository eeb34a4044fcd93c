import type { Overtredingen } from '../../shared/domain-error.js';
import type { Rapportagesoort } from '../rapportage.codes.js';
import type { RapportageContext } from './context.js';
import { controleerMapResultaat, controleerPvtResultaat, controleerZRouteResultaat } from './route.rules.js';
import { controleerExamenresultaat, controleerTaalschakelResultaat, controleerVoortgang } from './taal.rules.js';

interface Soortregels {
  controleer: (gegevens: never, ctx: RapportageContext, fouten: Overtredingen) => void;
  /** What makes two reports of this soort on one traject different reports rather than versions of one. */
  sleutel: (gegevens: never) => string;
}

export const REGELS_PER_SOORT: Record<Rapportagesoort, Soortregels> = {
  VOORTGANG: { controleer: controleerVoortgang, sleutel: (g: { peildatum: string }) => g.peildatum },
  TAALSCHAKEL_RESULTAAT: { controleer: controleerTaalschakelResultaat, sleutel: () => '' },
  EXAMENRESULTAAT: { controleer: controleerExamenresultaat, sleutel: (g: { onderdeel: string; examendatum: string }) => `${g.onderdeel}/${g.examendatum}` },
  Z_ROUTE_RESULTAAT: { controleer: controleerZRouteResultaat, sleutel: () => '' },
  MAP_RESULTAAT: { controleer: controleerMapResultaat, sleutel: () => '' },
  PVT_RESULTAAT: { controleer: controleerPvtResultaat, sleutel: () => '' },
};
