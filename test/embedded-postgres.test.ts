import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../server/src/db/embedded-postgres.js';

describe('embedded PostgreSQL', () => {
  it('keeps data across restarts and recovers from a postgres left running by a killed run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-pg-'));
    chmodSync(dir, 0o755);
    try {
      const eerste = await startEmbeddedPostgres(dir);
      await eerste.createDatabase('portal');
      const client = new pg.Client(eerste.url('portal'));
      await client.connect();
      await client.query('create table bewaard (x int); insert into bewaard values (42)');
      await client.end();
      const orphan = Number(readFileSync(join(dir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
      // Like after SIGKILL of the portal: postgres still runs, nobody will stop it.

      const tweede = await startEmbeddedPostgres(dir);
      expect(() => process.kill(orphan, 0)).toThrow(); // the orphan was stopped
      const opnieuw = new pg.Client(tweede.url('portal'));
      await opnieuw.connect();
      expect((await opnieuw.query('select x from bewaard')).rows).toEqual([{ x: 42 }]);
      await opnieuw.end();
      await tweede.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
