import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import './vitest-context.js';
import { startEmbeddedPostgres } from '../../server/src/db/embedded-postgres.js';


/** Starts one embedded PostgreSQL for the whole run, unless DATABASE_URL points at an external one. */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    project.provide('pgAdminUrl', process.env.DATABASE_URL);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'portal-test-'));
  chmodSync(dir, 0o755); // initdb runs as the postgres user and must traverse this folder
  const postgres = await startEmbeddedPostgres(dir, { persistent: false });
  project.provide('pgAdminUrl', postgres.url('postgres'));
  return async () => {
    await postgres.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
