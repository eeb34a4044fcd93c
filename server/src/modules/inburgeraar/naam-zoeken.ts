import { raw, type FilterQuery } from '@mikro-orm/core';
import type { Inburgeraar } from './inburgeraar.entity.js';

/**
 * Every word must occur in the name (first names, tussenvoegsel, surname): "amina haddad" finds Amina Haddad, and
 * "celik" finds Çelik. `zoeknaam` is that name lowered and without accents (a generated column with a trigram index);
 * the search words pass through the same `portal_zoektekst`, so both sides are normalised alike.
 */
export function naamFilter(zoek: string): FilterQuery<Inburgeraar> {
  const woorden = zoek.trim().split(/\s+/).filter(Boolean).slice(0, 5);
  return {
    $and: woorden.map((woord) => {
      const patroon = `%${woord.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      return { [raw((alias: string) => `${alias}.zoeknaam like portal_zoektekst(?)`, [patroon])]: [] };
    }),
  } as FilterQuery<Inburgeraar>;
}
