import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal.js';
import { vandaag } from '../shared/datum.js';

/**
 * Who is asking, told to PostgreSQL: the row-level-security policies (Migration20261205100000-rij-beveiliging) read
 * these settings, so a query that skipped `scope.ts` by mistake still returns nothing of another tenant. MikroORM
 * applies them with `set_config(…, true)` at the start of every transaction of the em, and wraps a statement outside a
 * transaction in one of its own; `sqlStatement` and `inSqlTransactie` do the same. Transaction-local, so a pooled
 * connection never carries a principal to the next request.
 */
export type SessieVariabelen = Record<string, string>;

/**
 * Work without a user: `aanmelden` (a login, finding a request's session or token, a refused login: before anyone is
 * known) and `opruimen` (the job removing expired sessions). The owner's own kinds (`inrichting`, retention) are in
 * the migrations: only the owner role has a policy for them.
 */
export type Systeem = 'aanmelden' | 'opruimen' | 'inrichting';

/**
 * `role` makes the portal role the kind's own role for the transaction (`set_config('role', …, true)` is SET LOCAL
 * ROLE): the policies are written per kind, so a statement is planned with that kind's policies only.
 */
export function principaalVariabelen(principal: Principal, today = vandaag()): SessieVariabelen {
  return principal.soort === 'gemeente'
    ? { 'portaal.gemeente_id': principal.gemeenteId, role: 'portaal_gemeente' }
    : aanbiederVariabelen(principal.aanbiederId, today);
}

function aanbiederVariabelen(aanbiederId: string, today: string): SessieVariabelen {
  return { 'portaal.aanbieder_id': aanbiederId, 'portaal.vandaag': today, role: 'portaal_aanbieder' };
}

/** A fork of `em` whose every statement runs as `principal` in PostgreSQL: the em of one request, one job, one test. */
export function emAls(em: EntityManager, principal: Principal, today = vandaag()): EntityManager {
  return em.fork({ session: { variables: principaalVariabelen(principal, today) } });
}

/**
 * A fork of `em` acting for an aanbieder without a user at hand: a job doing what the aanbieder started (its upload),
 * which reads the upload first to learn who uploaded it and then works as that person (`emAls`).
 */
export function emAlsAanbieder(em: EntityManager, aanbiederId: string, today = vandaag()): EntityManager {
  return em.fork({ session: { variables: aanbiederVariabelen(aanbiederId, today) } });
}

/** A fork of `em` for work without a user, under a system principal with its own narrow policies. */
export function emAlsSysteem(em: EntityManager, systeem: Systeem): EntityManager {
  return em.fork({ session: { variables: { 'portaal.systeem': systeem } } });
}

/** The settings `em` carries (set by `emAls`), for the statements that take a pool connection of their own. */
export function sessieVariabelenVan(em: EntityManager): SessieVariabelen {
  return (em.getSessionContext()?.variables ?? {}) as SessieVariabelen;
}
