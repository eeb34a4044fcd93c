import { isTaalSoort, type Trajectsoort } from '../organisatie/trajectsoort.js';
import { berekenTermijn } from '../pip/inburgeringstermijn.js';
import type { PipVersie } from '../pip/pip-versie.entity.js';
import type { TermijnVerlenging } from '../pip/termijn-verlenging.entity.js';

/** A change of an earlier PIP agreement, as an aanbieder of the language route needs to know it (002). */
export interface PipWijziging {
  dagtekeningPip: string;
  wijzigingsreden: string | null;
  leerroute: string;
  niveau: string | null;
  geschatteIntensiteitB1Route: number | null;
}

/** What the gemeente passes on from the PIP, per trajectsoort (domain.md §4). Fields a soort does not need stay empty. */
export interface PipAfspraken {
  niveauEerstePip: string | null;
  pipWijzigingen: PipWijziging[];
  termijnEinddatum: string | null;
}

export const GEEN_AFSPRAKEN: PipAfspraken = { niveauEerstePip: null, pipWijzigingen: [], termijnEinddatum: null };

/** What of a PIP version and a term extension the agreements need; entities and json rows both have it. */
export type PipVersieAfspraak = Pick<PipVersie, 'versie' | 'dagtekeningPip' | 'leerroute'> & {
  niveau?: string | null; wijzigingsreden?: string | null; geschatteIntensiteitB1Route?: number | null;
};
export type VerlengingAfspraak = Pick<TermijnVerlenging, 'nieuweEinddatum' | 'verlengingsgrondcode' | 'vastgesteldOp'>;

/** The agreements of one person for one trajectsoort, from their PIP versions (oldest first) and term extensions. */
export function pipAfspraken(soort: Trajectsoort, versies: PipVersieAfspraak[], verlengingen: VerlengingAfspraak[]): PipAfspraken {
  const eerste = versies[0];
  if (!eerste) return GEEN_AFSPRAKEN;
  const taalOfZ = isTaalSoort(soort) || soort === 'Z_ROUTE_PARTICIPATIE';
  return {
    // Language level per the first PIP and later changes: for the language route (and the Z-route's goals).
    niveauEerstePip: taalOfZ ? eerste.niveau ?? null : null,
    pipWijzigingen: taalOfZ ? versies.slice(1).map((v) => ({
      dagtekeningPip: v.dagtekeningPip, wijzigingsreden: v.wijzigingsreden ?? null, leerroute: v.leerroute,
      niveau: v.niveau ?? null, geschatteIntensiteitB1Route: v.geschatteIntensiteitB1Route ?? null,
    })) : [],
    // MAP and PVT must be completed within the legal term; its changes are passed on (002).
    termijnEinddatum: soort === 'MAP' || soort === 'PVT' ? berekenTermijn(eerste.dagtekeningPip, verlengingen).einddatum : null,
  };
}

/** A person's PIP versions (oldest first) and term extensions as json arrays, for a hand-written statement on `persoon`. */
export function pipAfsprakenJsonSql(persoon: string): string {
  return `'pipVersies', coalesce((select json_agg(json_build_object('versie', v.versie, 'dagtekeningPip', v.dagtekening_pip,
      'leerroute', v.leerroute, 'niveau', v.niveau, 'wijzigingsreden', v.wijzigingsreden,
      'geschatteIntensiteitB1Route', v.geschatte_intensiteit_b1_route) order by v.versie)
      from pip_versie v where v.inburgeraar_id = ${persoon}.id), '[]'),
    'verlengingen', coalesce((select json_agg(json_build_object('nieuweEinddatum', v.nieuwe_einddatum,
      'verlengingsgrondcode', v.verlengingsgrondcode, 'vastgesteldOp', v.vastgesteld_op))
      from termijn_verlenging v where v.inburgeraar_id = ${persoon}.id), '[]')`;
}

/** What `pipAfsprakenJsonSql` yields (json has no instant: `vastgesteldOp` is text). */
export interface PipAfsprakenJson {
  pipVersies: PipVersieAfspraak[];
  verlengingen: (Omit<VerlengingAfspraak, 'vastgesteldOp'> & { vastgesteldOp: string })[];
}

export function pipAfsprakenUitJson(soort: Trajectsoort, json: PipAfsprakenJson): PipAfspraken {
  return pipAfspraken(soort, json.pipVersies, json.verlengingen.map((v) => ({ ...v, vastgesteldOp: new Date(v.vastgesteldOp) })));
}
