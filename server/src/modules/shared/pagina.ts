import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { DomainError } from './domain-error.js';

export interface PaginaVraag {
  first?: number | null;
  after?: string | null;
}

export interface Pagina<T> {
  nodes: T[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

export const MAX_PAGINA = 100;
export const STANDAARD_PAGINA = 25;

/** Keyset (cursor) pagination: stable under inserts, and as fast on page 400 as on page 1. */
export async function pagineer<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  orderBy: QueryOrderMap<T>,
  vraag: PaginaVraag,
  options: { exclude?: readonly string[]; populate?: readonly string[] } = {},
): Promise<Pagina<T>> {
  const first = vraag.first ?? STANDAARD_PAGINA;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGINA) {
    throw new DomainError('BAD_USER_INPUT', [{ code: 'PAGINA_ONGELDIG', veld: 'first', melding: `Vraag tussen 1 en ${MAX_PAGINA} resultaten per pagina.` }]);
  }
  try {
    const cursor = await em.findByCursor(entity, {
      where: where as never, orderBy: orderBy as never, first, after: vraag.after ?? undefined, includeCount: true,
      exclude: options.exclude as never, populate: options.populate as never,
    });
    return { nodes: cursor.items, totalCount: cursor.totalCount, hasNextPage: cursor.hasNextPage, endCursor: cursor.endCursor };
  } catch (error) {
    if (vraag.after && !(error instanceof DomainError) && /cursor/i.test(String(error))) {
      throw new DomainError('BAD_USER_INPUT', [{ code: 'CURSOR_ONGELDIG', veld: 'after', melding: 'Deze cursor is ongeldig; begin opnieuw bij de eerste pagina.' }]);
    }
    throw error;
  }
}
