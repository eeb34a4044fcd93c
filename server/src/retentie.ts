import { loadConfig } from './config.js';
import { openOrm, pendingMigrations } from './db/orm.js';
import { pasRetentieToe, retentieVerslag } from './modules/retentie/retentie.service.js';
import { vandaag } from './modules/shared/datum.js';

/**
 * `npm run retention [-- --dry-run]`: applies the retention of Besluit inburgering art. 9.9 now, for today in the
 * Netherlands, as the nightly job does (modules/retentie); with --dry-run it lists what would go and deletes nothing.
 * The output counts rows per table per dossier id, never a name or BSN. Needs DATABASE_URL, like `npm run worker`.
 */
const args = process.argv.slice(2);
const onbekend = args.filter((a) => a !== '--dry-run');
if (onbekend.length > 0) {
  console.error(`Onbekende optie: ${onbekend.join(' ')}. Gebruik: npm run retention [-- --dry-run]`);
  process.exit(2);
}
const config = loadConfig([], process.env);
if (!config.databaseUrl) {
  // The embedded PostgreSQL belongs to the portal process that started it; its workers run retention every night.
  console.error('De bewaartermijn toepassen vraagt DATABASE_URL. Met de ingebouwde PostgreSQL doet het portaal het zelf, elke nacht om 02:30.');
  process.exit(1);
}

const orm = await openOrm(config.databaseUrl);
try {
  const pending = await pendingMigrations(orm);
  if (pending.length > 0) {
    console.error(`De database mist migraties (${pending.join(', ')}): start het portaal eerst, dat past ze toe.`);
    process.exitCode = 1;
  } else {
    const uitkomst = await pasRetentieToe(orm.em.fork(), vandaag(), { proef: args.includes('--dry-run') });
    for (const regel of retentieVerslag(uitkomst)) console.log(regel);
  }
} finally {
  await orm.close();
}
