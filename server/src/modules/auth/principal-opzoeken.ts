import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash } from 'node:crypto';
import { sqlStatement } from '../../db/sql-transactie.js';
import { emAlsSysteem } from '../tenancy/database-principaal.js';
import type { Principal } from './principal.js';
import type { Rol } from './rol.js';

/**
 * Who is asking, for every request: one hand-written, parameterised statement per lookup instead of a MikroORM
 * findOne with populate. The ORM's query building cost more CPU than the rest of an authenticated request together
 * (docs/overhead.md); the SQL says the same as the entities: a session that has not expired, of an active user,
 * with its organisation; a token that is not revoked, with its aanbieder. Only the connection of `em` is used, so
 * the caller need not fork it. A session's last activity is written at most once a minute (a second statement then),
 * so the idle time counts from the last recorded activity: a session may end up to a minute before its idle time
 * after the very last request, never after.
 */

/** Session and API tokens are 256 random bits; only their SHA-256 is stored, so a database leak yields no login. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export const API_TOKEN_PREFIX = 'apt';

interface SessieRij {
  gebruiker_id: string;
  naam: string;
  rollen: Rol[];
  wachtwoord_wijzigen: boolean;
  gemeente_id: string | null;
  gemeente_naam: string | null;
  aanbieder_id: string | null;
  aanbieder_naam: string | null;
  bijwerken: boolean;
}

/** A session's last activity is written at most this often: a request normally writes nothing. */
export const ACTIVITEIT_SCHRIJVEN_MS = 60_000;

/**
 * A session that has not expired and was active within the idle time, of an active user, with its organisation; and
 * whether its last activity is older than a minute (then, and only then, the caller writes it: a second statement).
 * One statement: `aanmelden_sessie` (Migration20261205110000) runs it under the principal 'aanmelden' it sets for itself.
 */
const SESSIE_SQL = 'select * from aanmelden_sessie($2, $1::timestamptz, $3::timestamptz, $4::timestamptz)';

// Only if still older than a minute: parallel requests of one session past the minute write it once between them.
const ACTIVITEIT_SQL = 'update sessie set laatste_activiteit_op = $1::timestamptz where token_hash = $2 and laatste_activiteit_op < $3::timestamptz';

export async function principalVoorSessie(em: EntityManager, token: string, idleMinuten: number, nu = new Date()): Promise<Principal | undefined> {
  // Real bind parameters (sqlStatement), instants as ISO text: MikroORM's execute inlines values into the text, and formatting a
  // Date for that cost ~0.5 ms of CPU per call.
  const tokenHash = hashToken(token);
  const schrijfGrens = new Date(nu.getTime() - ACTIVITEIT_SCHRIJVEN_MS).toISOString();
  const idleGrens = new Date(nu.getTime() - idleMinuten * 60_000).toISOString();
  const [rij] = await sqlStatement<SessieRij>(em, SESSIE_SQL, [schrijfGrens, tokenHash, nu.toISOString(), idleGrens], { voorbereid: 'principal_sessie' });
  if (!rij) return undefined;
  if (rij.bijwerken) await sqlStatement(emAlsSysteem(em, 'aanmelden'), ACTIVITEIT_SQL, [nu.toISOString(), tokenHash, schrijfGrens]);
  const basis = { rollen: rij.rollen, gebruikerId: rij.gebruiker_id, naam: rij.naam, wachtwoordWijzigen: rij.wachtwoord_wijzigen };
  if (rij.gemeente_id) return { ...basis, soort: 'gemeente', gemeenteId: rij.gemeente_id, organisatieNaam: rij.gemeente_naam! };
  if (!rij.aanbieder_id) throw new Error(`gebruiker ${rij.gebruiker_id} has no organisation`);
  return { ...basis, soort: 'aanbieder', aanbiederId: rij.aanbieder_id, organisatieNaam: rij.aanbieder_naam! };
}

interface TokenRij {
  id: string;
  naam: string;
  rollen: Rol[];
  aanbieder_id: string;
  aanbieder_naam: string;
}

/** Likewise one statement through `aanmelden_token`: a token that is not revoked, with its aanbieder. */
const TOKEN_SQL = 'select * from aanmelden_token($1)';

export async function principalVoorApiToken(em: EntityManager, token: string): Promise<Principal | undefined> {
  if (!token.startsWith(`${API_TOKEN_PREFIX}_`)) return undefined;
  const [rij] = await sqlStatement<TokenRij>(em, TOKEN_SQL, [hashToken(token)], { voorbereid: 'principal_token' });
  if (!rij) return undefined;
  return { soort: 'aanbieder', aanbiederId: rij.aanbieder_id, organisatieNaam: rij.aanbieder_naam, rollen: rij.rollen, tokenId: rij.id, naam: rij.naam };
}
