import type { MikroORM } from '@mikro-orm/postgresql';
import type { NextFunction, Request, Response } from 'express';
import { AuthService } from '../modules/auth/auth.service.js';
import type { Principal } from '../modules/auth/principal.js';
import { leesSessieToken } from './session-cookie.js';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      principal?: Principal;
    }
  }
}

/** Works out who is asking: an aanbieder system by `Authorization: Bearer`, a person by the session cookie. */
export function principalMiddleware(orm: MikroORM) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const auth = new AuthService(orm.em.fork());
      const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
      const sessie = leesSessieToken(req);
      if (bearer) res.locals.principal = await auth.principalVoorApiToken(bearer);
      else if (sessie) res.locals.principal = await auth.principalVoorSessie(sessie);
      next();
    } catch (error) {
      next(error);
    }
  };
}
