import express, { Router } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Serves the built web client from the same origin; unknown non-API paths get index.html (client-side routes). */
export function staticWeb(webDist: string): Router {
  const router = Router();
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) {
    router.get('/', (_req, res) => {
      res.type('text/plain').send('De webclient is niet gebouwd. Draai `npm start` of `pnpm --filter @portal/web build`.');
    });
    return router;
  }
  router.use(express.static(webDist, { index: false, maxAge: '1h' }));
  router.get(/^\/(?!graphql|auth|healthz|readyz).*/, (_req, res) => {
    res.sendFile(index);
  });
  return router;
}
