import type { FilterQuery } from '@mikro-orm/core';
import type { AanbiederPrincipal, GemeentePrincipal, Principal } from '../auth/principal.js';
import type { AanwezigheidUpload } from '../aanwezigheid-upload/upload.entity.js';
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
  return {
    aanbieder: principal.aanbiederId,
    status: 'ACTIEF',
    // A dossier withdrawn (wrongly registered, 004), moved or ended is no longer processed by aanbieders.
    inburgeraar: { status: 'ACTIEF' },
    contract: {
      aanbieder: principal.aanbiederId,
      ingangsdatum: { $lte: today },
      $or: [{ einddatum: null }, { einddatum: { $gte: today } }],
    },
  };
}

export function inburgeraarScope(principal: Principal, today = vandaag()): FilterQuery<Inburgeraar> {
  if (principal.soort === 'gemeente') {
    return { gemeente: principal.gemeenteId };
  }
  return { trajecten: { $some: trajectScope(principal, today) } } as FilterQuery<Inburgeraar>;
}

/**
 * The gemeente branch of `trajectScope` as an SQL condition on a `traject` alias, for grouped statements the
 * ORM cannot express (aggregates over attendance). Same rule: only the gemeente's own trajecten.
 */
export function gemeenteTrajectScopeSql(gemeente: GemeentePrincipal, alias: string): { sql: string; params: string[] } {
  return { sql: `${alias}.gemeente_id = ?`, params: [gemeente.gemeenteId] };
}

/** An aanbieder sees only its own uploads (the file and every line's result). */
export function uploadScope(principal: AanbiederPrincipal): FilterQuery<AanwezigheidUpload> {
  return { aanbieder: principal.aanbiederId };
}
