import { loadConfig } from './config.js';
import { openOrm, pendingMigrations, type Orm } from './db/orm.js';
import { JOBS } from './jobs/jobs.js';
import { startJobQueue, type JobQueue } from './jobs/queue.js';

/**
 * `npm run worker`: the job queue's workers and schedules in a process of their own, serving no HTTP. Runs against
 * the database of DATABASE_URL, whose migrations the portal applies; the portal instances then run with
 * PORTAL_JOB_WORKERS=false. Stops on SIGTERM or SIGINT after the running jobs finish (within SHUTDOWN_TIMEOUT_MS).
 */
const config = loadConfig();
if (!config.databaseUrl) {
  // An embedded PostgreSQL belongs to the portal process that started it, on a port of its own choosing.
  console.error('De worker heeft DATABASE_URL nodig. Met de ingebouwde PostgreSQL draait het portaal de jobs zelf.');
  process.exit(1);
}

const orm: Orm = await openOrm(config.databaseUrl);
/** Started once the migrations are in; a stop during the start waits for it, then stops it. */
let queue: Promise<JobQueue> | undefined;
let stoppend = false;

/** Past the drain's bound plus this, the stop itself hangs (a database that does not answer): exit anyway. */
const HARDE_GRENS_EXTRA_MS = 5_000;

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  // `on`, not `once`: a second signal (Ctrl-C forwarded by the bootstrap) must not kill the process mid-drain.
  process.on(signal, () => {
    if (stoppend) return;
    stoppend = true;
    console.log('\nWorker stopt… (lopende jobs mogen afronden)');
    setTimeout(() => {
      console.error('Worker stopte niet op tijd; het proces wordt beëindigd.');
      process.exit(1);
    }, config.shutdownTimeoutMs + HARDE_GRENS_EXTRA_MS).unref();
    void (async () => {
      await (await queue)?.stop(config.shutdownTimeoutMs);
      await orm.close();
    })().then(() => process.exit(0), (error) => {
      console.error(error);
      process.exit(1);
    });
  });
}

// The queue's tables come from the migrations: wait for the portal to apply them rather than fail on a fresh database.
let gemeld = false;
while (!stoppend) {
  const pending = await pendingMigrations(orm).catch((error: unknown) => {
    if (stoppend) return []; // the stop closed the connections under this look-up
    throw error;
  });
  if (pending.length === 0) break;
  if (!gemeld) console.log(`Worker wacht op migraties: ${pending.join(', ')}`);
  gemeld = true;
  await new Promise((ok) => setTimeout(ok, 2_000));
}

if (!stoppend) {
  queue = startJobQueue(orm, JOBS, { workers: true });
  await queue;
  const gepland = JOBS.filter((job) => job.schema).map((job) => `${job.naam} (${job.schema})`);
  console.log(`Worker draait: ${JOBS.length} job(s)${gepland.length ? `, gepland: ${gepland.join(', ')}` : ''}. Stoppen: Ctrl-C`);
}
