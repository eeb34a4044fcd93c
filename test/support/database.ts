import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import './vitest-context.js';
import { migrate, openOrm, type Orm, type OrmOptions } from '../../server/src/db/orm.js';

/** A fresh database for one test file, with all migrations applied. */
export async function createTestDatabase(options: OrmOptions = {}): Promise<{ url: string; orm: Orm; drop: () => Promise<void> }> {
  const adminUrl = inject('pgAdminUrl');
  const name = `portal_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const orm = await openOrm(url.toString(), { poolMax: 4, ...options });
  await migrate(orm);
  return {
    url: url.toString(),
    orm,
    drop: async () => {
      await orm.close();
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
