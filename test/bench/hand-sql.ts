import type pg from 'pg';
import { teDoenSql } from '../../server/src/modules/traject/te-doen.sql.js';
import type { IsoDatum } from '../../server/src/modules/shared/datum.js';

/**
 * The baseline of every list the bench measures: hand-written SQL that reads the same rows for the same page as the
 * portal, as directly as one would write it by hand, on the same indexes. One exported function per list; each
 * returns the rows so a section can check it read something. (The due rule itself is te-doen.sql.ts's, so both
 * sides decide "something due" alike; only the query around it is written by hand.)
 */
type Db = pg.ClientBase | pg.Pool;

/** `?` placeholders (the portal's own SQL fragments) numbered from `vanaf` for pg. */
function genummerd(sql: string, vanaf: number): string {
  let n = vanaf;
  return sql.replace(/\?/g, () => `$${n++}`);
}

/** Sort key of a person in every list: surname, first names, id. */
export interface Sleutel {
  achternaam: string;
  voornamen: string;
  id: string;
}

/** A keyset page of the aanbieder's deelnemers, with their running trajecten and hours (optionally only what is due). */
export async function deelnemersPagina(db: Db, v: { aanbiederId: string; first: number; na?: Sleutel; teDoen?: IsoDatum }) {
  const params: unknown[] = [v.aanbiederId, v.first];
  let due = '';
  if (v.teDoen) {
    const { sql, params: p } = teDoenSql('t', v.teDoen);
    due = `and ${genummerd(sql, params.length + 1)}`;
    params.push(...p);
  }
  let na = '';
  if (v.na) {
    na = `and (i.achternaam, i.voornamen, i.id) > ($${params.length + 1}, $${params.length + 2}, $${params.length + 3})`;
    params.push(v.na.achternaam, v.na.voornamen, v.na.id);
  }
  const personen = await db.query<Sleutel & { tussenvoegsel: string | null; gemeente: string }>(`
    select i.id, i.voornamen, i.tussenvoegsel, i.achternaam, g.naam as gemeente
      from inburgeraar i join gemeente g on g.id = i.gemeente_id
     where exists (select 1 from traject t where t.inburgeraar_id = i.id and t.aanbieder_id = $1 and t.status = 'ACTIEF' ${due}) ${na}
     order by i.achternaam, i.voornamen, i.id limit $2`, params);
  const trajecten = await db.query(`
    select t.id, t.inburgeraar_id, t.soort, t.cursusnaam, t.geplande_uren, u.aanwezig, u.gemeld_tot
      from traject t
      left join lateral (select sum(a.uren_aanwezig) as aanwezig, max(a.periode_tot) as gemeld_tot
                           from aanwezigheid a where a.traject_id = t.id and a.vervangen_op is null) u on true
     where t.inburgeraar_id = any($1) and t.aanbieder_id = $2 and t.status = 'ACTIEF'
     order by t.geplande_start`, [personen.rows.map((p) => p.id), v.aanbiederId]);
  return { personen: personen.rows, trajecten: trajecten.rows };
}

/** How many deelnemers the aanbieder has (optionally only those with something due): the page's totalCount. */
export async function deelnemersAantal(db: Db, v: { aanbiederId: string; teDoen?: IsoDatum }): Promise<number> {
  const params: unknown[] = [v.aanbiederId];
  let due = '';
  if (v.teDoen) {
    const { sql, params: p } = teDoenSql('t', v.teDoen);
    due = `and ${genummerd(sql, 2)}`;
    params.push(...p);
  }
  const r = await db.query<{ n: string }>(`select count(distinct t.inburgeraar_id) as n from traject t
     where t.aanbieder_id = $1 and t.status = 'ACTIEF' ${due}`, params);
  return Number(r.rows[0]!.n);
}

