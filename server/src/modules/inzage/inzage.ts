import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlStatement, type SqlTransactie } from '../../db/sql-transactie.js';
import { organisatieId, type Principal } from '../auth/principal.js';
import { isUuid } from '../shared/uuid.js';
import { emAls, emAlsSysteem } from '../tenancy/database-principaal.js';
import type { SqlParam } from '../tenancy/scope.js';
import { huidigVerzoekId } from '../shared/verzoek.js';

/**
 * What was done with personal data, one code per kind of line. DOSSIERS_GEZOCHT … OVERZICHT_GELEZEN as before; then:
 * BESLUITEN_GELEZEN (the dossier page asks them beside the dossier), INZAGELOG_GELEZEN (reading the log is logged too:
 * an AVG request is about who looked), INZAGE_GEEXPORTEERD (the AVG file), GEGEVENS_VERSTREKT (a disclosure: a
 * traject assigned gives the person's data to an aanbieder; the line names it).
 */
export const INZAGE_ACTIES = [
  'DOSSIERS_GEZOCHT', 'DOSSIER_GELEZEN', 'DOSSIER_GEWIJZIGD', 'DEELNEMERS_GELEZEN', 'TRAJECT_GELEZEN', 'GEGEVENS_GEMELD',
  'TRAJECTEN_BIJ_AANBIEDER_GELEZEN', 'OVERZICHT_GELEZEN', 'BESLUITEN_GELEZEN', 'INZAGELOG_GELEZEN', 'INZAGE_GEEXPORTEERD',
  'GEGEVENS_VERSTREKT',
] as const;
export type InzageActie = (typeof INZAGE_ACTIES)[number];

/** Refused attempts: an operation refused as not found or forbidden, and a refused login. */
export const WEIGERING_ACTIES = ['TOEGANG_GEWEIGERD', 'INLOG_GEWEIGERD'] as const;
export type WeigeringActie = (typeof WEIGERING_ACTIES)[number];

export interface InzageOpties {
  /** The aanbieder a disclosure (GEGEVENS_VERSTREKT) went to. */
  ontvangerAanbiederId?: string;
}

/**
 * Records that `principal` saw or changed the data of these people: one statement, whatever the number of
 * people. Nothing is logged when nobody was shown (an empty search), so the log holds only real access.
 */
export async function logInzage(em: EntityManager, principal: Principal, actie: InzageActie, inburgeraarIds: string[], opties: InzageOpties = {}): Promise<void> {
  if (inburgeraarIds.length === 0) return;
  await em.execute(`${INZAGE_INSERT} values (?, ?, ?, ?, ?, ?::uuid[], ?, ?)`, [...wie(principal, actie), `{${inburgeraarIds.join(',')}}`, ...waarom(opties)]);
}

/** The same line inside a set-based batch's own transaction (db/sql-transactie.ts), the ids as one array parameter. */
export async function logInzageInTransactie(sql: SqlTransactie, principal: Principal, actie: InzageActie, inburgeraarIds: string[], opties: InzageOpties = {}): Promise<void> {
  if (inburgeraarIds.length === 0) return;
  await sql.query(`${INZAGE_INSERT} values ($1, $2, $3, $4, $5, $6::uuid[], $7, $8)`, [...wie(principal, actie), inburgeraarIds, ...waarom(opties)]);
}

/**
 * The line for reads that found rows by traject (attendance of some trajecten): the people behind them are looked up
 * by the insert itself, so the read needs no join for the log's sake and the operation still costs one log statement.
 */
export async function logInzageVoorTrajecten(em: EntityManager, principal: Principal, actie: InzageActie, trajectIds: string[]): Promise<void> {
  if (trajectIds.length === 0) return;
  await em.execute(
    `${INZAGE_INSERT} select ?, ?, ?, ?, ?, array_agg(distinct t.inburgeraar_id), ?, ? from traject t where t.id = any(?::uuid[]) having count(*) > 0`,
    [...wie(principal, actie), ...waarom({}), `{${[...new Set(trajectIds)].join(',')}}`]);
}

/**
 * The same line as a data-modifying CTE of a hand-written read (`with pagina as (…), regel as (${inzageRegelSql(…)}) select …`):
 * the read and its line are one statement, so one round trip and one commit, and no answer leaves without its line.
 * `idsSql` is an SQL expression of the uuid[] of the people shown; an empty array writes no line, as `logInzage`.
 * PostgreSQL runs such a CTE exactly once and to completion, whether or not the main query reads it.
 */
export function inzageRegelSql(principal: Principal, actie: InzageActie, idsSql: string, param: SqlParam): string {
  const [soort, organisatie, gebruiker, token, code] = wie(principal, actie);
  const [ontvanger, verzoek] = waarom({});
  return `${INZAGE_INSERT}
    select ${param(soort)}, ${param(organisatie)}::uuid, ${param(gebruiker)}::uuid, ${param(token)}::uuid, ${param(code)}, regel.ids,
           ${param(ontvanger)}::uuid, ${param(verzoek)}::uuid
      from (select ${idsSql} as ids) regel where cardinality(regel.ids) > 0`;
}

const INZAGE_INSERT = 'insert into inzage (organisatie_soort, organisatie_id, gebruiker_id, api_token_id, actie, inburgeraar_ids, ontvanger_aanbieder_id, verzoek_id)';

