import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { DomainError } from '../modules/shared/domain-error.js';
import { stuurFout } from './fout-antwoord.js';
import { HttpFout } from './http.errors.js';

/** Seconds a refused client is asked to wait: a restart of the portal takes a few seconds. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * The gate in front of every route that lets the portal stop without cutting anyone off. It counts the requests in
 * flight; once `sluit()` is called, /readyz answers 503 at once (a load balancer takes the instance out), every new
 * request gets 503 PORTAAL_STOPT with Retry-After and Connection: close, and `leeg()` resolves when the requests
 * that were already running have answered (or the bound has passed).
 */
export interface Stopdeur {
  middleware: RequestHandler;
  /** From now on refuse new work. */
  sluit: () => void;
  readonly gesloten: boolean;
  readonly lopend: number;
  /** Resolves with the number of requests still running: 0, or how many the bound cut short. */
  leeg: (maxMs: number) => Promise<number>;
}

export function stopdeur(): Stopdeur {
  let gesloten = false;
  const lopend = new Set<Response>();
  const wachtenden = new Set<() => void>();

  const middleware: RequestHandler = (req: Request, res: Response, next: NextFunction) => {
    // /healthz keeps saying the process lives; it does until the drain is over.
    if (gesloten && req.path !== '/healthz') {
      res.setHeader('Connection', 'close');
      if (req.path === '/readyz') {
        res.status(503).json({ status: 'portaal stopt' });
        return;
      }
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      stuurFout(res, DomainError.van(HttpFout.PORTAAL_STOPT, ''));
      return;
    }
    lopend.add(res);
    // 'close' comes once per response, after it is sent or when the client went away first.
    res.once('close', () => {
      lopend.delete(res);
      if (lopend.size === 0) for (const wakker of wachtenden) wakker();
    });
    next();
  };

  return {
    middleware,
    sluit: () => {
      gesloten = true;
      // A keep-alive client would send its next request down the same socket; tell it to open a new one.
      for (const res of lopend) if (!res.headersSent) res.setHeader('Connection', 'close');
    },
    get gesloten() {
      return gesloten;
    },
    get lopend() {
      return lopend.size;
    },
    leeg: (maxMs) => new Promise((resolve) => {
      if (lopend.size === 0) return resolve(0);
      const klaarOfOp = () => {
        clearTimeout(timer);
        wachtenden.delete(klaarOfOp);
        resolve(lopend.size);
      };
      const timer = setTimeout(klaarOfOp, maxMs);
      wachtenden.add(klaarOfOp);
    }),
  };
}
