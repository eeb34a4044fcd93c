import { createHash } from 'node:crypto';
import type { SqlTransactie } from '../../db/sql-transactie.js';
import { DomainError } from '../shared/domain-error.js';
import { AanwezigheidFout as F } from './aanwezigheid.errors.js';
import type { BenoemdeInvoer } from './traject-referenties.js';

/** An aanbieder's idempotency key for one batch, with the fingerprint of what was sent under it. */
export interface ReeksSleutel {
  aanbiederId: string;
  sleutel: string;
  /** sha-256 of the rows and the options: the same key with anything else is another batch. */
  hash: string;
}

const VELD = 'idempotentieSleutel';

/** The fingerprint of a batch: every field of every row in order, normalised as the rules read them, and the options. */
export function reeksHash(rijen: readonly BenoemdeInvoer[], opties: { allesOfNiets: boolean }): string {
  const hash = createHash('sha256').update(JSON.stringify(opties)).update('\n');
  for (const r of rijen) {
    hash.update(JSON.stringify([r.trajectId?.toLowerCase() ?? null, r.aanbiederReferentie?.trim() || null, r.periodeVan, r.periodeTot, r.urenIngeroosterd, r.urenAanwezig,
      r.urenGeoorloofdVerzuim, r.redenGeoorloofdVerzuim || null, r.urenOngeoorloofdVerzuim, r.redenOngeoorloofdVerzuim || null]));
    hash.update('\n');
  }
  return hash.digest('hex');
}

/**
 * Claims the key for the batch's transaction, first thing in it. A transaction-scoped advisory lock says "running":
 * a second request with the key while the first runs gets REEKS_IN_BEHANDELING at once instead of waiting, and when the
 * first one's process or connection dies PostgreSQL rolls its transaction back and drops the lock, so the key is free
 * again with nothing of it saved. Returns the stored first answer when the key was answered before for the same rows.
 * Two statements: the lookup must take its snapshot after the lock is held, or it could miss an answer committed
 * in between.
 */
export async function claimSleutel<A>(sql: SqlTransactie, sleutel: ReeksSleutel): Promise<A | null> {
  const [slot] = await sql.query<{ vrij: boolean }>(
    `select pg_try_advisory_xact_lock(hashtextextended('aanwezigheid_reeks:' || $1 || ':' || $2, 0)) as vrij`, [sleutel.aanbiederId, sleutel.sleutel]);
  if (!slot?.vrij) throw DomainError.van(F.REEKS_IN_BEHANDELING, VELD);
  const [eerder] = await sql.query<{ rijen_hash: string; antwoord: unknown }>(
    'select rijen_hash, antwoord from aanwezigheid_reeks where aanbieder_id = $1 and sleutel = $2', [sleutel.aanbiederId, sleutel.sleutel]);
  if (!eerder) return null;
  if (eerder.rijen_hash !== sleutel.hash) throw DomainError.van(F.SLEUTEL_ANDERE_REEKS, VELD);
  return (typeof eerder.antwoord === 'string' ? JSON.parse(eerder.antwoord) : eerder.antwoord) as A;
}

/** Stores the answer under the key in the batch's own transaction: the key is answered exactly when the rows are saved. */
export async function bewaarAntwoord(sql: SqlTransactie, sleutel: ReeksSleutel, aantalRijen: number, antwoord: unknown, gestartOp: Date): Promise<void> {
  await sql.query(
    `insert into aanwezigheid_reeks (aanbieder_id, sleutel, rijen_hash, aantal_rijen, antwoord, gestart_op, voltooid_op, backend_pid)
     values ($1, $2, $3, $4, $5::jsonb, $6, clock_timestamp(), pg_backend_pid())`,
    [sleutel.aanbiederId, sleutel.sleutel, sleutel.hash, aantalRijen, JSON.stringify(antwoord), gestartOp]);
}
