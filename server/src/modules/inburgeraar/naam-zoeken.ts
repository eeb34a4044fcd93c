import type { FilterQuery } from '@mikro-orm/core';
import type { Inburgeraar } from './inburgeraar.entity.js';

/** Every word must occur in a first name, tussenvoegsel or surname: "amina haddad" finds Amina Haddad. */
export function naamFilter(zoek: string): FilterQuery<Inburgeraar> {
  const woorden = zoek.trim().split(/\s+/).filter(Boolean).slice(0, 5);
  return {
    $and: woorden.map((woord) => {
      const patroon = `%${woord.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      return { $or: [{ voornamen: { $ilike: patroon } }, { achternaam: { $ilike: patroon } }, { tussenvoegsel: { $ilike: patroon } }] };
    }),
  } as FilterQuery<Inburgeraar>;
}
