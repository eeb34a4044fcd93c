import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Pool } from 'pg';
import { RateLimiterPostgres, type RateLimiterRes } from 'rate-limiter-flexible';

/** How many failed logins are allowed, per e-mail address and per client address, within one window. */
export interface InlogGrenzen {
  perAccount: number;
  perAdres: number;
  vensterMinuten: number;
}

/** The table our migration creates (Migration20261204100000); the portal's role never creates it. */
export const INLOG_DREMPEL_TABEL = 'inlog_drempel';
const ACCOUNT = 'account';

/**
 * Throttles failed logins across every portal instance, in PostgreSQL (rate-limiter-flexible's RateLimiterPostgres):
 * one counter per e-mail address (guessing one account's password) and one per client IP (trying many accounts).
 * An attempt is counted before its password is checked, atomically (one upsert per counter), so fifty parallel
 * attempts cannot all slip past the check; a successful login gives its address's point back and clears the
 * account's counter. The counter of an unknown address grows exactly like a known one's, so a 429 tells nothing
 * about which addresses exist. Keys are SHA-256 hashes: the table holds neither addresses nor IPs in plain text.
 */
export class InlogDrempel {
  private readonly account: RateLimiterPostgres;
  private readonly adres: RateLimiterPostgres;

  constructor(pool: Pool, readonly grenzen: InlogGrenzen) {
    const basis = { storeClient: pool, storeType: 'pool', tableName: INLOG_DREMPEL_TABEL, tableCreated: true, duration: grenzen.vensterMinuten * 60 };
    this.account = new RateLimiterPostgres({ ...basis, keyPrefix: ACCOUNT, points: grenzen.perAccount });
    this.adres = new RateLimiterPostgres({ ...basis, keyPrefix: 'adres', points: grenzen.perAdres });
  }

  /**
   * Counts one attempt for the address and the IP. Returns the seconds to wait when either is over its limit (the
   * attempt must then be refused without checking the password), or undefined when the password may be checked.
   */
  async poging(email: string, ip: string): Promise<number | undefined> {
    const tellers = await Promise.all([this.account, this.adres].map(async (limiter, i) => ({ limiter, res: await tel(limiter, sleutel(i === 0 ? email : ip)) })));
    const over = tellers.filter(({ limiter, res }) => res.consumedPoints > limiter.points);
    if (over.length === 0) return undefined;
    return Math.max(1, ...over.map(({ res }) => Math.ceil(res.msBeforeNext / 1000)));
  }

  /** The password was right: this attempt does not count against the IP, and the account starts afresh. */
  async gelukt(email: string, ip: string): Promise<void> {
    await Promise.all([this.account.delete(sleutel(email)), this.adres.reward(sleutel(ip), 1)]);
  }
}

/** Clears an address's failed logins (a beheerder reset its password), with `em`, so inside its transaction. */
export async function wisAccountTeller(em: EntityManager, email: string): Promise<void> {
  await em.execute(`delete from ${INLOG_DREMPEL_TABEL} where key = ?`, [`${ACCOUNT}:${sleutel(email)}`]);
}

/** consume() rejects with the result once over the limit; we want the count either way, and the store's own errors thrown. */
async function tel(limiter: RateLimiterPostgres, key: string): Promise<RateLimiterRes> {
  try {
    return await limiter.consume(key, 1);
  } catch (fout) {
    if (fout instanceof Error) throw fout;
    return fout as RateLimiterRes;
  }
}

function sleutel(waarde: string): string {
  return createHash('sha256').update(waarde.trim().toLowerCase()).digest('hex');
}
