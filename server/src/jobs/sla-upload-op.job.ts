import { slaUploadOp } from '../modules/aanwezigheid-upload/upload-verwerking.js';
import type { JobDefinitie } from './queue.js';

/** Saves the checked lines of an upload the user confirmed. */
export const SLA_UPLOAD_OP: JobDefinitie<{ uploadId: string; aanbiederId: string }> = {
  naam: 'aanwezigheid-upload.opslaan',
  opties: { retryLimit: 3, retryDelay: 5, expireInSeconds: 15 * 60, retentionSeconds: 7 * 24 * 3600, deleteAfterSeconds: 7 * 24 * 3600 },
  verwerk: (orm, { uploadId, aanbiederId }) => slaUploadOp(orm, aanbiederId, uploadId),
};
