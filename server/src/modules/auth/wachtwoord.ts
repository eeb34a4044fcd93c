import argon2 from 'argon2';

/**
 * argon2id with OWASP's recommended minimum (19 MiB, 2 iterations, 1 lane): a well-kept native library
 * rather than a hand-rolled KDF. The parameters travel inside the hash, so they can be raised later.
 */
const OPTIES = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashWachtwoord(wachtwoord: string): Promise<string> {
  return argon2.hash(wachtwoord, OPTIES);
}

export async function verifieerWachtwoord(hash: string, wachtwoord: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, wachtwoord);
  } catch {
    return false;
  }
}
