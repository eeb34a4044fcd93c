#!/usr/bin/env node
// Entry point of `npm start`, `npm test` and `npm run dev` on a machine that has only Node 20 and npm.
// It fetches Node 24 and pnpm from the npm registry into .tools/ (git-ignored), installs the workspace
// from the committed lockfile, and hands over to the pnpm script `portal:<command>` running on Node 24.
// Plain Node, no dependencies: it must run before anything is installed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, delimiter } from 'node:path';
import { fileURLToPath } from 'node:url';

const NODE_VERSION = '24.21.0';
const PNPM_VERSION = '10.34.9';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tools = join(root, '.tools');
const bin = join(tools, 'bin');
const command = process.argv[2] ?? 'start';

function run(cmd, args, env = process.env) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function installedVersion(pkg) {
  const manifest = join(tools, 'lib', 'node_modules', pkg, 'package.json');
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : undefined;
}

const wanted = { node: NODE_VERSION, pnpm: PNPM_VERSION };
const missing = Object.entries(wanted).filter(([pkg, version]) => installedVersion(pkg) !== version);
if (missing.length > 0) {
  console.log(`[bootstrap] fetching ${missing.map(([p, v]) => `${p}@${v}`).join(', ')} into .tools/`);
  // The node package's own install script is blocked by npm 11; the binary it ships works without it.
  run('npm', ['install', '--global', '--prefix', tools, '--no-fund', '--no-audit', '--loglevel=error',
    ...missing.map(([p, v]) => `${p}@${v}`)]);
}

const env = {
  ...process.env,
  PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
  npm_config_update_notifier: 'false',
};
run(join(bin, 'pnpm'), ['install', '--frozen-lockfile', '--config.confirmModulesPurge=false'], env);

if (command === 'start') {
  // Build, then run the server as our own child so Ctrl-C reaches it once and we wait for its clean stop
  // (HTTP closed, PostgreSQL shut down) instead of returning to the prompt while it is still stopping.
  run(join(bin, 'pnpm'), ['run', 'portal:build'], env);
  const server = spawn(join(bin, 'node'), ['server/dist/main.js', '--demo', ...process.argv.slice(3)], { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
} else {
  // Extra arguments reach the pnpm script: `npm run bench -- --quick`.
  run(join(bin, 'pnpm'), ['run', `portal:${command}`, ...process.argv.slice(3)], env);
}
