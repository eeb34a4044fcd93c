import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphqlFout } from './graphql.errors.js';
import { GraphQLError, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * How large one request may be. An aanbieder's own system holds a token to this API; without limits one
 * request with a thousand aliases of `deelnemers(first: 100)` would cost the database thousands of queries.
 * Aliases are what multiplies work here: a root field cannot be repeated without one, lists are capped at 100
 * (pagina.ts) and nested lists are loaded in batches. graphql-armor's static cost rule was tried and left out:
 * it priced an ordinary five-level deelnemers query at 6,400 and the whole dossier page at 430.
 * The web client's operations stay inside each limit (a test holds them there).
 */
export const VRAAGGRENZEN = {
  /** Nesting of selections. The schemas have no cycles today (5 levels at most); this guards the day one is added. */
  diepte: 10,
  /** Aliases per operation; the web client uses none. */
  aliassen: 10,
  directives: 10,
  /** Tokens the parser reads before it gives up, so a huge document is refused before it is even parsed whole. */
  tokens: 5000,
} as const;

/**
 * graphql-armor reports in English behind "Syntax Error:"; an integrator gets a Dutch message with the limit and
 * a code to act on instead. Apollo answers it as GRAPHQL_VALIDATION_FAILED (HTTP 400): nothing is executed.
 */
function weiger(melding: string) {
  return {
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null) => {
      context?.reportError(new GraphQLError(melding, { extensions: { domeinCode: GraphqlFout.VRAAG_TE_GROOT } }));
    }],
  };
}

export function vraaggrenzen(): ValidationRule[] {
  const g = VRAAGGRENZEN;
  return [
    maxDepthRule({ n: g.diepte, ...weiger(`De vraag is te diep genest: hoogstens ${g.diepte} niveaus.`) }),
    maxAliasesRule({ n: g.aliassen, ...weiger(`De vraag heeft te veel aliassen: hoogstens ${g.aliassen}.`) }),
    maxDirectivesRule({ n: g.directives, ...weiger(`De vraag heeft te veel directives: hoogstens ${g.directives}.`) }),
  ] as ValidationRule[];
}

export const PARSE_OPTIES: ParseOptions = { maxTokens: VRAAGGRENZEN.tokens };
