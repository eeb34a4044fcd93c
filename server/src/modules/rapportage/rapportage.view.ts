import type { Rapportage } from './rapportage.entity.js';
import { definitiefVanaf } from './rapportage.service.js';
import { metStandaard } from './rules/index.js';

/** A stored version as the GraphQL types read it: the payload's fields next to the common ones. */
export function rapportageView(r: Rapportage) {
  return {
    ...metStandaard(r.soort, r.gegevens),
    id: r.id, trajectId: r.traject.id, soort: r.soort, versie: r.versie, ingediendOp: r.ingediendOp,
    definitiefVanaf: definitiefVanaf(r), vervangenOp: r.vervangenOp ?? null, heropendOp: r.heropendOp ?? null,
  };
}
