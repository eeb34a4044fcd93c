import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { AuthenticationError, AuthorizationError } from 'type-graphql';
import { DomainError } from '../modules/shared/domain-error.js';
import { VRAAG_TE_GROOT, VRAAGGRENZEN } from './vraaggrenzen.js';

/** Codes the GraphQL layer itself produces for malformed requests; their messages are safe to show. */
const VEILIGE_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE', 'UNAUTHENTICATED', 'FORBIDDEN']);

/**
 * Maps errors to what a client may see, once for all resolvers: a domain error becomes its GraphQL code
 * plus `domeinCode`, `veld` and every violation; an authorisation failure FORBIDDEN; anything else a
 * generic message. No stack trace or SQL ever leaves the server.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path: formatted.path,
      extensions: {
        code: original.soort,
        domeinCode: original.code,
        veld: original.veld,
        fouten: original.overtredingen.map((o) => ({ domeinCode: o.code, veld: o.veld, melding: o.melding })),
      },
    };
  }
  if (original instanceof AuthenticationError) {
    return { message: 'U bent niet ingelogd.', path: formatted.path, extensions: { code: 'UNAUTHENTICATED' } };
  }
  if (original instanceof AuthorizationError) {
    return { message: 'Uw rol geeft geen toegang tot deze handeling.', path: formatted.path, extensions: { code: 'FORBIDDEN', domeinCode: 'ROL_ONTBREEKT' } };
  }
  const code = formatted.extensions?.code;
  // The parser's maxTokens guard (vraaggrenzen.ts); graphql-js 16 words it "more that N tokens".
  if (code === 'GRAPHQL_PARSE_FAILED' && /Document contains more tha[nt] \d+ tokens/.test(formatted.message)) {
    return { message: `De vraag is te lang: hoogstens ${VRAAGGRENZEN.tokens} tokens.`, extensions: { code, domeinCode: VRAAG_TE_GROOT } };
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED' && formatted.extensions?.domeinCode === VRAAG_TE_GROOT) {
    return { message: formatted.message, extensions: { code, domeinCode: VRAAG_TE_GROOT } };
  }
  if (typeof code === 'string' && VEILIGE_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  console.error('[graphql] unexpected error', error);
  return { message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
