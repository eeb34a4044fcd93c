import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import './vitest-context.js';
import { startEmbeddedPostgres } from '../../server/src/db/embedded-postgres.js';
import { zorgVoorRollen } from '../../server/src/db/rollen.js';

/** On an external cluster the roles get these (test-only) passwords, the same for every run that shares it. */
const TEST_WACHTWOORDEN = { eigenaar: 'portaal-eigenaar-test', portaal: 'portaal-app-test' };

/**
 * Starts one embedded PostgreSQL for the whole run, unless DATABASE_URL points at an external one (a superuser or a
 * role with CREATEDB and CREATEROLE). Either way the owner and portal roles exist, so every test runs as the portal does.
 */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    await zorgVoorRollen(process.env.DATABASE_URL, TEST_WACHTWOORDEN);
    project.provide('pgAdminUrl', process.env.DATABASE_URL);
    project.provide('pgRollen', TEST_WACHTWOORDEN);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'portal-test-'));
  chmodSync(dir, 0o755); // initdb runs as the postgres user and must traverse this folder
  const postgres = await startEmbeddedPostgres(dir, { persistent: false });
  project.provide('pgAdminUrl', postgres.superuserUrl('postgres'));
  project.provide('pgRollen', postgres.wachtwoorden);
  return async () => {
    await postgres.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