/** The gemeente's dossiers, first page by surname, filtered like zoekDossiers (name words, running traject soort/aanbieder). */
export async function zoekDossiers(db: Db, v: { gemeenteId: string; first: number; zoek?: string; trajectsoort?: string; aanbiederId?: string }) {
  const params: unknown[] = [v.gemeenteId];
  const voorwaarden = ['i.gemeente_id = $1'];
  for (const woord of (v.zoek ?? '').trim().split(/\s+/).filter(Boolean)) {
    params.push(`%${woord.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    const p = `$${params.length}`;
    voorwaarden.push(`(i.voornamen ilike ${p} or i.achternaam ilike ${p} or i.tussenvoegsel ilike ${p})`);
  }
  if (v.trajectsoort || v.aanbiederId) {
    const t: string[] = [];
    if (v.trajectsoort) { params.push(v.trajectsoort); t.push(`t.soort = $${params.length}`); }
    if (v.aanbiederId) { params.push(v.aanbiederId); t.push(`t.aanbieder_id = $${params.length}`); }
    voorwaarden.push(`exists (select 1 from traject t where t.inburgeraar_id = i.id and t.status = 'ACTIEF' and ${t.join(' and ')})`);
  }
  const where = voorwaarden.join(' and ');
  const pagina = await db.query(`select i.id, i.bsn, i.voornamen, i.tussenvoegsel, i.achternaam, i.geboortedatum, i.status
      from inburgeraar i where ${where} order by i.achternaam, i.voornamen, i.id limit $${params.length + 1}`, [...params, v.first]);
  const aantal = await db.query<{ n: string }>(`select count(*) as n from inburgeraar i where ${where}`, params);
  return { nodes: pagina.rows, totalCount: Number(aantal.rows[0]!.n) };
}

/** One dossier as the gemeente's dossier page shows it: person, PIP history, trajecten with totals, attendance, reports, decisions. */
export async function dossier(db: Db, v: { gemeenteId: string; id: string }) {
  const persoon = await db.query(`select i.*, g.naam as gemeente_naam, d.doelgroep
      from inburgeraar i join gemeente g on g.id = i.gemeente_id
      left join doelgroep_periode d on d.inburgeraar_id = i.id and d.einddatum is null
     where i.id = $1 and i.gemeente_id = $2`, [v.id, v.gemeenteId]);
  const [pip, trajecten, aanwezigheden, rapportages, besluiten] = await Promise.all([
    db.query(`select * from pip_versie where inburgeraar_id = $1 order by versie`, [v.id]),
    db.query(`select t.*, a.naam as aanbieder_naam, u.*
        from traject t join aanbieder a on a.id = t.aanbieder_id
        left join lateral (select sum(w.uren_ingeroosterd) as ingeroosterd, sum(w.uren_aanwezig) as aanwezig,
            sum(w.uren_geoorloofd_verzuim) as geoorloofd, sum(w.uren_ongeoorloofd_verzuim) as ongeoorloofd, max(w.periode_tot) as gemeld_tot
            from aanwezigheid w where w.traject_id = t.id and w.vervangen_op is null) u on true
       where t.inburgeraar_id = $1 and t.gemeente_id = $2 order by t.geplande_start`, [v.id, v.gemeenteId]),
    db.query(`select w.* from aanwezigheid w join traject t on t.id = w.traject_id
       where t.inburgeraar_id = $1 and t.gemeente_id = $2 and w.vervangen_op is null order by w.traject_id, w.periode_van`, [v.id, v.gemeenteId]),
    db.query(`select r.* from rapportage r join traject t on t.id = r.traject_id
       where t.inburgeraar_id = $1 and t.gemeente_id = $2 order by r.traject_id, r.soort, r.sleutel, r.versie`, [v.id, v.gemeenteId]),
    db.query(`select * from besluit where inburgeraar_id = $1 and gemeente_id = $2 order by soort, versie`, [v.id, v.gemeenteId]),
  ]);
  return { persoon: persoon.rows[0], pip: pip.rows, trajecten: trajecten.rows, aanwezigheden: aanwezigheden.rows, rapportages: rapportages.rows, besluiten: besluiten.rows };
}

/** The gemeente's aanbieders overview: contracts, deelnemers, hours, attendance %, and periods first reported within a week. */
export async function aanbiedersOverzicht(db: Db, v: { gemeenteId: string }) {
  const r = await db.query(`
    select a.id, a.naam, a.kvk_nummer,
      (select count(distinct t.inburgeraar_id) from traject t where t.aanbieder_id = a.id and t.gemeente_id = $1 and t.status = 'ACTIEF') as deelnemers,
      u.ingeroosterd, u.aanwezig, u.geoorloofd, u.ongeoorloofd, u.perioden, u.gemeld_tot, u.op_tijd
    from aanbieder a
    left join lateral (
      select sum(w.uren_ingeroosterd) as ingeroosterd, sum(w.uren_aanwezig) as aanwezig, sum(w.uren_geoorloofd_verzuim) as geoorloofd,
             sum(w.uren_ongeoorloofd_verzuim) as ongeoorloofd, count(*) as perioden, max(w.periode_tot) as gemeld_tot,
             count(*) filter (where eerste.op <= w.periode_tot + 7) as op_tijd
        from traject t join aanwezigheid w on w.traject_id = t.id and w.vervangen_op is null
        cross join lateral (select min(e.ingediend_op)::date as op from aanwezigheid e
                             where e.traject_id = w.traject_id and e.periode_van = w.periode_van) eerste
       where t.aanbieder_id = a.id and t.gemeente_id = $1) u on true
    where exists (select 1 from contract c where c.aanbieder_id = a.id and c.gemeente_id = $1)
    order by a.naam`, [v.gemeenteId]);
  return r.rows;
}
