import type { FilterQuery } from '@mikro-orm/core';
import type { AanbiederPrincipal, GemeentePrincipal, Principal } from '../auth/principal.js';
import type { AanwezigheidUpload } from '../aanwezigheid-upload/upload.entity.js';
import type { Inburgeraar } from '../inburgeraar/inburgeraar.entity.js';
import type { Traject } from '../traject/traject.entity.js';
import { vandaag } from '../shared/datum.js';

/**
 * The one place that says who may see which rows. Every service query on personal data adds these
 * conditions; no resolver checks tenancy itself. PostgreSQL says the same a second time: the row-level-security
 * policies of Migration20261205100000-rij-beveiliging, over the principal `database-principaal.ts` sets per
 * transaction. A change of who may see what (a move, a notice) changes both, in one commit; the tests of
 * db/rij-beveiliging.test.ts hold the policies to these rules.
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

/** Appends a bind parameter and returns its placeholder ($n): statements built from these conditions use real binds. */
export type SqlParam = (waarde: unknown) => string;

/**
 * The aanbieder branch of `trajectScope` as an SQL condition on a `traject` alias, for set-based batch statements and
 * the hand-written read pages. Same rule: own, active trajecten of an active dossier under a contract in force on
 * `today`. The batch tests hold it to the ORM filter's cases (other aanbieder, expired contract, ended traject).
 */
export function aanbiederTrajectScopeSql(aanbieder: AanbiederPrincipal, alias: string, today: string, param: SqlParam): string {
  return `${eigenLopendeTrajectenSql(aanbieder, alias, today, param)}
    and exists (select 1 from inburgeraar scope_i where scope_i.id = ${alias}.inburgeraar_id and scope_i.status = 'ACTIEF')`;
}

/**
 * `deelnemerScope` as an SQL condition on an `inburgeraar` alias: an active dossier with a traject of the aanbieder's
 * scope, narrowed by `trajecten` (a condition on the traject alias it is given, e.g. soort or what is due).
 */
export function aanbiederDeelnemerScopeSql(aanbieder: AanbiederPrincipal, persoon: string, today: string, param: SqlParam,
  trajecten: (alias: string) => string = () => 'true'): string {
  return `${persoon}.status = 'ACTIEF' and exists (select 1 from traject scope_t where scope_t.inburgeraar_id = ${persoon}.id
    and ${eigenLopendeTrajectenSql(aanbieder, 'scope_t', today, param)} and ${trajecten('scope_t')})`;
}

/** `eigenLopendeTrajecten` in SQL: the aanbieder's own active trajecten under a contract in force, apart from the dossier. */
export function eigenLopendeTrajectenSql(aanbieder: AanbiederPrincipal, alias: string, today: string, param: SqlParam): string {
  const id = param(aanbieder.aanbiederId);
  const dag = param(today);
  // The contract is the aanbieder's own by the traject's foreign key (contract, gemeente, aanbieder), as in the ORM filter:
  // only its dates count. Saying its aanbieder again made PostgreSQL misjudge how many people a school has (rows=196 for
  // 7,073) and sort them all for a deep page instead of walking the name index.
  return `${alias}.aanbieder_id = ${id}::uuid and ${alias}.status = 'ACTIEF'
    and exists (select 1 from contract scope_c where scope_c.id = ${alias}.contract_id
                and scope_c.ingangsdatum <= ${dag}::date and (scope_c.einddatum is null or scope_c.einddatum >= ${dag}::date))`;
}

/** The gemeente branch of `inburgeraarScope` as an SQL condition on an `inburgeraar` alias: its own dossiers. */
export function gemeenteInburgeraarScopeSql(gemeente: GemeentePrincipal, persoon: string, param: SqlParam): string {
  return `${persoon}.gemeente_id = ${param(gemeente.gemeenteId)}::uuid`;
}

/**
 * The gemeente branch of `trajectScope` as an SQL condition on a `traject` alias with bind parameters, for the
 * hand-written statements (the dossier page, the aanbieders overview's sums). Same rule: only the gemeente's own trajecten.
 */
export function gemeenteTrajectScopeSql(gemeente: GemeentePrincipal, alias: string, param: SqlParam): string {
  return `${alias}.gemeente_id = ${param(gemeente.gemeenteId)}::uuid`;
}

/** An aanbieder sees only its own uploads (the file and every line's result). */
export function uploadScope(principal: AanbiederPrincipal): FilterQuery<AanwezigheidUpload> {
  return { aanbieder: principal.aanbiederId };
}
