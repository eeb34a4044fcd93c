import { controleerUpload } from '../modules/aanwezigheid-upload/upload-verwerking.js';
import type { JobDefinitie } from './queue.js';

/** The dry run of an uploaded attendance file: read, every line checked, nothing saved. */
export const CONTROLEER_UPLOAD: JobDefinitie<{ uploadId: string; aanbiederId: string }> = {
  naam: 'aanwezigheid-upload.controleren',
  // A file of thousands of lines takes a minute or two here; a job whose instance died is retried after expiry.
  opties: { retryLimit: 3, retryDelay: 5, expireInSeconds: 15 * 60, retentionSeconds: 7 * 24 * 3600, deleteAfterSeconds: 7 * 24 * 3600 },
  verwerk: (orm, { uploadId, aanbiederId }) => controleerUpload(orm, aanbiederId, uploadId),
};
