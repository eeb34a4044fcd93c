import type { EntityManager } from '@mikro-orm/postgresql';
import { plusJaren, type IsoDatum } from '../shared/datum.js';
import { TERMIJN_JAREN } from './pip.codes.js';
import { PipVersie } from './pip-versie.entity.js';
import { TermijnVerlenging } from './termijn-verlenging.entity.js';

/** DUO Inburgeringstermijn: starts at the first PIP's dagtekening, lasts three years, may be extended. */
export interface Inburgeringstermijn {
  startdatum: IsoDatum;
  einddatum: IsoDatum;
  /** The last extension's ground, if the term was extended. */
  verlengingsgrondcode: string | null;
}

export function berekenTermijn(eersteDagtekening: IsoDatum, verlengingen: Pick<TermijnVerlenging, 'nieuweEinddatum' | 'verlengingsgrondcode' | 'vastgesteldOp'>[]): Inburgeringstermijn {
  const laatste = [...verlengingen].sort((a, b) => a.vastgesteldOp.getTime() - b.vastgesteldOp.getTime()).at(-1);
  return {
    startdatum: eersteDagtekening,
    einddatum: laatste?.nieuweEinddatum ?? plusJaren(eersteDagtekening, TERMIJN_JAREN),
    verlengingsgrondcode: laatste?.verlengingsgrondcode ?? null,
  };
}

/** The term of one person, or null while no PIP has been set (then no term runs yet). Two statements. */
export async function inburgeringstermijn(em: EntityManager, inburgeraarId: string): Promise<Inburgeringstermijn | null> {
  const eerste = await em.findOne(PipVersie, { inburgeraar: inburgeraarId, versie: 1 });
  if (!eerste) return null;
  const verlengingen = await em.find(TermijnVerlenging, { inburgeraar: inburgeraarId });
  return berekenTermijn(eerste.dagtekeningPip, verlengingen);
}
