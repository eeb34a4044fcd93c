import type { EntityManager } from '@mikro-orm/postgresql';
import { CompiledQuery, type Transaction } from 'kysely';
import { PgBoss, type Job, type Queue, type SendOptions } from 'pg-boss';
import type { Orm } from '../db/orm.js';
import { isUuid } from '../modules/shared/uuid.js';

/** The schema our migration Migration20261203130000-job-queue creates; pg-boss never creates or migrates it itself. */
export const JOB_SCHEMA = 'pgboss';

/** A payload carries ids only (never a name, a BSN or hours): the job looks everything up when it runs. */
export type JobIds = Readonly<Record<string, string>>;

/** What a run gets besides its payload: the moment it started (so the work itself never reads the clock) and a log. */
export interface JobOmgeving {
  nu: Date;
  log: (line: string) => void;
}

/**
 * One kind of job: its queue, its retry policy, the work it does, and optionally when it runs by itself. One file
 * per job under jobs/, listed in jobs.ts. A job may run twice (a retry after its instance died): make it idempotent.
 */
export interface JobDefinitie<D extends JobIds> {
  naam: string;
  /** Retries, expiry (a job whose worker died is retried after expireInSeconds), retention. */
  opties: Omit<Queue, 'name' | 'partition'>;
  /**
   * A cron expression (5 fields, in Europe/Amsterdam time) for a job that also runs on a schedule, with an empty
   * payload: once per occurrence however many instances run, and once after a downtime that missed one.
   */
  schema?: string;
  // Method syntax: a list of jobs with different payloads is one array type.
  verwerk(orm: Orm, data: D, omgeving: JobOmgeving): Promise<void>;
}

/** A job that only runs on its schedule carries no ids. */
export type GeenIds = Record<string, never>;

/** The zone schedules are read in: "03:00" means the night in the Netherlands, also across daylight saving time. */
export const SCHEMA_TIJDZONE = 'Europe/Amsterdam';

export interface JobQueue {
  /**
   * Enqueues a job. Inside `em`'s transaction when it has one, so the job exists exactly when the rows it names
   * were committed; otherwise on its own.
   */
  zetInWachtrij<D extends JobIds>(em: EntityManager, job: JobDefinitie<D>, data: D): Promise<string>;
  /** Whether this instance runs the workers (PORTAL_JOB_WORKERS), or only enqueues. */
  readonly werkt: boolean;
  /** Lets running jobs finish for up to `timeoutMs` (default 10 s); one cut off is retried once it expires. */
  stop(timeoutMs?: number): Promise<void>;
}

export interface JobQueueOpties {
  /** Run the workers in this process (the default); false for an instance that only serves HTTP. */
  workers: boolean;
  /** Seconds between polls when no NOTIFY wakes the worker; tests lower it. */
  pollSeconden?: number;
  /** Seconds between the passes that look for a due schedule (pg-boss's default 30); tests lower it. */
  schemaSeconden?: number;
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
    ...(opties.schemaSeconden ? { cronMonitorIntervalSeconds: opties.schemaSeconden, cronWorkerIntervalSeconds: opties.schemaSeconden } : {}),
  });
  boss.on('error', (error) => log(`[jobs] ${error instanceof Error ? error.message : String(error)}`));
  await boss.start();
  for (const job of jobs) {
    if (!(await boss.getQueue(job.naam))) await boss.createQueue(job.naam, job.opties);
  }
  if (opties.workers) {
    for (const job of jobs) {
      await boss.work<JobIds>(job.naam, { pollingIntervalSeconds: opties.pollSeconden ?? 1, batchSize: 1 }, async ([uitvoering]: Job<JobIds>[]) => {
        try {
          await job.verwerk(orm, uitvoering!.data, { nu: new Date(), log });
        } catch (error) {
          // pg-boss retries it (opties.retryLimit); the line says which job failed, where nobody reads the job table.
          log(`[jobs] ${job.naam} mislukt: ${error instanceof Error ? error.message : String(error)}`);
          throw error;
        }
      });
    }
    await zetSchemas(boss, jobs);
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
    stop: (timeoutMs = 10_000) => boss.stop({ graceful: true, timeout: timeoutMs, close: true }),
  };
}

/**
 * Makes pgboss.schedule say what the job list says: a schedule per job with `schema` (an upsert, so a changed
 * expression replaces the old one), none for a job that lost its schema or no longer exists. pg-boss's cron pass
 * then sends each occurrence once: one instance claims the pass, and a singleton slot per occurrence drops a
 * second send.
 */
async function zetSchemas(boss: PgBoss, jobs: readonly JobDefinitie<JobIds>[]): Promise<void> {
  const gepland = jobs.filter((job) => job.schema);
  for (const job of gepland) {
    await boss.schedule(job.naam, job.schema!, {}, { tz: SCHEMA_TIJDZONE, missed: 'once' });
  }
  const namen = new Set(gepland.map((job) => job.naam));
  for (const oud of await boss.getSchedules()) {
    if (!namen.has(oud.name)) await boss.unschedule(oud.name, oud.key);
  }
}
