import { datumNl, isIsoDatum, type IsoDatum } from '../shared/datum.js';
import type { Overtredingen } from '../shared/domain-error.js';
import { REDENEN_INTREKKING_AUTOMATISCH, type RedenIntrekking, type TrajectEinde } from './beeindiging.codes.js';
import { ToewijzingFout as F } from './toewijzing.errors.js';

export interface BeeindigingInvoer {
  trajectId: string;
  status: TrajectEinde;
  /** AFGEROND: the day it was completed (required). INGETROKKEN: from when (default today). */
  einddatum?: IsoDatum | null;
  redenIntrekking?: RedenIntrekking | null;
}

/** A traject is completed on a known past day, not before it started; it is withdrawn for a coded reason. */
export function controleerBeeindiging(invoer: BeeindigingInvoer, ctx: { vandaag: IsoDatum; geplandeStart: IsoDatum }, fouten: Overtredingen): void {
  const einddatum = invoer.einddatum ?? null;
  if (einddatum !== null && !isIsoDatum(einddatum)) {
    fouten.add(F.DATUM_ONGELDIG, 'input.einddatum', `"${einddatum}" is geen geldige datum; gebruik JJJJ-MM-DD.`);
  } else if (einddatum !== null && einddatum > ctx.vandaag) {
    fouten.add(F.EINDDATUM_IN_TOEKOMST, 'input.einddatum', `De einddatum ligt na vandaag (${datumNl(ctx.vandaag)}): beëindig een traject pas op of na de dag waarop het eindigt.`);
  }
  if (invoer.status === 'AFGEROND') {
    if (einddatum === null) fouten.add(F.EINDDATUM_ONTBREEKT, 'input.einddatum');
    else if (isIsoDatum(einddatum) && einddatum < ctx.geplandeStart) {
      fouten.add(F.EINDDATUM_VOOR_START, 'input.einddatum', `Een traject kan niet zijn afgerond vóór de geplande start (${datumNl(ctx.geplandeStart)}).`);
    }
    if (invoer.redenIntrekking) fouten.add(F.REDEN_BIJ_AFGEROND, 'input.redenIntrekking', 'Een reden voor intrekken hoort niet bij een afgerond traject.');
  } else if (!invoer.redenIntrekking) {
    fouten.add(F.REDEN_INTREKKING_ONTBREEKT, 'input.redenIntrekking');
  } else if (REDENEN_INTREKKING_AUTOMATISCH.includes(invoer.redenIntrekking)) {
    fouten.add(F.REDEN_INTREKKING_NIET_KIESBAAR, 'input.redenIntrekking');
  }
}
