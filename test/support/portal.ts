import type { Server } from 'node:http';
import type { EntityManager } from '@mikro-orm/postgresql';
import { resolve } from 'node:path';
import { loadConfig, type PortalConfig } from '../../server/src/config.js';
import { seedDemo } from '../../server/src/db/seed/demo-seed.js';
import { createPortalApp } from '../../server/src/http/app.js';
import type { Orm, OrmOptions } from '../../server/src/db/orm.js';
import { createTestDatabase } from './database.js';

export interface TestPortal {
  url: string;
  /** The portal role's ORM, the one the portal serves with. */
  orm: Orm;
  /** Its database, for a second instance (or another client) on the same data. */
  databaseUrl: string;
  /** The owner's ORM, for what only a migration may do. */
  eigenaar: Orm;
  /** The owner's URL (MIGRATION_DATABASE_URL), for a portal process of its own on the same data. */
  eigenaarUrl: string;
  /** Every row, to set up and check by hand (see TestDatabase.alles). */
  alles: () => EntityManager;
  stop: () => Promise<void>;
}

/**
 * Login limits of the harness: every request comes from 127.0.0.1 and the fuzz suite sends hundreds of wrong passwords
 * to one account, so the production defaults would throttle the tests themselves. The throttle's own tests pass
 * their limits in `config`.
 */
export const TEST_LOGIN_GRENZEN: PortalConfig['loginGrenzen'] = { perAccount: 10_000, perAdres: 100_000, vensterMinuten: 15 };

/** The real portal (HTTP, both GraphQL endpoints, built web client) on a random port, with its own seeded database. */
export async function startTestPortal(ormOptions: OrmOptions = {}, configOpties: Partial<PortalConfig> = {}): Promise<TestPortal> {
  const database = await createTestDatabase(ormOptions);
  await seedDemo(database.orm, database.eigenaar);
  const config = { ...loadConfig([], {}), port: 0, webDist: resolve(import.meta.dirname, '..', '..', 'web', 'dist'), loginGrenzen: TEST_LOGIN_GRENZEN, ...configOpties };
  const portal = await createPortalApp(database.orm, config);
  const server: Server = await new Promise((ok) => {
    const s = portal.app.listen(0, '127.0.0.1', () => ok(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    orm: database.orm,
    databaseUrl: database.url,
    eigenaar: database.eigenaar,
    eigenaarUrl: database.eigenaarUrl,
    alles: database.alles,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
      await portal.stop();
      await database.drop();
    },
  };
}

/** A logged-in HTTP client that keeps its session cookie, like a browser would. */
export class Client {
  private cookie?: string;

  constructor(private readonly baseUrl: string, private readonly bearer?: string) {}

  static async login(baseUrl: string, email: string, password = 'demo'): Promise<Client> {
    const client = new Client(baseUrl);
    const res = await client.post('/auth/login', { email, password });
    if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status}`);
    return client;
  }

  async post(path: string, body: unknown): Promise<Response> {
    const res = await fetch(`${this.baseUrl}${path}`, { method: 'POST', headers: this.headers(), body: JSON.stringify(body) });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    return res;
  }

  /** A body that is not JSON (an uploaded file), with this client's session or token. */
  async postBytes(path: string, body: Uint8Array, contentType = 'application/octet-stream'): Promise<Response> {
    return fetch(`${this.baseUrl}${path}`, { method: 'POST', headers: { ...this.headers(), 'content-type': contentType }, body: new Uint8Array(body) });
  }

  async get(path: string): Promise<Response> {
    return fetch(`${this.baseUrl}${path}`, { headers: this.headers() });
  }

  async graphql<T = any>(endpoint: 'aanbieder' | 'gemeente', query: string, variables?: Record<string, unknown>) {
    const res = await this.post(`/graphql/${endpoint}`, { query, variables });
    const text = await res.text();
    return { status: res.status, text, body: JSON.parse(text) as { data?: T; errors?: { message: string; extensions: Record<string, any> }[] } };
  }

  private headers(): Record<string, string> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    return headers;
  }
}
