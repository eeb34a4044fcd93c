import type { EntityManager } from '@mikro-orm/postgresql';
import { CompiledQuery, type Transaction } from 'kysely';
import { PgBoss, type Job, type Queue, type SendOptions } from 'pg-boss';
import type { Orm } from '../db/orm.js';
import { isUuid } from '../modules/shared/uuid.js';

/** The schema our migration Migration20261203130000-job-queue creates; pg-boss never creates or migrates it itself. */
export const JOB_SCHEMA = 'pgboss';

/** A payload carries ids only (never a name, a BSN or hours): the job looks everything up when it runs. */
export type JobIds = Readonly<Record<string, string>>;

/** One kind of job: its queue, its retry policy, and the work it does. One file per job under jobs/. */
export interface JobDefinitie<D extends JobIds> {
  naam: string;
  /** Retries, expiry (a job whose worker died is retried after expireInSeconds), retention. */
  opties: Omit<Queue, 'name' | 'partition'>;
  // Method syntax: a list of jobs with different payloads is one array type.
  verwerk(orm: Orm, data: D): Promise<void>;
}

export interface JobQueue {
  /**
   * Enqueues a job. Inside `em`'s transaction when it has one, so the job exists exactly when the rows it names
   * were committed; otherwise on its own.
   */
  zetInWachtrij<D extends JobIds>(em: EntityManager, job: JobDefinitie<D>, data: D): Promise<string>;
  /** Whether this instance runs the workers (PORTAL_JOB_WORKERS), or only enqueues. */
  readonly werkt: boolean;
  stop(): Promise<void>;
}

export interface JobQueueOpties {
  /** Run the workers in this process (the default); false for an instance that only serves HTTP. */
  workers: boolean;
  /** Seconds between polls when no NOTIFY wakes the worker; tests lower it. */
  pollSeconden?: number;
  log?: (line: string) => void;
}

/** Refuses a payload that is not ids only, so personal data never lands in the queue's tables (kept for days). */
export function controleerPayload(data: JobIds): void {
  for (const [sleutel, waarde] of Object.entries(data)) {
    if (typeof waarde !== 'string' || !isUuid(waarde)) throw new Error(`Job payload ${sleutel} is no id: a job carries ids only`);
  }
}

/** pg-boss's statements on the connection of a MikroORM transaction (kysely underneath; pg-boss uses $1 parameters). */
type Db = NonNullable<SendOptions['db']>;

function transactieDb(em: EntityManager): Db | undefined {
  const trx = em.getTransactionContext<Transaction<unknown>>();
  if (!trx) return undefined;
  return { executeSql: async (text: string, values?: unknown[]) => ({ rows: (await trx.executeQuery(CompiledQuery.raw(text, values ?? []))).rows as unknown[] }) };
}

/**
 * Starts pg-boss on the portal's database with migrate: false (its tables come from our migration, so the portal's
 * role needs no DDL), creates the queues of `jobs` (rows in pgboss.queue, no partitions), and registers their
 * workers when `opties.workers`. Several instances may run on one database: each job is fetched by one of them
 * (SELECT … FOR UPDATE SKIP LOCKED) and a job whose instance died is retried once it expires.
 */
export async function startJobQueue(orm: Orm, jobs: readonly JobDefinitie<JobIds>[], opties: JobQueueOpties): Promise<JobQueue> {
  const log = opties.log ?? ((line: string) => console.log(line));
  const boss = new PgBoss({
    connectionString: orm.config.get('clientUrl'),
    schema: JOB_SCHEMA,
    migrate: false,
    createSchema: false,
    max: 3,
    application_name: 'portal-jobs',
    // Maintenance (expiring jobs of a dead instance, retention) and schedules run where the workers run.
    supervise: opties.workers,
    schedule: opties.workers,
  });
  boss.on('error', (error) => log(`[jobs] ${error instanceof Error ? error.message : String(error)}`));
  await boss.start();
  for (const job of jobs) {
    if (!(await boss.getQueue(job.naam))) await boss.createQueue(job.naam, job.opties);
  }
  if (opties.workers) {
    for (const job of jobs) {
      await boss.work<JobIds>(job.naam, { pollingIntervalSeconds: opties.pollSeconden ?? 1, batchSize: 1 }, async ([uitvoering]: Job<JobIds>[]) => {
        await job.verwerk(orm, uitvoering!.data);
      });
    }
  }
  return {
    werkt: opties.workers,
    zetInWachtrij: async (em, job, data) => {
      controleerPayload(data);
      const db = transactieDb(em);
      const id = await boss.send(job.naam, data, db ? { db } : {});
      if (!id) throw new Error(`Job ${job.naam} was not enqueued`);
      return id;
    },
    // Graceful: a running job may finish (within the timeout); one cut off is retried by another instance later.
    stop: () => boss.stop({ graceful: true, timeout: 10_000, close: true }),
  };
}
