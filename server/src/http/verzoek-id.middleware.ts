import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { binnenVerzoek } from '../modules/shared/verzoek.js';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      verzoekId?: string;
    }
  }
}

export const VERZOEK_ID_HEADER = 'X-Request-Id';

/**
 * Gives every request an id of our own, returned as `X-Request-Id` and stored on each access-log line it writes. An id
 * a client sends is ignored: the log's ids must be ours, unique and unforgeable.
 */
export function verzoekIdMiddleware(_req: Request, res: Response, next: NextFunction): void {
  const id = randomUUID();
  res.locals.verzoekId = id;
  res.setHeader(VERZOEK_ID_HEADER, id);
  binnenVerzoek({ id }, next);
}

/**
 * Enters the request's context again after a body parser: its callback runs from the socket's stream events, outside
 * the context the first middleware opened, so whatever comes after it would otherwise see no request id.
 */
export function verzoekContext(_req: Request, res: Response, next: NextFunction): void {
  const id = res.locals.verzoekId;
  if (id) binnenVerzoek({ id }, next);
  else next();
}
