import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

export type Orm = MikroORM;

/**
 * Session settings of every portal connection. Many small requests on few cores: a parallel plan for one request takes
 * cores from the others, and its workers took ~8 ms to start for a 26-row page (bench EXPLAIN). So each plans serially.
 */
export const VERBINDINGSOPTIES = '-c max_parallel_workers_per_gather=0';

export interface OrmOptions {
  /** Called with every SQL statement; tests use it to count statements. */
  onQuery?: (sql: string) => void;
  poolMax?: number;
}

export function ormConfig(clientUrl: string, options: OrmOptions = {}): Options {
  return {
    clientUrl,
    entities: ENTITIES,
    extensions: [Migrator],
    // Migrations are listed in code, so the built server needs no file discovery and no TS at run time.
    migrations: { migrationsList: MIGRATIONS, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    pool: { max: options.poolMax ?? 10 },
    driverOptions: { options: VERBINDINGSOPTIES },
    debug: options.onQuery ? ['query'] : false,
    logger: options.onQuery ? (message) => options.onQuery!(message) : undefined,
    // Schema changes come from committed migrations only; never derived from entities at run time.
    ensureDatabase: false,
    allowGlobalContext: false,
  };
}

export async function openOrm(clientUrl: string, options: OrmOptions = {}): Promise<Orm> {
  return MikroORM.init(ormConfig(clientUrl, options));
}

/** Applies every pending migration; each runs in its own transaction, all-or-nothing. */
export async function migrate(orm: Orm): Promise<string[]> {
  const applied = await orm.migrator.up();
  return applied.map((m) => m.name);
}

export async function pendingMigrations(orm: Orm): Promise<string[]> {
  return (await orm.migrator.getPending()).map((m) => m.name);
}
