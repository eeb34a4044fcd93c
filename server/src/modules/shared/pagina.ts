import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName, EntityProperty, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { AlgemeneFout } from './algemeen.errors.js';
import { DomainError } from './domain-error.js';
import { isUuid } from './uuid.js';

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

const cursorOngeldig = () => DomainError.van(AlgemeneFout.CURSOR_ONGELDIG, 'after');

/** Whether one decoded cursor value fits its order column (its JS type, a UUID for a uuid column, no NUL). */
function past(prop: EntityProperty | undefined, waarde: unknown): boolean {
  if (!prop) return false;
  if (waarde === null) return Boolean(prop.nullable);
  const soort = String(prop.runtimeType ?? prop.type).toLowerCase();
  if (soort === 'number') return typeof waarde === 'number' && Number.isFinite(waarde);
  if (soort === 'boolean') return typeof waarde === 'boolean';
  // No NUL, and valid UTF-16 (a lone surrogate does not survive the round trip through UTF-8).
  if (typeof waarde !== 'string' || waarde.includes('\u0000') || Buffer.from(waarde).toString() !== waarde) return false;
  if (soort === 'date') return !Number.isNaN(Date.parse(waarde));
  if ([prop.type, ...(prop.columnTypes ?? [])].some((t) => String(t).toLowerCase() === 'uuid')) return isUuid(waarde);
  return soort === 'string';
}

/**
 * A cursor is the order columns' values of the last row, as MikroORM encodes them (base64url of a JSON array). Only one
 * the portal could have made passes: decodable, canonical, one value per order column, each of its column's type; so
 * a made-up `after` is CURSOR_ONGELDIG and never reaches a query (where PostgreSQL would refuse it with a 500).
 */
function controleerCursor<T extends object>(em: EntityManager, entity: EntityName<T>, orderBy: QueryOrderMap<T>, after: string): void {
  let waarden: unknown;
  try {
    waarden = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    throw cursorOngeldig();
  }
  const kolommen = Object.entries(orderBy);
  if (!Array.isArray(waarden) || waarden.length !== kolommen.length) throw cursorOngeldig();
  if (Buffer.from(JSON.stringify(waarden)).toString('base64url') !== after) throw cursorOngeldig();
  const meta = em.getMetadata(entity);
  kolommen.forEach(([kolom, richting], i) => {
    if (typeof richting === 'object' || !past((meta.properties as Record<string, EntityProperty>)[kolom], waarden[i])) throw cursorOngeldig();
  });
}

/** Keyset (cursor) pagination: stable under inserts, and as fast on page 400 as on page 1. */
export async function pagineer<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  orderBy: QueryOrderMap<T>,
  vraag: PaginaVraag,
  options: { exclude?: readonly string[]; populate?: readonly string[] } = {},
): Promise<Pagina<T>> {
  const first = paginaGrootte(vraag);
  if (vraag.after) controleerCursor(em, entity, orderBy, vraag.after);
  const cursor = await em.findByCursor(entity, {
    where: where as never, orderBy: orderBy as never, first, after: vraag.after ?? undefined, includeCount: false,
    exclude: options.exclude as never, populate: options.populate as never,
  });
  // Counted apart, without `populate`: the ORM's own count would join every populated relation for nothing.
  const totalCount = await em.count(entity, where as never);
  return { nodes: cursor.items, totalCount, hasNextPage: cursor.hasNextPage, endCursor: cursor.endCursor };
}

function paginaGrootte(vraag: PaginaVraag): number {
  const first = vraag.first ?? STANDAARD_PAGINA;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGINA) {
    throw DomainError.van(AlgemeneFout.PAGINA_ONGELDIG, 'first', `Vraag tussen 1 en ${MAX_PAGINA} resultaten per pagina.`);
  }
  return first;
}

/** The order of every list of people: by name, the id breaking ties. An index serves it (migration 20261203110000). */
export const NAAM_VOLGORDE = { achternaam: 'asc', voornamen: 'asc', id: 'asc' } as const;

type OpNaam = { achternaam: string; voornamen: string; id: string };

/**
 * `pagineer` for a hand-written statement on NAAM_VOLGORDE: the same checks of `first` and `after`, the same cursors
 * (MikroORM's encoding), so a client pages on as before. `vanaf` is the condition on `alias` after the cursor, `limiet`
 * the placeholder of the LIMIT (one row more than asked, to know whether a next page exists).
 */
export function naamKeysetSql<T extends OpNaam>(em: EntityManager, entity: EntityName<T>, vraag: PaginaVraag, alias: string,
  param: (waarde: unknown) => string): { first: number; vanaf: string; limiet: string } {
  const first = paginaGrootte(vraag);
  if (!vraag.after) return { first, vanaf: 'true', limiet: param(first + 1) };
  controleerCursor(em, entity, NAAM_VOLGORDE as QueryOrderMap<T>, vraag.after);
  const [achternaam, voornamen, id] = JSON.parse(Buffer.from(vraag.after, 'base64url').toString('utf8')) as string[];
  return { first, vanaf: `(${alias}.achternaam, ${alias}.voornamen, ${alias}.id) > (${param(achternaam)}, ${param(voornamen)}, ${param(id)}::uuid)`, limiet: param(first + 1) };
}

/** The page of rows a `naamKeysetSql` statement returned (at most first + 1). */
export function naamPagina<T extends OpNaam>(rijen: T[], first: number, totalCount: number): Pagina<T> {
  const nodes = rijen.slice(0, first);
  const laatste = nodes.at(-1);
  return {
    nodes, totalCount, hasNextPage: rijen.length > first,
    endCursor: laatste ? Buffer.from(JSON.stringify([laatste.achternaam, laatste.voornamen, laatste.id])).toString('base64url') : null,
  };
}
