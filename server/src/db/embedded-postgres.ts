import { EmbeddedPostgres } from './embedded-postgres-lib.js';

export { zonderSignaalhaken } from './embedded-postgres-lib.js';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { databaseUrls, zorgVoorDatabase, zorgVoorRollen, type DatabaseUrls, type RolWachtwoorden } from './rollen.js';

export interface RunningPostgres {
  /** The superuser's URL: for setting up roles and databases only, never for the portal or its migrations. */
  superuserUrl: (database: string) => string;
  /** The portal role's and the owner role's URLs of `database` (see rollen.ts). */
  urls: (database: string) => DatabaseUrls;
  /** The passwords of the two roles, kept in `<dataDir>/database-rollen.json`. */
  wachtwoorden: RolWachtwoorden;
  /** Creates `name` owned by the owner role, connectable by the portal role (a no-op when it is there). */
  createDatabase: (name: string) => Promise<void>;
  stop: () => Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'portal-embedded';

/**
 * Starts a real PostgreSQL from the embedded-postgres package with its cluster in `<dataDir>/postgres`.
 * A run that was killed (SIGKILL) leaves a postmaster behind; we stop that orphan before starting,
 * unless the portal that owns it is still alive.
 */
export async function startEmbeddedPostgres(dataDir: string, options: { persistent?: boolean } = {}): Promise<RunningPostgres> {
  mkdirSync(dataDir, { recursive: true });
  // initdb runs as the `postgres` system user, which must be able to traverse the parent folder.
  chmodSync(dataDir, 0o755);
  const databaseDir = join(dataDir, 'postgres');
  await clearStaleCluster(dataDir, databaseDir);

  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: options.persistent ?? true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => {},
    onError: (message) => {
      if (typeof message === 'string' && /FATAL|PANIC/.test(message)) console.error(`[postgres] ${message.trim()}`);
    },
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  writeFileSync(ownerFile(dataDir), String(process.pid));
  const superuserUrl = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  const wachtwoorden = rolWachtwoorden(dataDir);
  await zorgVoorRollen(superuserUrl('postgres'), wachtwoorden);

  return {
    superuserUrl,
    urls: (database) => databaseUrls(superuserUrl(database), database, wachtwoorden),
    wachtwoorden,
    createDatabase: (name) => zorgVoorDatabase(superuserUrl('postgres'), name),
    stop: async () => {
      await pg.stop();
      rmSync(ownerFile(dataDir), { force: true });
    },
  };
}

/** The two roles' passwords, generated on the first start and kept beside the cluster, readable by this user only. */
function rolWachtwoorden(dataDir: string): RolWachtwoorden {
  const bestand = join(dataDir, 'database-rollen.json');
  if (existsSync(bestand)) return JSON.parse(readFileSync(bestand, 'utf8')) as RolWachtwoorden;
  const wachtwoorden = { eigenaar: randomBytes(24).toString('base64url'), portaal: randomBytes(24).toString('base64url') };
  writeFileSync(bestand, `${JSON.stringify(wachtwoorden, null, 2)}\n`, { mode: 0o600 });
  return wachtwoorden;
}

function ownerFile(dataDir: string) {
  return join(dataDir, 'portal.pid');
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function clearStaleCluster(dataDir: string, databaseDir: string) {
  const owner = readPid(ownerFile(dataDir));
  if (owner && owner !== process.pid && isAlive(owner)) {
    throw new Error(`Another portal process (pid ${owner}) is using ${dataDir}. Stop it first, or set PORTAL_DATA_DIR.`);
  }
  const lock = join(databaseDir, 'postmaster.pid');
  const postmaster = readPid(lock);
  if (!postmaster) return;
  if (isAlive(postmaster)) {
    console.warn(`[postgres] stopping postgres ${postmaster} left running by an earlier, killed run`);
    process.kill(postmaster, 'SIGINT'); // fast shutdown: rolls back open transactions, keeps committed data
    for (let i = 0; i < 100 && isAlive(postmaster); i++) await new Promise((r) => setTimeout(r, 100));
  }
  rmSync(lock, { force: true });
}

function readPid(file: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}
