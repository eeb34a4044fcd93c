import type { MikroORM } from '@mikro-orm/postgresql';
import type { NextFunction, Request, Response } from 'express';
import type { Principal } from '../modules/auth/principal.js';
import { principalVoorApiToken, principalVoorSessie } from '../modules/auth/principal-opzoeken.js';
import { leesSessieToken } from './session-cookie.js';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      principal?: Principal;
    }
  }
}

/**
 * Works out who is asking: an aanbieder system by `Authorization: Bearer`, a person by the session cookie. One SQL
 * statement on the ORM's connection (a second, at most once a minute per session, to record its last activity); no
 * EntityManager is forked for it (principal-opzoeken.ts says why).
 */
export function principalMiddleware(orm: MikroORM, sessieIdleMinuten: number) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
      const sessie = bearer ? undefined : leesSessieToken(req);
      if (bearer) res.locals.principal = await principalVoorApiToken(orm.em, bearer);
      else if (sessie) res.locals.principal = await principalVoorSessie(orm.em, sessie, sessieIdleMinuten);
      next();
    } catch (error) {
      next(error);
    }
  };
}
