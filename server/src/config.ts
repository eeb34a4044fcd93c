import { resolve } from 'node:path';

/** Everything the portal reads from its environment, read in one place. */
export interface PortalConfig {
  port: number;
  /** External PostgreSQL; when absent an embedded PostgreSQL is started with its data in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  /** Seed demo accounts and fictional inburgeraars into an empty database. Refused in production. */
  demo: boolean;
  production: boolean;
  /** Built web client to serve from the same origin, if present. */
  webDist: string;
  /** Mark the session cookie `Secure` (behind HTTPS). */
  cookieSecure: boolean;
  sessionHours: number;
  /** A session unused this long ends, whatever its lifetime (SESSION_IDLE_MINUTES, default 30). */
  sessionIdleMinutes: number;
  /** Failed logins allowed per address and per client IP within the window, before HTTP 429 (inlog-drempel.ts). */
  loginGrenzen: { perAccount: number; perAdres: number; vensterMinuten: number };
  /** How long a stop waits for the requests in flight before it closes their connections. */
  shutdownTimeoutMs: number;
  /** Run the job queue's workers in this process (PORTAL_JOB_WORKERS, default true); false for an HTTP-only instance. */
  jobWorkers: boolean;
}

export function loadConfig(argv: string[] = process.argv, env: NodeJS.ProcessEnv = process.env): PortalConfig {
  const root = resolve(import.meta.dirname, '..', '..');
  const production = env.NODE_ENV === 'production';
  const demo = argv.includes('--demo') || env.PORTAL_DEMO === 'true';
  if (demo && production) {
    throw new Error('Demo data is never seeded in production (NODE_ENV=production with --demo/PORTAL_DEMO).');
  }
  return {
    port: Number(env.PORT ?? 4000),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.PORTAL_DATA_DIR ?? resolve(root, '.data')),
    demo,
    production,
    webDist: resolve(env.PORTAL_WEB_DIST ?? resolve(root, 'web', 'dist')),
    cookieSecure: env.COOKIE_SECURE ? env.COOKIE_SECURE === 'true' : production,
    sessionHours: Number(env.SESSION_HOURS ?? 8),
    sessionIdleMinutes: positief(env.SESSION_IDLE_MINUTES, 30),
    loginGrenzen: {
      perAccount: positief(env.LOGIN_MAX_PER_ACCOUNT, 10),
      perAdres: positief(env.LOGIN_MAX_PER_ADDRESS, 100),
      vensterMinuten: positief(env.LOGIN_WINDOW_MINUTES, 15),
    },
    shutdownTimeoutMs: Number(env.SHUTDOWN_TIMEOUT_MS ?? 10_000),
    jobWorkers: env.PORTAL_JOB_WORKERS !== 'false',
  };
}

/** A positive number from the environment, or the default; a typo must not switch a security limit off. */
function positief(waarde: string | undefined, standaard: number): number {
  if (waarde === undefined || waarde === '') return standaard;
  const getal = Number(waarde);
  if (!Number.isFinite(getal) || getal <= 0) throw new Error(`Expected a positive number, got "${waarde}"`);
  return getal;
}
