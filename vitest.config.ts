import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql 16 ships CJS (main) and ESM (module). Node loads the CJS one for type-graphql and Apollo; Vite
// would pick the ESM one for our sources, and two graphql instances refuse each other's types.
const graphqlCjs = createRequire(new URL('./server/package.json', import.meta.url)).resolve('graphql');
// Tests read the shared file reader from its source, so they never run against a stale build in invoer/dist.
const invoerBron = new URL('./invoer/src/index.ts', import.meta.url).pathname;

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlCjs }, { find: /^@portal\/invoer$/, replacement: invoerBron }] },
  test: {
    // One real PostgreSQL for the whole run (embedded, or DATABASE_URL); each test file makes its own database.
    globalSetup: ['./test/support/global-setup.ts'],
    testTimeout: 30_000,
    reporters: ['default', './test/support/summary-reporter.ts'],
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'invoer', include: ['invoer/src/**/*.test.ts'] } },
      { extends: true, test: { name: 'server', include: ['server/src/**/*.test.ts'] } },
      { extends: true, test: { name: 'web', include: ['web/src/**/*.test.ts'] } },
      { extends: true, test: { name: 'test', include: ['test/**/*.test.ts'], exclude: ['**/node_modules/**', 'test/e2e/**'] } },
      // Browser journeys last: they drive real Chromium and run one file at a time. A poll waits up to 10 s (not 1 s):
      // on a busy 2-core machine a save can take longer than a second, and a poll ends as soon as it holds.
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], fileParallelism: false, expect: { poll: { timeout: 10_000 } } } },
    ],
  },
});
