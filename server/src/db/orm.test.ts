import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/support/database.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => { db = await createTestDatabase(); });
afterAll(() => db.drop());

it("plans the portal's statements serially on every pooled connection (orm.ts driverOptions)", async () => {
  const [rij] = await db.orm.em.fork().execute<{ max_parallel_workers_per_gather: string }[]>('show max_parallel_workers_per_gather');
  expect(rij!.max_parallel_workers_per_gather).toBe('0');
});
