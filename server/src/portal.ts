import type { Server } from 'node:http';
import type { PortalConfig } from './config.js';
import { startEmbeddedPostgres, type RunningPostgres } from './db/embedded-postgres.js';
import { migrate, openOrm, pendingMigrations, type Orm } from './db/orm.js';
import { controleerPortaalrol } from './db/rollen.js';
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

/**
 * Work as the owner role: the migrations, and setting up the demo world. On one embedded PostgreSQL both roles are made
 * here; on an external one DATABASE_URL is the portal role and MIGRATION_DATABASE_URL (optional) the owner.
 */
async function alsEigenaar<T>(url: string, werk: (eigenaar: Orm) => Promise<T>): Promise<T> {
  const eigenaar = await openOrm(url, { poolMax: 1 });
  try {
    return await werk(eigenaar);
  } finally {
    await eigenaar.close();
  }
}

/** Database (embedded unless DATABASE_URL), migrations, optional demo seed, then HTTP. */
export async function startPortal(config: PortalConfig, log: (line: string) => void = console.log): Promise<RunningPortal> {
  if (config.demo && config.databaseUrl && !config.migrationDatabaseUrl) {
    throw new Error('Demo data is set up by the owner role: set MIGRATION_DATABASE_URL too, or start without DATABASE_URL.');
  }
  const fasen: string[] = [];
  let postgres: RunningPostgres | undefined;
  let urls: { portaal: string; eigenaar?: string };
  if (config.databaseUrl) {
    urls = { portaal: config.databaseUrl, eigenaar: config.migrationDatabaseUrl };
  } else {
    postgres = await fase(fasen, 'PostgreSQL', async () => {
      const pg = await startEmbeddedPostgres(config.dataDir);
      await pg.createDatabase('portal');
      return pg;
    });
    urls = postgres.urls('portal');
    log(`PostgreSQL (embedded) draait met data in ${config.dataDir}`);
  }
  let orm: Orm;
  try {
    const eigenaarUrl = urls.eigenaar;
    const applied = eigenaarUrl ? await fase(fasen, 'migraties', () => alsEigenaar(eigenaarUrl, migrate)) : [];
    if (applied.length) log(`Migraties toegepast: ${applied.join(', ')}`);
    await controleerPortaalrol(urls.portaal);
    orm = await fase(fasen, 'ORM', () => openOrm(urls.portaal));
    const open = eigenaarUrl ? [] : await pendingMigrations(orm);
    if (open.length) {
      await orm.close();
      throw new Error(`${open.length} migration(s) not applied (${open.join(', ')}): set MIGRATION_DATABASE_URL to the owner role, or run them first.`);
    }
  } catch (error) {
    await postgres?.stop();
    throw error;
  }
  if (config.demo) {
    const eigenaarUrl = urls.eigenaar!; // checked before anything started
    if (await fase(fasen, 'demodata', () => alsEigenaar(eigenaarUrl, (eigenaar) => seedDemo(orm, eigenaar)))) log('Demodata aangemaakt.');
  }

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