/** The line's first five columns: the organisation, the user or token, and the action. */
function wie(principal: Principal, actie: InzageActie | WeigeringActie): unknown[] {
  return [principal.soort, organisatieId(principal), principal.gebruikerId ?? null, principal.tokenId ?? null, actie];
}

/** Its last two: a disclosure's recipient and the request. */
function waarom(opties: InzageOpties): unknown[] {
  return [opties.ontvangerAanbiederId ?? null, huidigVerzoekId()];
}

/**
 * Marks (right after `select`) a statement that reads people's rows only to count or sum over them (figures per
 * aanbieder): it names nobody, so it needs no line. The coverage test (test/http/inzage-dekking.test.ts) reads it.
 */
export const ALLEEN_TELLINGEN = '/* alleen-tellingen */';

/** At most this many ids of one refused attempt are kept, each at most this long: enough to see what was tried. */
const GEVRAAGD_MAX = 20;
const GEVRAAGD_LENGTE = 100;

/**
 * Records a refused attempt (NOT_FOUND, FORBIDDEN) with the ids it asked for, as given: another tenant's id too, so
 * that tenant's own log shows it (inzagesVan), while the caller learns nothing from it. On a pool connection of its
 * own with bind parameters: the request's transaction has rolled back or may still, and the ids are the caller's text.
 */
export async function logWeigering(em: EntityManager, principal: Principal, weigering: { code: string; operatie: string; gevraagd: string[] }): Promise<void> {
  const gevraagd = weigering.gevraagd.slice(0, GEVRAAGD_MAX).map((id) => (isUuid(id) ? id.toLowerCase() : id.slice(0, GEVRAAGD_LENGTE)));
  await sqlStatement(emAls(em, principal),
    `insert into inzage (organisatie_soort, organisatie_id, gebruiker_id, api_token_id, actie, inburgeraar_ids, geweigerd, operatie, gevraagd, verzoek_id)
     values ($1, $2, $3, $4, $5, '{}', $6, $7, $8::text[], $9)`,
    [...wie(principal, 'TOEGANG_GEWEIGERD'), weigering.code,
      weigering.operatie.slice(0, GEVRAAGD_LENGTE), gevraagd, huidigVerzoekId()]);
}

/**
 * Records a refused login (a wrong password, an unknown address, too many attempts) in one statement: the address as
 * typed and, when it names an account, that account and its organisation. The same for an unknown address and a wrong
 * password, as the answer to the caller is.
 */
export async function logGeweigerdeLogin(em: EntityManager, inlognaam: string, code: string, verzoekId: string | null = huidigVerzoekId()): Promise<void> {
  await sqlStatement(emAlsSysteem(em, 'aanmelden'),
    `insert into inzage (organisatie_soort, organisatie_id, gebruiker_id, actie, inburgeraar_ids, geweigerd, operatie, inlognaam, verzoek_id)
     select case when u.gemeente_id is not null then 'gemeente' when u.aanbieder_id is not null then 'aanbieder' end,
            coalesce(u.gemeente_id, u.aanbieder_id), u.id, 'INLOG_GEWEIGERD', '{}', $3, 'POST /auth/login', $1, $2::uuid
       from (select lower($1) as email) poging left join gebruiker u on u.email = poging.email`,
    [inlognaam.slice(0, 254), verzoekId, code]);
}

export interface InzageRegel {
  tijdstip: Date;
  organisatieSoort: string | null;
  organisatieNaam: string | null;
  wie: string;
  actie: InzageActie | WeigeringActie;
  /** Null when the access happened; otherwise the code it was refused with. */
  geweigerd: string | null;
  /** The aanbieder a disclosure went to. */
  ontvangerNaam: string | null;
  verzoekId: string | null;
}

/**
 * Who accessed one person's data, newest first, and who was refused at their id: for the gemeente answering a
 * data-subject request. `limit` null: every line (the export).
 */
export async function inzagesVan(em: EntityManager, inburgeraarId: string, limit: number | null = 200): Promise<InzageRegel[]> {
  const rows = await em.execute<{ tijdstip: Date; organisatie_soort: string | null; organisatie_naam: string | null; wie: string; actie: InzageRegel['actie'];
    geweigerd: string | null; ontvanger_naam: string | null; verzoek_id: string | null }[]>(
    `select i.tijdstip, i.organisatie_soort,
            coalesce(g.naam, a.naam) as organisatie_naam,
            coalesce(u.naam, 'API-token ' || t.naam, i.inlognaam, 'onbekend') as wie,
            i.actie, i.geweigerd, o.naam as ontvanger_naam, i.verzoek_id
       from inzage i
       left join gemeente g on g.id = i.organisatie_id
       left join aanbieder a on a.id = i.organisatie_id
       left join aanbieder o on o.id = i.ontvanger_aanbieder_id
       left join gebruiker u on u.id = i.gebruiker_id
       left join api_token t on t.id = i.api_token_id
      where i.inburgeraar_ids @> array[?::uuid] or i.gevraagd @> array[?::text]
      order by i.tijdstip desc, i.id desc
      ${limit === null ? '' : 'limit ?'}`,
    limit === null ? [inburgeraarId, inburgeraarId] : [inburgeraarId, inburgeraarId, limit],
  );
  return rows.map((r) => ({
    tijdstip: new Date(r.tijdstip), organisatieSoort: r.organisatie_soort, organisatieNaam: r.organisatie_naam, wie: r.wie, actie: r.actie,
    geweigerd: r.geweigerd, ontvangerNaam: r.ontvanger_naam, verzoekId: r.verzoek_id,
  }));
}
