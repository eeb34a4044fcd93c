import type { Server } from 'node:http';
import type { PortalConfig } from './config.js';
import { startEmbeddedPostgres, type RunningPostgres } from './db/embedded-postgres.js';
import { migrate, openOrm, type Orm } from './db/orm.js';
import { seedDemo } from './db/seed/demo-seed.js';
import { createPortalApp } from './http/app.js';

export interface RunningPortal {
  url: string;
  orm: Orm;
  /** How long each phase of the start took, e.g. "PostgreSQL 0.4 s", in order. */
  fasen: string[];
  stop: () => Promise<void>;
}

/** Runs one phase of the start and notes its duration, so a slow start shows where its time went. */
async function fase<T>(fasen: string[], naam: string, werk: () => Promise<T>): Promise<T> {
  const begin = performance.now();
  try {
    return await werk();
  } finally {
    fasen.push(`${naam} ${((performance.now() - begin) / 1000).toFixed(1)} s`);
  }
}

/** Database (embedded unless DATABASE_URL), migrations, optional demo seed, then HTTP. */
export async function startPortal(config: PortalConfig, log: (line: string) => void = console.log): Promise<RunningPortal> {
  const fasen: string[] = [];
  let postgres: RunningPostgres | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    postgres = await fase(fasen, 'PostgreSQL', async () => {
      const pg = await startEmbeddedPostgres(config.dataDir);
      await pg.createDatabase('portal');
      return pg;
    });
    databaseUrl = postgres.url('portal');
    log(`PostgreSQL (embedded) draait met data in ${config.dataDir}`);
  }
  const orm = await fase(fasen, 'ORM', () => openOrm(databaseUrl));
  const applied = await fase(fasen, 'migraties', () => migrate(orm));
  if (applied.length) log(`Migraties toegepast: ${applied.join(', ')}`);
  if (config.demo && (await fase(fasen, 'demodata', () => seedDemo(orm)))) log('Demodata aangemaakt.');

  const portal = await fase(fasen, 'GraphQL', () => createPortalApp(orm, config));
  const server: Server = await fase(fasen, 'HTTP', () => new Promise((resolve) => {
    const s = portal.app.listen(config.port, () => resolve(s));
  }));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;

  let stopped: Promise<void> | undefined;
  return {
    url: `http://localhost:${port}`,
    orm,
    fasen,
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
