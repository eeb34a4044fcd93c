/**
 * The baseline for every read the bench measures: the best SQL a person would write by hand for each list page and
 * the dossier page, on the same indexes, answering the same question with the same parameters as the GraphQL field
 * (a page of `first` after the portal's own cursor, the same filters). One statement per list where one will do;
 * a list's total count comes in the same statement (an uncorrelated subquery, evaluated once). Each function returns
 * the rows; the bench times them next to the portal.
 */

/** What pg's Client, Pool and PoolClient offer. */
export interface Queryable {
  query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

export interface PaginaParams {
  first: number;
  /** The portal's `endCursor` of the previous page (base64url of the JSON array [achternaam, voornamen, id]). */
  after?: string | null;
}

/** The keyset of the portal's cursor, so a deep page starts where the portal's would. */
function keyset(after: string | null | undefined): [string, string, string] | null {
  if (!after) return null;
  const waarden = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as [string, string, string];
  return waarden;
}

/** A LIKE pattern per word, as the portal's name search makes it. */
function naamPatronen(zoek: string | null | undefined): string[] {
  return (zoek ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 5).map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}

/** Appends a value and returns its placeholder. */
function bind(values: unknown[], value: unknown): string {
  values.push(value);
  return `$${values.length}`;
}

export interface ZoekDossiersParams extends PaginaParams {
  gemeenteId: string;
  /** A name (words); a BSN search is a unique-index lookup and not measured. */
  zoek?: string | null;
  trajectsoort?: string | null;
  aanbiederId?: string | null;
}

/** gemeente `zoekDossiers`: the gemeente's dossiers by name, filtered, a page plus the total. */
export async function zoekDossiers(db: Queryable, p: ZoekDossiersParams): Promise<Record<string, unknown>[]> {
  const values: unknown[] = [];
  const filter = (i: string) => {
    const delen = [`${i}.gemeente_id = ${bind(values, p.gemeenteId)}`];
    for (const patroon of naamPatronen(p.zoek)) delen.push(`${i}.zoeknaam like portal_zoektekst(${bind(values, patroon)})`);
    if (p.trajectsoort || p.aanbiederId) {
      delen.push(`exists (select 1 from traject t where t.inburgeraar_id = ${i}.id and t.status = 'ACTIEF'`
        + (p.trajectsoort ? ` and t.soort = ${bind(values, p.trajectsoort)}` : '')
        + (p.aanbiederId ? ` and t.aanbieder_id = ${bind(values, p.aanbiederId)}` : '') + ')');
    }
    return delen.join(' and ');
  };
  const telling = filter('c');
  const pagina = filter('i');
  const na = keyset(p.after);
  const vanaf = na ? ` and (i.achternaam, i.voornamen, i.id) > (${bind(values, na[0])}, ${bind(values, na[1])}, ${bind(values, na[2])}::uuid)` : '';
  const { rows } = await db.query(
    `select i.id, i.bsn, i.voornamen, i.tussenvoegsel, i.achternaam, i.geboortedatum, i.status, g.naam as gemeente_naam,
            (select count(*) from inburgeraar c where ${telling})::int as total_count
       from inburgeraar i join gemeente g on g.id = i.gemeente_id
      where ${pagina}${vanaf}
      order by i.achternaam, i.voornamen, i.id
      limit ${bind(values, p.first + 1)}`,
    values,
  );
  return rows;
}

export interface DeelnemersParams extends PaginaParams {
  aanbiederId: string;
  /** Only trajecten with something due (the portal's `teDoen: true`). */
  teDoen?: boolean;
  /** The day the rules are evaluated on (yyyy-mm-dd); the portal uses today. */
  vandaag: string;
}

/** The Sunday before `vandaag` (the last complete week), as te-doen.ts computes it. */
function vorigeZondag(vandaag: string): string {
  const d = new Date(`${vandaag}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - (d.getUTCDay() === 0 ? 7 : d.getUTCDay()));
  return d.toISOString().slice(0, 10);
}

/** The condition "something is due" on traject alias t, written by hand on traject.gemeld_tot. */
function teDoen(values: unknown[], vandaag: string): string {
  const zondag = bind(values, vorigeZondag(vandaag));
  const dag = bind(values, vandaag);
  return `((t.geplande_start <= least(${zondag}::date, t.geplande_einde) and coalesce(t.gemeld_tot, '-infinity') < least(${zondag}::date, t.geplande_einde))
    or (not exists (select 1 from rapportage r where r.traject_id = t.id and r.vervangen_op is null and r.soort = case t.soort
          when 'B1_ROUTE' then 'EXAMENRESULTAAT' when 'TAALSCHAKELTRAJECT' then 'TAALSCHAKEL_RESULTAAT' when 'ONDERWIJSROUTE' then 'TAALSCHAKEL_RESULTAAT'
          when 'Z_ROUTE' then 'Z_ROUTE_RESULTAAT' when 'Z_ROUTE_PARTICIPATIE' then 'Z_ROUTE_RESULTAAT' when 'MAP' then 'MAP_RESULTAAT' when 'PVT' then 'PVT_RESULTAAT' end)
      and (coalesce(t.uiterlijke_afrondingsdatum, t.geplande_einde) < ${dag}::date
        or (t.soort in ('B1_ROUTE', 'TAALSCHAKELTRAJECT', 'ONDERWIJSROUTE', 'Z_ROUTE')
          and (coalesce((select max((r.ingediend_op at time zone 'Europe/Amsterdam')::date) from rapportage r
                          where r.traject_id = t.id and r.vervangen_op is null and r.soort = 'VOORTGANG'), t.geplande_start) + interval '3 months')::date <= ${dag}::date))))`;
}

/** The condition on traject alias t: a running traject of this aanbieder under a contract in force (and, with teDoen, something due). */
function eigenTrajectVan(values: unknown[], p: Omit<DeelnemersParams, 'first' | 'after'>): string {
  const aanbieder = bind(values, p.aanbiederId);
  const dag = bind(values, p.vandaag);
  return `t.aanbieder_id = ${aanbieder} and t.status = 'ACTIEF'
      and exists (select 1 from contract k where k.id = t.contract_id and k.ingangsdatum <= ${dag}::date and (k.einddatum is null or k.einddatum >= ${dag}::date))
      ${p.teDoen ? `and ${teDoen(values, p.vandaag)}` : ''}`;
}

/** aanbieder `deelnemers { totalCount }` alone: the people with such a traject, counted. */
export async function deelnemersAantal(db: Queryable, p: Omit<DeelnemersParams, 'first' | 'after'>): Promise<number> {
  const values: unknown[] = [];
  const eigenTraject = eigenTrajectVan(values, p);
  const { rows } = await db.query(
    `select count(*)::int as n from inburgeraar i
      where i.status = 'ACTIEF' and exists (select 1 from traject t where t.inburgeraar_id = i.id and ${eigenTraject})`, values);
  return rows[0]!.n as number;
}

/**
 * aanbieder `deelnemers`: the people with a running traject of this aanbieder under a contract in force, of an
 * active dossier, by name, a page plus the total; with their trajecten there, hour totals and latest reports.
 */
export async function deelnemers(db: Queryable, p: DeelnemersParams): Promise<Record<string, unknown>[]> {
  const values: unknown[] = [];
  const eigenTraject = eigenTrajectVan(values, p);
  const na = keyset(p.after);
  const vanaf = na ? ` and (i.achternaam, i.voornamen, i.id) > (${bind(values, na[0])}, ${bind(values, na[1])}, ${bind(values, na[2])}::uuid)` : '';
  const { rows } = await db.query(
    `with mensen as (
       select i.id, i.voornamen, i.tussenvoegsel, i.achternaam, i.email, i.telefoon, i.gemeente_id from inburgeraar i
        where i.status = 'ACTIEF' and exists (select 1 from traject t where t.inburgeraar_id = i.id and ${eigenTraject})${vanaf}
        order by i.achternaam, i.voornamen, i.id
        limit ${bind(values, p.first + 1)})
     select m.*, g.naam as gemeente_naam,
            (select count(*) from inburgeraar i where i.status = 'ACTIEF' and exists (select 1 from traject t where t.inburgeraar_id = i.id and ${eigenTraject}))::int as total_count,
            (select json_agg(json_build_object('id', t.id, 'soort', t.soort, 'geplandeStart', t.geplande_start, 'geplandeEinde', t.geplande_einde,
                    'uren', json_build_object('aanwezig', t.uren_aanwezig, 'ingeroosterd', t.uren_ingeroosterd, 'perioden', t.perioden, 'gemeldTot', t.gemeld_tot),
                    'laatsteRapportage', (select json_object_agg(r.soort, r.laatste) from (select r.soort, max(r.ingediend_op) as laatste from rapportage r
                                           where r.traject_id = t.id and r.vervangen_op is null group by r.soort) r))
                    order by t.geplande_start)
               from traject t where t.inburgeraar_id = m.id and ${eigenTraject}) as trajecten
       from mensen m join gemeente g on g.id = m.gemeente_id
      order by m.achternaam, m.voornamen, m.id`,
    values,
  );
  return rows;
}

export interface DossierParams {
  gemeenteId: string;
  id: string;
}

/** gemeente `dossier(id)`: one dossier with its doelgroep history, PIP versions, trajecten, attendance and reports. */
export async function dossier(db: Queryable, p: DossierParams): Promise<Record<string, unknown>[]> {
  const { rows } = await db.query(
    `select i.*, g.naam as gemeente_naam,
            (select json_agg(d order by d.begindatum) from doelgroep_periode d where d.inburgeraar_id = i.id) as doelgroepen,
            (select json_agg(v order by v.versie desc) from pip_versie v where v.inburgeraar_id = i.id) as pips,
            (select json_agg(v) from termijn_verlenging v where v.inburgeraar_id = i.id) as verlengingen,
            (select json_agg(json_build_object('traject', t, 'aanbieder', b.naam,
                    'aanwezigheden', (select json_agg(a order by a.periode_van desc) from aanwezigheid a where a.traject_id = t.id and a.vervangen_op is null),
                    'rapportages', (select json_agg(r order by r.soort, r.sleutel desc, r.versie desc) from rapportage r where r.traject_id = t.id))
                    order by t.geplande_start)
               from traject t join aanbieder b on b.id = t.aanbieder_id where t.inburgeraar_id = i.id and t.gemeente_id = i.gemeente_id) as trajecten
       from inburgeraar i join gemeente g on g.id = i.gemeente_id
      where i.id = $1 and i.gemeente_id = $2`,
    [p.id, p.gemeenteId],
  );
  return rows;
}

export interface AanbiedersParams {
  gemeenteId: string;
  /** yyyy-mm-dd */
  vandaag: string;
}

/**
 * gemeente `aanbieders`: per aanbieder with a contract, its deelnemers, hours, periods reported on time, and running
 * trajecten whose last complete week is unreported, from the totals each traject row carries (kept by the database).
 */
export async function aanbiedersOverzicht(db: Queryable, p: AanbiedersParams): Promise<Record<string, unknown>[]> {
  const zondag = vorigeZondag(p.vandaag);
  const { rows } = await db.query(
    `select b.id, b.naam, b.kvk_nummer, s.*
       from (select distinct aanbieder_id from contract where gemeente_id = $1) k
       join aanbieder b on b.id = k.aanbieder_id
       left join lateral (
         select count(distinct t.inburgeraar_id) filter (where t.status = 'ACTIEF') as deelnemers,
                count(*) filter (where t.status = 'ACTIEF' and t.geplande_start <= least($2::date, t.geplande_einde)
                                   and coalesce(t.gemeld_tot, '-infinity') < least($2::date, t.geplande_einde)) as zonder_vorige_week,
                sum(t.uren_aanwezig) as aanwezig, sum(t.uren_ingeroosterd) as ingeroosterd, sum(t.perioden) as perioden,
                sum(t.perioden_op_tijd) as op_tijd
           from traject t
          where t.gemeente_id = $1 and t.aanbieder_id = k.aanbieder_id) s on true
      order by b.naam`,
    [p.gemeenteId, zondag],
  );
  return rows;
}

export interface AanbiederDetailParams extends AanbiedersParams {
  aanbiederId: string;
}

/** gemeente `aanbieder(id)`: the gemeente's trajecten at one aanbieder, by name, with their hour totals. */
export async function aanbiederDetail(db: Queryable, p: AanbiederDetailParams): Promise<Record<string, unknown>[]> {
  const { rows } = await db.query(
    `select t.id, t.inburgeraar_id, i.voornamen, i.tussenvoegsel, i.achternaam, t.soort, t.status, t.geplande_start, t.geplande_einde, t.geplande_uren, t.gemeld_tot,
            t.uren_aanwezig as aanwezig, t.uren_ingeroosterd as ingeroosterd, t.perioden
       from traject t
       join inburgeraar i on i.id = t.inburgeraar_id
      where t.gemeente_id = $1 and t.aanbieder_id = $2
      order by i.achternaam, i.voornamen, t.geplande_start, t.id`,
    [p.gemeenteId, p.aanbiederId],
  );
  return rows;
}
