import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlStatement } from '../../db/sql-transactie.js';
import type { AanbiederPrincipal } from '../auth/principal.js';
import type { IsoDatum } from '../shared/datum.js';
import { inzageRegelSql } from '../inzage/inzage.js';
import { naamKeysetSql, naamPagina, type Pagina, type PaginaVraag } from '../shared/pagina.js';
import { aanbiederDeelnemerScopeSql, aanbiederTrajectScopeSql, eigenLopendeTrajectenSql, type SqlParam } from '../tenancy/scope.js';
import { pipAfsprakenJsonSql, type PipAfsprakenJson } from '../traject/pip-afspraken.js';
import { teDoenSql } from '../traject/te-doen.sql.js';
import type { Traject } from '../traject/traject.entity.js';
import { aanwezighedenJsonSql, trajectJsonSql, type AanwezigheidRegel, type TrajectJson } from '../traject/traject.sql.js';
import { Inburgeraar } from './inburgeraar.entity.js';
import { naamSql } from './naam-zoeken.js';

/**
 * The aanbieder's two hot read pages, each one hand-written statement: MikroORM's query building and hydration for the
 * six statements these took cost more CPU than PostgreSQL answering them (docs/overhead.md), and every statement is a
 * round trip. Tenancy comes from the tenancy layer's SQL (scope.ts), as in the set-based attendance batch; only the
 * columns an aanbieder may see leave the database (no BSN, no date of birth), as json the services map to their views.
 * Each statement also writes the access-log line of the people it returns (inzageRegelSql): one statement per page.
 */

/** A person as the aanbieder's pages select them, with what the PIP agreements need. */
export interface DeelnemerJson extends PipAfsprakenJson {
  id: string;
  voornamen: string;
  tussenvoegsel: string | null;
  achternaam: string;
  email: string | null;
  telefoon: string | null;
  gemeenteNaam: string;
}

export interface DeelnemersVraag extends PaginaVraag {
  zoek?: string | null;
  soort?: Traject['soort'] | null;
  gemeentecode?: string | null;
  teDoen?: boolean | null;
}

const persoonJsonSql = (i: string) => `'id', ${i}.id, 'voornamen', ${i}.voornamen, 'tussenvoegsel', ${i}.tussenvoegsel,
  'achternaam', ${i}.achternaam, 'email', ${i}.email, 'telefoon', ${i}.telefoon,
  'gemeenteNaam', (select g.naam from gemeente g where g.id = ${i}.gemeente_id), ${pipAfsprakenJsonSql(i)}`;

/** A page of the aanbieder's deelnemers by name, the total, and per person the aanbieder's trajecten the filters keep. */
export async function deelnemersPagina(em: EntityManager, aanbieder: AanbiederPrincipal, vraag: DeelnemersVraag, dag: IsoDatum):
  Promise<Pagina<DeelnemerJson & { trajecten: TrajectJson[] }>> {
  const waarden: unknown[] = [];
  const param: SqlParam = (waarde) => `$${waarden.push(waarde)}`;
  // Filters narrow the aanbieder's own trajecten; they can never widen the scope.
  const filter = (t: string) => [
    vraag.soort ? `${t}.soort = ${param(vraag.soort)}` : '',
    vraag.gemeentecode ? `${t}.gemeente_id = (select g.id from gemeente g where g.gemeentecode = ${param(vraag.gemeentecode)})` : '',
    vraag.teDoen ? `(${teDoenSql(t, dag, param)})` : '',
  ].filter(Boolean).join(' and ') || 'true';
  const wie = (i: string) => `${aanbiederDeelnemerScopeSql(aanbieder, i, dag, param, filter)} and ${naamSql(i, vraag.zoek ?? '', param)}`;
  const { first, vanaf, limiet } = naamKeysetSql(em, Inburgeraar, vraag, 'i', param);
  const [rij] = await sqlStatement<{ totaal: number; nodes: (DeelnemerJson & { trajecten: TrajectJson[] })[] }>(em,
    `with pagina as (select i.id, i.voornamen, i.tussenvoegsel, i.achternaam, i.email, i.telefoon, i.gemeente_id
                       from inburgeraar i
                      where ${wie('i')} and ${vanaf}
                      order by i.achternaam, i.voornamen, i.id
                      limit ${limiet}),
          regel as (${inzageRegelSql(aanbieder, 'DEELNEMERS_GELEZEN',
            `array(select p.id from pagina p order by p.achternaam, p.voornamen, p.id limit ${param(first)})`, param)})
     select (select count(*) from inburgeraar i where ${wie('i')})::int as totaal,
            coalesce((select json_agg(json_build_object(${persoonJsonSql('m')},
                'trajecten', coalesce((select json_agg(${trajectJsonSql('t')} order by t.geplande_start)
                                         from traject t
                                        where t.inburgeraar_id = m.id and ${eigenLopendeTrajectenSql(aanbieder, 't', dag, param)} and ${filter('t')}), '[]'))
              order by m.achternaam, m.voornamen, m.id) from pagina m), '[]') as nodes`,
    waarden);
  return naamPagina(rij!.nodes, first, rij!.totaal);
}

/** One of the aanbieder's own trajecten with its current attendance and its deelnemer; undefined when it is not theirs. */
export async function aanbiederTraject(em: EntityManager, aanbieder: AanbiederPrincipal, id: string, dag: IsoDatum):
  Promise<{ traject: TrajectJson; aanwezigheden: (Omit<AanwezigheidRegel, 'ingediendOp'> & { ingediendOp: string })[]; deelnemer: DeelnemerJson } | undefined> {
  const waarden: unknown[] = [id];
  const param: SqlParam = (waarde) => `$${waarden.push(waarde)}`;
  const [rij] = await sqlStatement<{ traject: NonNullable<Awaited<ReturnType<typeof aanbiederTraject>>> }>(em,
    `with gevonden as (select t.* from traject t where t.id = $1::uuid and ${aanbiederTrajectScopeSql(aanbieder, 't', dag, param)}),
          regel as (${inzageRegelSql(aanbieder, 'TRAJECT_GELEZEN', 'array(select g.inburgeraar_id from gevonden g)', param)})
     select json_build_object('traject', ${trajectJsonSql('t')}, 'aanwezigheden', ${aanwezighedenJsonSql('t')},
              'deelnemer', (select json_build_object(${persoonJsonSql('i')}) from inburgeraar i where i.id = t.inburgeraar_id)) as traject
       from gevonden t`,
    waarden);
  return rij?.traject;
}
