import type { FilterQuery } from '@mikro-orm/core';
import type { AanbiederPrincipal, GemeentePrincipal, Principal } from '../auth/principal.js';
import type { Inburgeraar } from '../inburgeraar/inburgeraar.entity.js';
import type { Traject } from '../traject/traject.entity.js';
import { vandaag } from '../shared/datum.js';

/**
 * The one place that says who may see which rows. Every service query on personal data adds these
 * conditions; no resolver checks tenancy itself. Each condition is expressible as a PostgreSQL
 * row-level-security policy over `current_setting('app.organisatie_id')`, so RLS can be added as a
 * second wall later without changing a query.
 *
 * - gemeente staff: only the dossiers of their own gemeente;
 * - an aanbieder: only trajecten of its own that are active (the toewijzing) under a contract that is in
 *   force today, of a dossier that is active, and only the people behind those trajecten (domain.md §4).
 */
export function trajectScope(principal: Principal, today = vandaag()): FilterQuery<Traject> {
  if (principal.soort === 'gemeente') {
    return { gemeente: principal.gemeenteId };
  }
  // A dossier withdrawn (wrongly registered, 004), moved or ended is no longer processed by aanbieders.
  return { ...eigenLopendeTrajecten(principal, today), inburgeraar: { status: 'ACTIEF' } };
}

/**
 * The people an aanbieder may see: active dossiers with a traject of `trajectScope`, narrowed by `trajecten` (filters
 * on that same traject, e.g. soort or what is due). The dossier's status is tested on the person itself, not joined
 * once more through the traject.
 */
export function inburgeraarScope(principal: Principal, today = vandaag(), trajecten: FilterQuery<Traject> = {}): FilterQuery<Inburgeraar> {
  if (principal.soort === 'gemeente') {
    return { gemeente: principal.gemeenteId };
  }
  return { status: 'ACTIEF', trajecten: { $some: { $and: [eigenLopendeTrajecten(principal, today), trajecten] } } } as FilterQuery<Inburgeraar>;
}

/** An aanbieder's own active trajecten under a contract in force today, apart from the dossier's status. */
function eigenLopendeTrajecten(aanbieder: AanbiederPrincipal, today: string) {
  return {
    aanbieder: aanbieder.aanbiederId,
    status: 'ACTIEF' as const,
    // The contract is the aanbieder's own by the traject's foreign key (contract, gemeente, aanbieder): only its dates count.
    contract: { ingangsdatum: { $lte: today }, $or: [{ einddatum: null }, { einddatum: { $gte: today } }] },
  };
}

/**
 * The gemeente branch of `trajectScope` as an SQL condition on a `traject` alias, for grouped statements the
 * ORM cannot express (aggregates over attendance). Same rule: only the gemeente's own trajecten.
 */
export function gemeenteTrajectScopeSql(gemeente: GemeentePrincipal, alias: string): { sql: string; params: string[] } {
  return { sql: `${alias}.gemeente_id = ?`, params: [gemeente.gemeenteId] };
}
