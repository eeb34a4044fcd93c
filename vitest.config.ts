import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One real PostgreSQL for the whole run (embedded, or DATABASE_URL); each test file makes its own database.
    globalSetup: ['./test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'server', include: ['server/src/**/*.test.ts'] } },
      { extends: true, test: { name: 'test', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**'] } },
      // Browser journeys last: they drive real Chromium and run one file at a time.
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], fileParallelism: false } },
    ],
  },
});
