import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal.js';
import { vereisAanbieder } from '../auth/vereis.js';
import { DomainError } from '../shared/domain-error.js';
import { pagineer, type Pagina, type PaginaVraag } from '../shared/pagina.js';
import { isUuid } from '../shared/uuid.js';
import { uploadScope } from '../tenancy/scope.js';
import type { JobQueue } from '../../jobs/queue.js';
import { CONTROLEER_UPLOAD } from '../../jobs/controleer-upload.job.js';
import { SLA_UPLOAD_OP } from '../../jobs/sla-upload-op.job.js';
import { AanwezigheidUpload, AanwezigheidUploadRij, type UploadStatus } from './upload.entity.js';
import { MAX_BESTANDSNAAM, MAX_UPLOAD_BYTES, UploadFout as F } from './upload.errors.js';

/** How many recent uploads the page lists, so a user who closed it finds the one that was running. */
export const RECENTE_UPLOADS = 20;

/** Which lines of an upload to list. */
export type RijFilter = 'ALLE' | 'FOUTEN' | 'CORRECTIES';

const INTREKBAAR: readonly UploadStatus[] = ['ONTVANGEN', 'CONTROLEREN', 'GECONTROLEERD', 'ONLEESBAAR'];

/**
 * An aanbieder's attendance uploads: received here, checked and saved by the jobs (jobs/), each step of the user a
 * conditional update, so a double click or a job running at the same time cannot do a step twice.
 */
export class UploadService {
  constructor(private readonly em: EntityManager, private readonly queue: JobQueue) {}

  /** Stores the file and enqueues its dry run in one transaction: the job exists exactly when the upload does. */
  async ontvang(principal: Principal, bestandsnaam: string, bestand: Buffer): Promise<AanwezigheidUpload> {
    const aanbieder = vereisAanbieder(principal);
    const naam = bestandsnaam.trim();
    if (!naam || naam.length > MAX_BESTANDSNAAM || /[\u0000-\u001f]/.test(naam)) throw DomainError.van(F.UPLOAD_BESTANDSNAAM_ONGELDIG, 'bestandsnaam');
    if (bestand.length === 0) throw DomainError.van(F.UPLOAD_LEEG, 'bestand');
    if (bestand.length > MAX_UPLOAD_BYTES) throw DomainError.van(F.UPLOAD_TE_GROOT, 'bestand');
    return this.em.transactional(async (em) => {
      const nu = new Date();
      const upload = em.create(AanwezigheidUpload, {
        aanbieder: aanbieder.aanbiederId,
        ingediendDoorGebruiker: aanbieder.gebruikerId ?? null,
        ingediendDoorToken: aanbieder.tokenId ?? null,
        bestandsnaam: naam, bestand, grootte: bestand.length, status: 'ONTVANGEN', ontvangenOp: nu, bijgewerktOp: nu,
      });
      await em.flush();
      await this.queue.zetInWachtrij(em, CONTROLEER_UPLOAD, { uploadId: upload.id, aanbiederId: aanbieder.aanbiederId });
      return upload;
    });
  }

  async haal(principal: Principal, id: string): Promise<AanwezigheidUpload> {
    const upload = isUuid(id) ? await this.em.findOne(AanwezigheidUpload, { $and: [{ id }, uploadScope(vereisAanbieder(principal))] }) : null;
    if (!upload) throw DomainError.van(F.UPLOAD_ONBEKEND, 'id');
    return upload;
  }

  /** The aanbieder's most recent uploads, newest first. */
  async recent(principal: Principal): Promise<AanwezigheidUpload[]> {
    return this.em.find(AanwezigheidUpload, uploadScope(vereisAanbieder(principal)), { orderBy: { ontvangenOp: 'desc', id: 'desc' }, limit: RECENTE_UPLOADS });
  }

  /** The lines of one upload in file order, page by page. */
  async rijen(principal: Principal, id: string, filter: RijFilter, vraag: PaginaVraag): Promise<Pagina<AanwezigheidUploadRij>> {
    const upload = await this.haal(principal, id);
    const where = filter === 'FOUTEN' ? { upload: upload.id, fouten: { $ne: [] } }
      : filter === 'CORRECTIES' ? { upload: upload.id, resultaat: 'GECORRIGEERD' as const }
        : { upload: upload.id };
    return pagineer(this.em, AanwezigheidUploadRij, where, { regel: 'asc' }, vraag);
  }

  /** Saves the lines the dry run found in order, as a job; corrections only once the user confirmed them. */
  async slaOp(principal: Principal, id: string, correctiesBevestigd: boolean): Promise<AanwezigheidUpload> {
    const upload = await this.haal(principal, id);
    if (upload.status !== 'GECONTROLEERD') throw DomainError.van(F.UPLOAD_NIET_GECONTROLEERD, 'id');
    if (upload.inOrde === 0) throw DomainError.van(F.UPLOAD_NIETS_OP_TE_SLAAN, 'id');
    if (upload.correcties > 0 && !correctiesBevestigd) throw DomainError.van(F.UPLOAD_CORRECTIES_NIET_BEVESTIGD, 'correctiesBevestigd');
    await this.em.transactional(async (em) => {
      const gezet = await em.nativeUpdate(AanwezigheidUpload, { id: upload.id, status: 'GECONTROLEERD' }, { status: 'OPSLAAN', verwerkt: 0, bijgewerktOp: new Date() });
      if (gezet !== 1) throw DomainError.van(F.UPLOAD_NIET_GECONTROLEERD, 'id');
      await this.queue.zetInWachtrij(em, SLA_UPLOAD_OP, { uploadId: upload.id, aanbiederId: upload.aanbieder.id });
    });
    return this.herlaad(upload.id);
  }

  /** Withdraws an upload that is not being saved: its jobs see the status and stop. */
  async trekIn(principal: Principal, id: string): Promise<AanwezigheidUpload> {
    const upload = await this.haal(principal, id);
    const gezet = await this.em.nativeUpdate(AanwezigheidUpload, { id: upload.id, status: { $in: [...INTREKBAAR] } }, { status: 'INGETROKKEN', bijgewerktOp: new Date() });
    if (gezet !== 1) throw DomainError.van(F.UPLOAD_NIET_INTREKBAAR, 'id');
    return this.herlaad(upload.id);
  }

  private async herlaad(id: string): Promise<AanwezigheidUpload> {
    return this.em.fork().findOneOrFail(AanwezigheidUpload, { id });
  }
}
