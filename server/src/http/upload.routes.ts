import type { MikroORM } from '@mikro-orm/postgresql';
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import type { JobQueue } from '../jobs/queue.js';
import { AuthFout } from '../modules/auth/auth.errors.js';
import { heeftRol } from '../modules/auth/principal.js';
import { UploadService } from '../modules/aanwezigheid-upload/upload.service.js';
import { MAX_UPLOAD_BYTES, UploadFout } from '../modules/aanwezigheid-upload/upload.errors.js';
import { DomainError } from '../modules/shared/domain-error.js';
import { stuurFout } from './fout-antwoord.js';
import { logWeigering } from '../modules/inzage/inzage.js';
import { emAls } from '../modules/tenancy/database-principaal.js';
import { principalMiddleware } from './principal.middleware.js';

/**
 * POST /upload/aanwezigheid?bestandsnaam=week.csv with the file's bytes as the body (any content type): stored for
 * the aanbieder, its dry run enqueued, answered 202 with the upload's id; progress and result via GraphQL
 * (aanwezigheidUpload). Who may: an aanbieder with MUTEREN, like registreerAanwezigheden.
 */
export function uploadRoutes(orm: MikroORM, jobs: JobQueue, sessieIdleMinuten: number): Router {
  const router = Router();
  router.use(principalMiddleware(orm, sessieIdleMinuten));
  router.post('/aanwezigheid', async (_req, res, next) => {
    const principal = res.locals.principal;
    if (!principal) return stuurFout(res, DomainError.van(AuthFout.NIET_INGELOGD, ''));
    const fout = principal.wachtwoordWijzigen ? DomainError.van(AuthFout.WACHTWOORD_WIJZIGEN, '')
      : principal.soort !== 'aanbieder' ? DomainError.van(AuthFout.ALLEEN_AANBIEDER, '')
      : !heeftRol(principal, 'MUTEREN') ? DomainError.van(AuthFout.ROL_ONTBREEKT, '')
      : undefined;
    if (!fout) return next();
    // A refusal of someone known is an access-log line, as in GraphQL (weigeringen.ts).
    await logWeigering(orm.em, principal, { code: fout.code, operatie: 'POST /upload/aanwezigheid', gevraagd: [] })
      .catch((logfout: unknown) => console.error('[inzage] refusal not logged', logfout));
    stuurFout(res, fout);
  }, express.raw({ type: () => true, limit: MAX_UPLOAD_BYTES }), async (req, res, next) => {
    try {
      const naam = typeof req.query.bestandsnaam === 'string' ? req.query.bestandsnaam : '';
      const bestand = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const upload = await new UploadService(emAls(orm.em, res.locals.principal!), jobs).ontvang(res.locals.principal!, naam, bestand);
      res.status(202).json({ id: upload.id, status: upload.status });
    } catch (error) {
      if (error instanceof DomainError) stuurFout(res, error);
      else next(error);
    }
  });
  // The body parser's refusal of a file past the limit, coded as this route's own.
  router.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if ((error as { status?: number }).status === 413) stuurFout(res, DomainError.van(UploadFout.UPLOAD_TE_GROOT, 'bestand'), 413);
    else next(error);
  });
  return router;
}
