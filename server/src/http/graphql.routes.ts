import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { PortalContext } from '../graphql/context.js';
import { formatError } from '../graphql/errors.js';
import { buildRoleSchema, type Rol } from '../graphql/schemas.js';
import { PARSE_OPTIES, vraaggrenzen } from '../graphql/vraaggrenzen.js';

/**
 * The HTTP wall in front of each role's schema: no principal → 401 UNAUTHENTICATED; a principal of the
 * other kind (a gemeente session on /graphql/aanbieder, an aanbieder on /graphql/gemeente) → 403 FORBIDDEN, and so
 * does a user who must first replace an initial password (domeinCode WACHTWOORD_WIJZIGEN).
 * Nothing of the schema, not even introspection, is reachable past it.
 */
function toegang(rol: Rol): RequestHandler {
  return (_req: Request, res: Response, next: NextFunction) => {
    const principal = res.locals.principal;
    if (!principal) {
      res.status(401).json({ errors: [{ message: 'U bent niet ingelogd.', extensions: { code: 'UNAUTHENTICATED' } }] });
    } else if (principal.wachtwoordWijzigen) {
      res.status(403).json({ errors: [{ message: 'Kies eerst een eigen wachtwoord (POST /auth/wachtwoord).', extensions: { code: 'FORBIDDEN', domeinCode: 'WACHTWOORD_WIJZIGEN' } }] });
    } else if (principal.soort !== rol) {
      res.status(403).json({ errors: [{ message: `Dit endpoint is alleen voor ${rol === 'aanbieder' ? 'aanbieders' : 'gemeenten'}.`, extensions: { code: 'FORBIDDEN' } }] });
    } else {
      next();
    }
  };
}

export interface GraphqlEndpoint {
  handlers: RequestHandler[];
  stop: () => Promise<void>;
}

export async function graphqlEndpoint(orm: MikroORM, rol: Rol): Promise<GraphqlEndpoint> {
  const server = new ApolloServer<PortalContext>({
    schema: await buildRoleSchema(rol),
    formatError,
    validationRules: vraaggrenzen(),
    parseOptions: PARSE_OPTIES,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  await server.start();
  const apollo = expressMiddleware(server, {
    context: async ({ res }) => ({ em: orm.em.fork(), principal: res.locals.principal! }),
  });
  return { handlers: [toegang(rol), apollo], stop: () => server.stop() };
}
