import { CONTROLEER_UPLOAD } from './controleer-upload.job.js';
import type { JobDefinitie, JobIds } from './queue.js';
import { SLA_UPLOAD_OP } from './sla-upload-op.job.js';

/** Every job the portal runs; startJobQueue creates a queue and a worker for each. */
export const JOBS: readonly JobDefinitie<JobIds>[] = [CONTROLEER_UPLOAD, SLA_UPLOAD_OP];
