import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { PortalConfig } from '../config.js';
import { authRoutes } from './auth.routes.js';
import { stuurFout, stuurInterneFout, stuurOnleesbaarVerzoek } from './fout-antwoord.js';
import { HttpFout } from './http.errors.js';
import { DomainError } from '../modules/shared/domain-error.js';
import { graphqlEndpoint } from './graphql.routes.js';
import { healthRoutes } from './health.routes.js';
import { JOBS } from '../jobs/jobs.js';
import { startJobQueue } from '../jobs/queue.js';
import { principalMiddleware } from './principal.middleware.js';
import { staticWeb } from './static-web.js';
import { stopdeur, type Stopdeur } from './stoppen.js';
import { uploadRoutes } from './upload.routes.js';
import { verzoekContext, verzoekIdMiddleware } from './verzoek-id.middleware.js';

/**
 * The largest request body. The largest request the portal expects is a batch of 2,000 attendance rows, about 0.6 MB
 * as the web client sends it; past this the parser answers 413 (ONGELDIG_VERZOEK) before anything else runs.
 */
export const MAX_BODY = '2mb';

export interface PortalApp {
  app: express.Express;
  /** Closes on stop: new requests are refused while those in flight finish (stoppen.ts). */
  deur: Stopdeur;
  stop: () => Promise<void>;
}

export async function createPortalApp(orm: MikroORM, config: PortalConfig): Promise<PortalApp> {
  const app = express();
  app.disable('x-powered-by');
  // GraphQL answers POSTs: an ETag (a SHA-1 of every body) could never be used, and cost CPU on every request.
  app.set('etag', false);
  app.set('trust proxy', 'loopback');
  const deur = stopdeur();
  app.use(verzoekIdMiddleware); // first: every answer, an error or a refusal too, names its request
  app.use(helmet({ contentSecurityPolicy: { directives: { 'upgrade-insecure-requests': null } }, hsts: config.cookieSecure }));
  app.use(deur.middleware); // first after the security headers: a stopping portal answers nothing else
  app.use(healthRoutes(orm));
  const jobs = await startJobQueue(orm, JOBS, { workers: config.jobWorkers });
  // Before the JSON parser: an upload is the file's raw bytes, with its own size limit.
  app.use('/upload', uploadRoutes(orm, jobs, config.sessionIdleMinutes));
  app.use(express.json({ limit: MAX_BODY }));
  app.use(verzoekContext);
  app.use(principalMiddleware(orm, config.sessionIdleMinutes));
  app.use('/auth', await authRoutes(orm, config));

  const aanbieder = await graphqlEndpoint(orm, 'aanbieder', jobs);
  const gemeente = await graphqlEndpoint(orm, 'gemeente', jobs);
  app.use('/graphql/aanbieder', ...aanbieder.handlers);
  app.use('/graphql/gemeente', ...gemeente.handlers);

  app.use(staticWeb(config.webDist));
  // Any other path (an unknown /auth or /graphql route, a POST outside them): coded, like every other error.
  app.use((_req: Request, res: Response) => stuurFout(res, DomainError.van(HttpFout.ROUTE_ONBEKEND, '')));

  // Last resort: never a stack trace to the client.
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = (error as { status?: number }).status;
    if (status && status >= 400 && status < 500) {
      stuurOnleesbaarVerzoek(res, status);
      return;
    }
    console.error('[http] unexpected error', error);
    stuurInterneFout(res);
  });

  return {
    app,
    deur,
    stop: async () => {
      await Promise.all([aanbieder.stop(), gemeente.stop()]);
      await jobs.stop();
    },
  };
}
