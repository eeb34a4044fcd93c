import type { Pagina } from '../modules/shared/pagina.js';

/** A service's page in the Relay-like shape both schemas use. */
export function naarConnection<T>(pagina: Pagina<T>) {
  return { nodes: pagina.nodes, totalCount: pagina.totalCount, pageInfo: { hasNextPage: pagina.hasNextPage, endCursor: pagina.endCursor } };
}
