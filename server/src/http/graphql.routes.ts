import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { portalContext, type PortalContext } from '../graphql/context.js';
import type { JobQueue } from '../jobs/queue.js';
import { formatError } from '../graphql/errors.js';
import { GraphqlFout } from '../graphql/graphql.errors.js';
import { invoercontrole } from '../graphql/invoercontrole.js';
import { gevraagdeIds } from '../graphql/weigeringen.js';
import { logWeigering } from '../modules/inzage/inzage.js';
import { literaalPaden } from '../graphql/literalen.js';
import { AuthFout } from '../modules/auth/auth.errors.js';
import { DomainError } from '../modules/shared/domain-error.js';
import { stuurFout } from './fout-antwoord.js';
import { buildRoleSchema, type Rol } from '../graphql/schemas.js';
import { PARSE_OPTIES, vraaggrenzen } from '../graphql/vraaggrenzen.js';

/**
 * The HTTP wall in front of each role's schema: no principal → 401 UNAUTHENTICATED; a principal of the
 * other kind (a gemeente session on /graphql/aanbieder, an aanbieder on /graphql/gemeente) → 403 FORBIDDEN
 * VERKEERD_ENDPOINT, and so does a user who must first replace an initial password (WACHTWOORD_WIJZIGEN); in the
 * shape of every other error (stuurFout). Nothing of the schema, not even introspection, is reachable past it.
 * A known principal refused here is an access-log line too, with the ids its variables asked for.
 */
function toegang(orm: MikroORM, rol: Rol): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const principal = res.locals.principal;
    const fout = !principal ? DomainError.van(AuthFout.NIET_INGELOGD, '')
      : principal.wachtwoordWijzigen ? DomainError.van(AuthFout.WACHTWOORD_WIJZIGEN, '')
      : principal.soort !== rol ? DomainError.van(GraphqlFout.VERKEERD_ENDPOINT, '', `Dit endpoint is alleen voor ${rol === 'aanbieder' ? 'aanbieders' : 'gemeenten'}.`)
      : undefined;
    if (!fout) {
      next();
      return;
    }
    if (principal) {
      const gevraagd = gevraagdeIds((req.body as { variables?: unknown } | undefined)?.variables);
      await logWeigering(orm.em, principal, { code: fout.code, operatie: `/graphql/${rol}`, gevraagd })
        .catch((logfout: unknown) => console.error('[inzage] refusal not logged', logfout));
    }
    stuurFout(res, fout);
  };
}

export interface GraphqlEndpoint {
  handlers: RequestHandler[];
  stop: () => Promise<void>;
}

export async function graphqlEndpoint(orm: MikroORM, rol: Rol, jobs: JobQueue): Promise<GraphqlEndpoint> {
  const server = new ApolloServer<PortalContext>({
    schema: await buildRoleSchema(rol),
    formatError,
    validationRules: [...vraaggrenzen(), literaalPaden],
    parseOptions: PARSE_OPTIES,
    includeStacktraceInErrorResponses: false,
    // No automatic persisted queries: the web client sends its queries, and the cache would keep any client's strings.
    persistedQueries: false,
    // The portal stops itself in order (stoppen.ts, portal.ts); Apollo's own SIGTERM handler would re-raise the signal.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginLandingPageDisabled(), invoercontrole()],
  });
  await server.start();
  const apollo = expressMiddleware(server, {
    context: async ({ res }) => portalContext(orm, res.locals.principal!, jobs),
  });
  return { handlers: [toegang(orm, rol), apollo], stop: () => server.stop() };
}
