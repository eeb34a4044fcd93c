import { CONTROLEER_UPLOAD } from './controleer-upload.job.js';
import type { JobDefinitie, JobIds } from './queue.js';
import { SESSIES_OPRUIMEN } from './sessies-opruimen.job.js';
import { SLA_UPLOAD_OP } from './sla-upload-op.job.js';

/**
 * Every job the portal runs; startJobQueue creates a queue and a worker for each, and a schedule for each with a
 * `schema`. A new job is a file `<naam>.job.ts` beside these and one line here.
 */
export const JOBS: readonly JobDefinitie<JobIds>[] = [CONTROLEER_UPLOAD, SLA_UPLOAD_OP, SESSIES_OPRUIMEN];
