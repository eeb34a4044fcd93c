import { loadConfig } from './config.js';
import { DEMO_ACCOUNTS } from './db/seed/demo-accounts.js';
import { startPortal } from './portal.js';

const config = loadConfig();
const portal = await startPortal(config);

console.log(`\nAanbiedersportaal Inburgering draait op ${portal.url}`);
console.log(`  GraphQL: ${portal.url}/graphql/aanbieder en ${portal.url}/graphql/gemeente`);
if (config.demo) {
  console.log('  Demo-accounts (wachtwoord "demo"):');
  for (const account of DEMO_ACCOUNTS) console.log(`    ${account.email.padEnd(28)} ${account.omschrijving}`);
}
console.log('Stoppen: Ctrl-C\n');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log('\nPortaal stopt…');
    portal.stop().then(() => process.exit(0), (error) => {
      console.error(error);
      process.exit(1);
    });
  });
}
