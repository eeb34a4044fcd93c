import type { EntityManager } from '@mikro-orm/postgresql';

/** What a versioned submission did: stored a first version, found it identical, or stored a correction. */
export const VERSIE_RESULTATEN = ['NIEUW', 'ONGEWIJZIGD', 'GECORRIGEERD'] as const;
export type VersieResultaat = (typeof VERSIE_RESULTATEN)[number];

/** A row kept in versions: the current one has `vervangenOp` null, older ones the moment they were replaced. */
export interface Versioneerbaar {
  versie: number;
  vervangenOp?: Date | null;
}

export interface VersieOpdracht<T extends Versioneerbaar> {
  /** The current version, or null for a first submission (found by the caller under its own lock). */
  vorige: T | null;
  /** True when the submission says exactly what the current version says: then nothing is written. */
  gelijk: (vorige: T) => boolean;
  /** Refuses a correction that is no longer allowed (e.g. a final report); throws a DomainError. */
  magCorrigeren?: (vorige: T) => void;
  /** Creates the new version (em.create) with the number and moment given. */
  maak: (versie: number, nu: Date) => T;
  /** Logs the access (inzage) once the new version is written. */
  log: () => Promise<void>;
  nu?: Date;
}

/**
 * The one versioned write of attendance, reports and decisions: the same again changes nothing; anything else marks
 * the current version replaced and inserts version + 1, so history is never overwritten. Runs in the caller's
 * transaction, which must hold a lock that serialises submissions for the same key.
 */
export async function schrijfVersie<T extends Versioneerbaar>(em: EntityManager, opdracht: VersieOpdracht<T>): Promise<{ resultaat: VersieResultaat; actueel: T }> {
  const { vorige } = opdracht;
  if (vorige && opdracht.gelijk(vorige)) return { resultaat: 'ONGEWIJZIGD', actueel: vorige };
  if (vorige) opdracht.magCorrigeren?.(vorige);
  const nu = opdracht.nu ?? new Date();
  if (vorige) {
    vorige.vervangenOp = nu;
    await em.flush(); // the old version stops being current before the new one is inserted (partial unique index)
  }
  const actueel = opdracht.maak((vorige?.versie ?? 0) + 1, nu);
  await em.flush();
  await opdracht.log();
  return { resultaat: vorige ? 'GECORRIGEERD' : 'NIEUW', actueel };
}
