import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash } from 'node:crypto';
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
 */
const SESSIE_SQL = `select g.id as gebruiker_id, g.naam, g.rollen, g.wachtwoord_wijzigen,
    gm.id as gemeente_id, gm.naam as gemeente_naam, a.id as aanbieder_id, a.naam as aanbieder_naam,
    s.laatste_activiteit_op < ?::timestamptz as bijwerken
  from sessie s
  join gebruiker g on g.id = s.gebruiker_id and g.actief
  left join gemeente gm on gm.id = g.gemeente_id
  left join aanbieder a on a.id = g.aanbieder_id
  where s.token_hash = ? and s.verloopt_op > ?::timestamptz and s.laatste_activiteit_op > ?::timestamptz`;

// Only if still older than a minute: parallel requests of one session past the minute write it once between them.
const ACTIVITEIT_SQL = 'update sessie set laatste_activiteit_op = ?::timestamptz where token_hash = ? and laatste_activiteit_op < ?::timestamptz';

export async function principalVoorSessie(em: EntityManager, token: string, idleMinuten: number, nu = new Date()): Promise<Principal | undefined> {
  // Instants as ISO text: MikroORM inlines parameters, and formatting a Date for that cost ~0.5 ms of CPU per call.
  const tokenHash = hashToken(token);
  const schrijfGrens = new Date(nu.getTime() - ACTIVITEIT_SCHRIJVEN_MS).toISOString();
  const idleGrens = new Date(nu.getTime() - idleMinuten * 60_000).toISOString();
  const [rij] = await em.getConnection().execute<SessieRij[]>(SESSIE_SQL, [schrijfGrens, tokenHash, nu.toISOString(), idleGrens]);
  if (!rij) return undefined;
  if (rij.bijwerken) await em.getConnection().execute(ACTIVITEIT_SQL, [nu.toISOString(), tokenHash, schrijfGrens]);
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

const TOKEN_SQL = `select t.id, t.naam, t.rollen, a.id as aanbieder_id, a.naam as aanbieder_naam
  from api_token t join aanbieder a on a.id = t.aanbieder_id
  where t.token_hash = ? and t.ingetrokken_op is null`;

export async function principalVoorApiToken(em: EntityManager, token: string): Promise<Principal | undefined> {
  if (!token.startsWith(`${API_TOKEN_PREFIX}_`)) return undefined;
  const [rij] = await em.getConnection().execute<TokenRij[]>(TOKEN_SQL, [hashToken(token)]);
  if (!rij) return undefined;
  return { soort: 'aanbieder', aanbiederId: rij.aanbieder_id, organisatieNaam: rij.aanbieder_naam, rollen: rij.rollen, tokenId: rij.id, naam: rij.naam };
}
