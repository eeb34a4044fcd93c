import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { AuthorizationError } from 'type-graphql';
import { AuthFout } from '../modules/auth/auth.errors.js';
import { logWeigering } from '../modules/inzage/inzage.js';
import { DomainError } from '../modules/shared/domain-error.js';
import type { PortalContext } from './context.js';

const GEWIKKELD = Symbol('weigeringen gelogd');

/** The code a refusal is logged with, or undefined when the error is no refusal (a broken rule, a conflict). */
function weigeringscode(error: unknown): string | undefined {
  if (error instanceof AuthorizationError) return AuthFout.ROL_ONTBREEKT;
  if (error instanceof DomainError && (error.soort === 'NOT_FOUND' || error.soort === 'FORBIDDEN')) return error.code;
  return undefined;
}

/** Every id an operation was asked for: arguments and input fields named `id`, `…Id` or `…Ids`, at any depth. */
export function gevraagdeIds(waarde: unknown, sleutel = ''): string[] {
  if (Array.isArray(waarde)) return waarde.flatMap((w) => gevraagdeIds(w, sleutel));
  if (waarde && typeof waarde === 'object') return Object.entries(waarde).flatMap(([k, w]) => gevraagdeIds(w, k));
  return typeof waarde === 'string' && /^id$|Ids?$/.test(sleutel) ? [waarde] : [];
}

/**
 * Wraps every Query and Mutation field so an attempt refused as not found or forbidden leaves a line in the access log
 * (issue 11: refusals are logged as refused), whichever resolver refused it and whether the role guard or a service
 * did. Here and not in a type-graphql middleware, because type-graphql runs its role guard before any middleware. The
 * caller gets the same error as before; a failing log write is reported, never put in its place.
 */
export function logWeigeringen(schema: GraphQLSchema): GraphQLSchema {
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!isObjectType(root)) continue;
    for (const veld of Object.values(root.getFields())) {
      const resolve = veld.resolve as (GraphQLFieldResolver<unknown, PortalContext> & { [GEWIKKELD]?: true }) | undefined;
      // type-graphql may hand the same field objects to both schemas (tekstgrenzen.ts): wrap each once, log once.
      if (!resolve || resolve[GEWIKKELD]) continue;
      const gewikkeld = async (...[bron, args, context, info]: Parameters<GraphQLFieldResolver<unknown, PortalContext>>) => {
        try {
          return await resolve(bron, args, context, info);
        } catch (error) {
          const code = weigeringscode(error);
          if (code && context.principal) {
            await logWeigering(context.em, context.principal, { code, operatie: veld.name, gevraagd: gevraagdeIds(args) })
              .catch((logfout: unknown) => console.error('[inzage] refusal not logged', logfout));
          }
          throw error;
        }
      };
      veld.resolve = Object.assign(gewikkeld, { [GEWIKKELD]: true as const });
    }
  }
  return schema;
}
