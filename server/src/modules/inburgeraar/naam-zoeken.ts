import type { SqlParam } from '../tenancy/scope.js';

/**
 * Every word must occur in the name (first names, tussenvoegsel, surname): "amina haddad" finds Amina Haddad, and
 * "celik" finds Çelik. `zoeknaam` is that name lowered and without accents (a generated column with a trigram index);
 * the search words pass through the same `portal_zoektekst`, so both sides are normalised alike. An SQL condition on an
 * `inburgeraar` alias ('true' for no words).
 */
export function naamSql(persoon: string, zoek: string, param: SqlParam): string {
  return naamPatronen(zoek).map((patroon) => `${persoon}.zoeknaam like portal_zoektekst(${param(patroon)})`).join(' and ') || 'true';
}

/** A LIKE pattern per word (at most five), its own wildcards taken literally. */
function naamPatronen(zoek: string): string[] {
  return zoek.trim().split(/\s+/).filter(Boolean).slice(0, 5).map((woord) => `%${woord.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}
