import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AuthenticationError, AuthorizationError } from 'type-graphql';
import { AuthFout } from '../modules/auth/auth.errors.js';
import { DomainError } from '../modules/shared/domain-error.js';
import { GraphqlFout } from './graphql.errors.js';
import { literaalPad } from './literalen.js';
import { VRAAGGRENZEN } from './vraaggrenzen.js';
import { foutExtensions } from '../http/fout-antwoord.js';
import { INTERNE_FOUT } from '../http/http.errors.js';

/** One shape for every error, as the domain errors have it (and /auth: fout-antwoord.ts). */
function antwoord(code: string, error: DomainError, formatted: GraphQLFormattedError): GraphQLFormattedError {
  return {
    message: error.message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: foutExtensions(error, code),
  };
}

/** The DomainError behind an error: thrown by a resolver, by the input check (invoercontrole.ts) or by a scalar. */
function domeinfout(error: unknown): DomainError | undefined {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) return original;
  if (original instanceof GraphQLError && original.originalError instanceof DomainError) return original.originalError;
  return undefined;
}

/** `r[0].urenAanwezig` in graphql-js's message of a variable it refused → `r.0.urenAanwezig`; '' when absent. */
export function variabelePad(message: string): string {
  const gevonden = /^Variable "\$(\w+)" got invalid value /.exec(message);
  if (!gevonden) return /^Variable "\$(\w+)"/.exec(message)?.[1] ?? '';
  const naam = gevonden[1]!;
  const pad = new RegExp(` at "(${naam}(?:\\.\\w+|\\[\\d+\\])*)"; `).exec(message)?.[1];
  return (pad ?? naam).replace(/\[(\d+)\]/g, '.$1');
}

/** A literal's path, extended by the field name when graphql-js says a required input field is missing. */
function literaalVeld(error: unknown, message: string): string {
  const pad = literaalPad(error instanceof GraphQLError ? error.nodes?.[0] : undefined) ?? '';
  const ontbreekt = /^Field "\w+\.(\w+)" of required type/.exec(message)?.[1];
  const argument = /^Field "\w+" argument "(\w+)" of type/.exec(message)?.[1];
  return [pad, ontbreekt ?? argument].filter(Boolean).join('.');
}

/**
 * Maps errors to what a client may see, once for all resolvers and for every refusal of the GraphQL layer: each gets
 * a `domeinCode` from a catalogue, a Dutch message and, where it concerns one, its `veld`. `extensions.code` stays
 * the category (or Apollo's code for a refused request). No stack trace or SQL ever leaves the server.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : undefined;
  const detail = formatted.message;
  const domein = domeinfout(error);
  if (domein) {
    // A literal our scalar refused (LocalDate "2026-02-30" in the query itself): the document is invalid.
    if (code === 'GRAPHQL_VALIDATION_FAILED') {
      const veld = literaalVeld(error, detail);
      return antwoord(code, new DomainError(domein.soort, [{ ...domein.overtredingen[0], veld }]), formatted);
    }
    return antwoord(domein.soort, domein, formatted);
  }
  if (unwrapResolverError(error) instanceof AuthenticationError || code === 'UNAUTHENTICATED') {
    return antwoord('UNAUTHENTICATED', DomainError.van(AuthFout.NIET_INGELOGD, ''), formatted);
  }
  if (unwrapResolverError(error) instanceof AuthorizationError || code === 'FORBIDDEN') {
    return antwoord('FORBIDDEN', DomainError.van(AuthFout.ROL_ONTBREEKT, ''), formatted);
  }
  switch (code) {
    case 'GRAPHQL_PARSE_FAILED':
      // The parser's maxTokens guard (vraaggrenzen.ts); graphql-js 16 words it "more that N tokens".
      if (/Document contains more tha[nt] \d+ tokens/.test(detail)) {
        return antwoord(code, DomainError.van(GraphqlFout.VRAAG_TE_GROOT, '', `De vraag is te lang: hoogstens ${VRAAGGRENZEN.tokens} tokens.`), { message: detail });
      }
      return antwoord(code, DomainError.van(GraphqlFout.VRAAG_ONLEESBAAR, '', `De vraag is geen leesbare GraphQL: ${detail}`), formatted);
    case 'GRAPHQL_VALIDATION_FAILED':
      if (formatted.extensions?.domeinCode === GraphqlFout.VRAAG_TE_GROOT) return antwoord(code, DomainError.van(GraphqlFout.VRAAG_TE_GROOT, '', detail), { message: detail });
      return antwoord(code, DomainError.van(GraphqlFout.VRAAG_ONGELDIG, literaalVeld(error, detail), `De vraag past niet bij het schema: ${detail}`), formatted);
    case 'BAD_USER_INPUT': // a variable graphql-js refused; invoercontrole.ts normally names it first
      return antwoord(code, DomainError.van(GraphqlFout.WAARDE_ONGELDIG, variabelePad(detail), `Ongeldige variabele: ${detail}`), formatted);
    case 'BAD_REQUEST':
      return antwoord(code, DomainError.van(GraphqlFout.VERZOEK_ONGELDIG, '', `Dit verzoek neemt dit endpoint niet aan: ${detail}`), formatted);
    case 'OPERATION_RESOLUTION_FAILURE':
      return antwoord(code, DomainError.van(GraphqlFout.OPERATIE_ONBEKEND, '', `Welke operatie bedoelt u? ${detail}`), formatted);
    case 'PERSISTED_QUERY_NOT_SUPPORTED':
    case 'PERSISTED_QUERY_NOT_FOUND':
      return antwoord(code, DomainError.van(GraphqlFout.OPGESLAGEN_VRAAG_NIET_ONDERSTEUND, ''), formatted);
  }
  // Apollo's own refusals without a code of their own (a malformed persisted-query extension): the request's fault.
  const http = error instanceof GraphQLError ? (error.extensions.http as { status?: number } | undefined) : undefined;
  if ((!code || code === 'INTERNAL_SERVER_ERROR') && http?.status && http.status >= 400 && http.status < 500) {
    return antwoord('BAD_REQUEST', DomainError.van(GraphqlFout.VERZOEK_ONGELDIG, '', `Dit verzoek neemt dit endpoint niet aan: ${detail}`), formatted);
  }
  console.error('[graphql] unexpected error', error);
  return {
    message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR', domeinCode: INTERNE_FOUT, veld: '', fouten: [] },
  };
}
