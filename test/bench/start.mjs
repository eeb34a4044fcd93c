#!/usr/bin/env node
// `npm run bench [-- --quick] [--schaal 0.05] [--herhalingen 20] [--alleen reads,bulk]`: the bench of issue 10
// (test/bench/regio.bench.test.ts) run by vitest, which compiles the portal's decorators as the tests do.
// Without --quick it generates the regional data set once into .bench/ (a cached template) and takes up to 30 minutes.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    schaal: { type: 'string' },
    herhalingen: { type: 'string' },
    alleen: { type: 'string' },
  },
});
const env = { ...process.env, BENCH_VOLLEDIG: values.quick ? '0' : '1' };
if (values.schaal) env.BENCH_SCHAAL = values.schaal;
if (values.herhalingen) env.BENCH_HERHALINGEN = values.herhalingen;
if (values.alleen) env.BENCH_ALLEEN = values.alleen;
const result = spawnSync('pnpm', ['exec', 'vitest', 'run', '--project', 'test', 'test/bench/regio.bench.test.ts'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
