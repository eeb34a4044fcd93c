import { afterAll, beforeAll } from 'vitest';
import type { Orm } from '../../server/src/db/orm.js';
import type { OrmOptions } from '../../server/src/db/orm.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import { maakWereld } from './fixtures.js';

export type Wereld = Awaited<ReturnType<typeof maakWereld>>;

/**
 * Gives a test file its own database with the fixture world in it. Read `ctx.orm` (the portal role: act through
 * `emAls(ctx.orm.em, principal)`, as row-level security shows a connection without a principal nothing),
 * `ctx.alles()` (every row, to set up and check by hand), `ctx.eigenaar` (the owner, for what only a migration may do) and `ctx.wereld` inside
 * tests (they are set in beforeAll); `extra` adds data once the world exists.
 */
export function metWereld(opties: OrmOptions = {}, extra?: (orm: Orm, wereld: Wereld) => Promise<void>) {
  const ctx = {} as { orm: Orm; eigenaar: Orm; url: string; eigenaarUrl: string; wereld: Wereld; alles: TestDatabase['alles'] };
  let drop: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const db = await createTestDatabase(opties);
    drop = db.drop;
    ctx.orm = db.orm;
    ctx.eigenaar = db.eigenaar;
    ctx.url = db.url;
    ctx.eigenaarUrl = db.eigenaarUrl;
    ctx.alles = db.alles;
    ctx.wereld = await maakWereld(db.eigenaar);
    await extra?.(ctx.orm, ctx.wereld);
  });
  afterAll(() => drop());
  return ctx;
}
