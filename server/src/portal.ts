import type { Server } from 'node:http';
import type { PortalConfig } from './config.js';
import { startEmbeddedPostgres, type RunningPostgres } from './db/embedded-postgres.js';
import { migrate, openOrm, type Orm } from './db/orm.js';
import { seedDemo } from './db/seed/demo-seed.js';
import { createPortalApp } from './http/app.js';

export interface RunningPortal {
  url: string;
  orm: Orm;
  stop: () => Promise<void>;
}

/** Database (embedded unless DATABASE_URL), migrations, optional demo seed, then HTTP. */
export async function startPortal(config: PortalConfig, log: (line: string) => void = console.log): Promise<RunningPortal> {
  let postgres: RunningPostgres | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    postgres = await startEmbeddedPostgres(config.dataDir);
    await postgres.createDatabase('portal');
    databaseUrl = postgres.url('portal');
    log(`PostgreSQL (embedded) draait met data in ${config.dataDir}`);
  }
  const orm = await openOrm(databaseUrl);
  const applied = await migrate(orm);
  if (applied.length) log(`Migraties toegepast: ${applied.join(', ')}`);
  if (config.demo && (await seedDemo(orm))) log('Demodata aangemaakt.');

  const portal = await createPortalApp(orm, config);
  const server: Server = await new Promise((resolve) => {
    const s = portal.app.listen(config.port, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;

  let stopped: Promise<void> | undefined;
  return {
    url: `http://localhost:${port}`,
    orm,
    stop: () => (stopped ??= (async () => {
      // Refuse new work (and /readyz 503) first, let what runs finish within the bound, only then close sockets.
      const lopend = portal.deur.lopend;
      const begin = performance.now();
      portal.deur.sluit();
      const afgebroken = await portal.deur.leeg(config.shutdownTimeoutMs);
      if (afgebroken > 0) log(`${afgebroken} van ${lopend} lopende verzoek(en) na ${config.shutdownTimeoutMs} ms afgebroken.`);
      else if (lopend > 0) log(`${lopend} lopende verzoek(en) afgerond in ${Math.round(performance.now() - begin)} ms.`);
      const gesloten = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections(); // what is left is idle keep-alive sockets (or requests past the bound)
      await gesloten;
      await portal.stop();
      await orm.close();
      await postgres?.stop();
    })()),
  };
}
