import { loadConfig } from './config.js';
import { zonderSignaalhaken } from './db/embedded-postgres.js';
import { DEMO_ACCOUNTS } from './db/seed/demo-accounts.js';
import { startPortal } from './portal.js';

// Everything before this line is loading the code (the imports above are evaluated first).
const geladen = performance.now();
const config = loadConfig();
// This process stops PostgreSQL itself, after the requests in flight (portal.ts); the package's hooks would not wait.
zonderSignaalhaken();
const portal = await startPortal(config);

console.log(`\nAanbiedersportaal Inburgering draait op ${portal.url}`);
console.log(`  GraphQL: ${portal.url}/graphql/aanbieder en ${portal.url}/graphql/gemeente`);
if (config.demo) {
  console.log('  Demo-accounts (wachtwoord "demo"):');
  for (const account of DEMO_ACCOUNTS) console.log(`    ${account.email.padEnd(28)} ${account.omschrijving}`);
}
console.log(config.jobWorkers ? '  Jobs: in dit proces' : '  Jobs: niet in dit proces (PORTAL_JOB_WORKERS=false); start ze met npm run worker');
console.log('Stoppen: Ctrl-C\n');
const totaal = (performance.now() / 1000).toFixed(1);
console.log(`[start] server klaar in ${totaal} s: code laden ${(geladen / 1000).toFixed(1)} s · ${portal.fasen.join(' · ')}`);

/** Past the drain's bound plus this, the stop itself hangs (a database that does not answer): exit anyway. */
const HARDE_GRENS_EXTRA_MS = 5_000;

let stoppend = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  // `on`, not `once`: Ctrl-C reaches this process twice (from the terminal and forwarded by the bootstrap), and a
  // signal without a listener would kill it mid-drain.
  process.on(signal, () => {
    if (stoppend) return;
    stoppend = true;
    console.log(`\nPortaal stopt… (lopende verzoeken krijgen ${config.shutdownTimeoutMs} ms)`);
    setTimeout(() => {
      console.error('Portaal stopte niet op tijd; het proces wordt beëindigd.');
      process.exit(1);
    }, config.shutdownTimeoutMs + HARDE_GRENS_EXTRA_MS).unref();
    portal.stop().then(() => process.exit(0), (error) => {
      console.error(error);
      process.exit(1);
    });
  });
}
