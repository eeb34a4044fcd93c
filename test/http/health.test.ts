import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config.js';
import { MIGRATIONS } from '../../server/src/db/migrations/index.js';
import { openOrm } from '../../server/src/db/orm.js';
import { createPortalApp } from '../../server/src/http/app.js';
import { createTestDatabase } from '../support/database.js';
import { startTestPortal, type TestPortal } from '../support/portal.js';

let portal: TestPortal;
beforeAll(async () => {
  portal = await startTestPortal();
});
afterAll(() => portal.stop());

describe('health endpoints', () => {
  it('/healthz and /readyz answer 200 on a migrated database', async () => {
    expect((await fetch(`${portal.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${portal.url}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);
  });

  it('/readyz answers 503 while a migration is missing', async () => {
    const db = await createTestDatabase();
    await db.eigenaar.em.getConnection().execute('delete from mikro_orm_migrations');
    const orm = await openOrm(db.url);
    const { app, stop } = await createPortalApp(orm, { ...loadConfig([], {}), port: 0 });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((ok) => server.once('listening', ok));
    const port = (server.address() as { port: number }).port;
    try {
      const res = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(res.status).toBe(503);
      expect(((await res.json()) as { pending: string[] }).pending).toHaveLength(MIGRATIONS.length);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    } finally {
      server.close();
      await stop();
      await orm.close();
      await db.drop();
    }
  });

  it('serves the web client for client-side routes, never for API paths', async () => {
    const page = await fetch(`${portal.url}/gemeente/dossiers/iets`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/(html|plain)/);
    expect((await fetch(`${portal.url}/graphql/gemeente`, { method: 'GET' })).status).toBe(401);
  });
});
