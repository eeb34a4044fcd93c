import type { MikroORM } from '@mikro-orm/postgresql';
import { Router } from 'express';
import { pendingMigrations } from '../db/orm.js';

/** /healthz: the process lives. /readyz: the database answers and every migration is applied. */
export function healthRoutes(orm: MikroORM): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      await orm.em.fork().getConnection().execute('select 1');
      const pending = await pendingMigrations(orm);
      if (pending.length > 0) {
        res.status(503).json({ status: 'migraties ontbreken', pending });
        return;
      }
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database onbereikbaar' });
    }
  });
  return router;
}
