import type { EntityManager } from '@mikro-orm/postgresql';
import type { SqlTransactie } from '../../db/sql-transactie.js';
import { organisatieId, type Principal } from '../auth/principal.js';

/** What was done with personal data. */
export type InzageActie =
  | 'DOSSIERS_GEZOCHT' | 'DOSSIER_GELEZEN' | 'DOSSIER_GEWIJZIGD'
  | 'DEELNEMERS_GELEZEN' | 'TRAJECT_GELEZEN' | 'GEGEVENS_GEMELD'
  /** A gemeente read the list of its trajecten at one aanbieder, with the people's names. */
  | 'TRAJECTEN_BIJ_AANBIEDER_GELEZEN'
  /** A regisseur's start page named these people (work lists, new reports). */
  | 'OVERZICHT_GELEZEN';

/**
 * Records that `principal` saw or changed the data of these people: one statement, whatever the number of
 * people. Nothing is logged when nobody was shown (an empty search), so the log holds only real access.
 */
export async function logInzage(em: EntityManager, principal: Principal, actie: InzageActie, inburgeraarIds: string[]): Promise<void> {
  if (inburgeraarIds.length === 0) return;
  await em.execute(`${INZAGE_INSERT} values (?, ?, ?, ?, ?, ?::uuid[])`, inzageWaarden(principal, actie, `{${inburgeraarIds.join(',')}}`));
}

/** The same line inside a set-based batch's own transaction (db/sql-transactie.ts), the ids as one array parameter. */
export async function logInzageInTransactie(sql: SqlTransactie, principal: Principal, actie: InzageActie, inburgeraarIds: string[]): Promise<void> {
  if (inburgeraarIds.length === 0) return;
  await sql.query(`${INZAGE_INSERT} values ($1, $2, $3, $4, $5, $6::uuid[])`, inzageWaarden(principal, actie, inburgeraarIds));
}

const INZAGE_INSERT = 'insert into inzage (organisatie_soort, organisatie_id, gebruiker_id, api_token_id, actie, inburgeraar_ids)';

function inzageWaarden(principal: Principal, actie: InzageActie, inburgeraarIds: unknown): unknown[] {
  return [principal.soort, organisatieId(principal), principal.gebruikerId ?? null, principal.tokenId ?? null, actie, inburgeraarIds];
}

export interface InzageRegel {
  tijdstip: Date;
  organisatieSoort: string;
  organisatieNaam: string;
  wie: string;
  actie: string;
}

/** Who accessed one person's data, newest first: for the gemeente answering a data-subject request. */
export async function inzagesVan(em: EntityManager, inburgeraarId: string, limit = 200): Promise<InzageRegel[]> {
  const rows = await em.execute<{ tijdstip: Date; organisatie_soort: string; organisatie_naam: string; wie: string; actie: string }[]>(
    `select i.tijdstip, i.organisatie_soort,
            coalesce(g.naam, a.naam) as organisatie_naam,
            coalesce(u.naam, 'API-token ' || t.naam) as wie,
            i.actie
       from inzage i
       left join gemeente g on g.id = i.organisatie_id
       left join aanbieder a on a.id = i.organisatie_id
       left join gebruiker u on u.id = i.gebruiker_id
       left join api_token t on t.id = i.api_token_id
      where i.inburgeraar_ids @> array[?::uuid]
      order by i.tijdstip desc
      limit ?`,
    [inburgeraarId, limit],
  );
  return rows.map((r) => ({ tijdstip: new Date(r.tijdstip), organisatieSoort: r.organisatie_soort, organisatieNaam: r.organisatie_naam, wie: r.wie, actie: r.actie }));
}
