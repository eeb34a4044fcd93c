import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import { inject } from 'vitest';
import './vitest-context.js';
import { migrate, openOrm, type Orm, type OrmOptions } from '../../server/src/db/orm.js';
import { databaseUrls, zorgVoorDatabase } from '../../server/src/db/rollen.js';
import { emAlsSysteem } from '../../server/src/modules/tenancy/database-principaal.js';

export interface TestDatabase {
  /** The portal role's URL: what the portal would be given as DATABASE_URL. */
  url: string;
  /** The owner role's URL: what migrations run with (MIGRATION_DATABASE_URL). */
  eigenaarUrl: string;
  /** The portal role's ORM: every test acts as the portal does, under its grants and triggers. */
  orm: Orm;
  /** The owner's ORM, for what only a migration may do (DDL, deleting history, replaying a migration). */
  eigenaar: Orm;
  /**
   * Everything, as the test's own eye: the owner under its `inrichting` principal, the only one row-level security
   * shows every tenant to. For setting up rows by hand and checking what was written; never for the act under test,
   * which runs as a principal (`emAls(orm.em, principal)`) the way the portal runs it.
   */
  alles: () => EntityManager;
  drop: () => Promise<void>;
}

/** A fresh database for one test file, owned by the owner role, with all migrations applied by it. */
export async function createTestDatabase(options: OrmOptions = {}): Promise<TestDatabase> {
  const adminUrl = inject('pgAdminUrl');
  const name = `portal_test_${randomBytes(6).toString('hex')}`;
  await zorgVoorDatabase(adminUrl, name);
  const urls = databaseUrls(adminUrl, name, inject('pgRollen'));
  const eigenaar = await openOrm(urls.eigenaar, { poolMax: 1 });
  await migrate(eigenaar);
  const orm = await openOrm(urls.portaal, { poolMax: 4, ...options });
  return {
    url: urls.portaal,
    eigenaarUrl: urls.eigenaar,
    orm,
    eigenaar,
    alles: () => emAlsSysteem(eigenaar.em, 'inrichting'),
    drop: async () => {
      await orm.close();
      await eigenaar.close();
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
