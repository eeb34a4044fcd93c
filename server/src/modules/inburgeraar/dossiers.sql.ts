import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlStatement } from '../../db/sql-transactie.js';
import type { GemeentePrincipal } from '../auth/principal.js';
import { inzageRegelSql } from '../inzage/inzage.js';
import { naamKeysetSql, naamPagina, type Pagina, type PaginaVraag } from '../shared/pagina.js';
import { gemeenteInburgeraarScopeSql, type SqlParam } from '../tenancy/scope.js';
import type { Traject } from '../traject/traject.entity.js';
import { Inburgeraar } from './inburgeraar.entity.js';
import { naamSql } from './naam-zoeken.js';

/** A dossier as the gemeente's search list shows it (the GraphQL type `Inburgeraar`). */
export type DossierRegel = Pick<Inburgeraar, 'id' | 'status' | 'bsn' | 'voornamen' | 'achternaam' | 'geboortedatum'> & { tussenvoegsel: string | null };

export interface DossierZoekvraag extends PaginaVraag {
  /** A BSN already normalised and checked, or name words; at most one of the two. */
  bsn?: string;
  naam?: string;
  status?: Inburgeraar['status'] | null;
  /** Only dossiers with a running traject of this soort and/or at this aanbieder (both on the same traject). */
  trajectsoort?: Traject['soort'] | null;
  aanbiederId?: string | null;
}

/**
 * The gemeente's dossier search, page and total in one hand-written statement (as the aanbieder's deelnemers page,
 * deelnemers.sql.ts): MikroORM's cursor query, its count and their hydration cost more CPU than PostgreSQL answering.
 * Tenancy is the tenancy layer's SQL; the cursors are the ORM's, so a client pages on as before. The access-log line of
 * the people on the page is written by the same statement (inzageRegelSql).
 */
export async function zoekDossiersPagina(em: EntityManager, gemeente: GemeentePrincipal, vraag: DossierZoekvraag): Promise<Pagina<DossierRegel>> {
  const waarden: unknown[] = [];
  const param: SqlParam = (waarde) => `$${waarden.push(waarde)}`;
  const wie = (i: string) => [
    gemeenteInburgeraarScopeSql(gemeente, i, param),
    vraag.bsn ? `${i}.bsn = ${param(vraag.bsn)}` : '',
    vraag.naam ? naamSql(i, vraag.naam, param) : '',
    vraag.status ? `${i}.status = ${param(vraag.status)}` : '',
    vraag.trajectsoort || vraag.aanbiederId ? `exists (select 1 from traject t where t.inburgeraar_id = ${i}.id and t.status = 'ACTIEF'`
      + (vraag.trajectsoort ? ` and t.soort = ${param(vraag.trajectsoort)}` : '')
      + (vraag.aanbiederId ? ` and t.aanbieder_id = ${param(vraag.aanbiederId)}::uuid` : '') + ')' : '',
  ].filter(Boolean).join(' and ');
  const { first, vanaf, limiet } = naamKeysetSql(em, Inburgeraar, vraag, 'i', param);
  const [rij] = await sqlStatement<{ totaal: number; nodes: DossierRegel[] }>(em,
    `with pagina as (select i.id, i.status, i.bsn, i.voornamen, i.tussenvoegsel, i.achternaam, i.geboortedatum
                       from inburgeraar i
                      where ${wie('i')} and ${vanaf}
                      order by i.achternaam, i.voornamen, i.id
                      limit ${limiet}),
          regel as (${inzageRegelSql(gemeente, 'DOSSIERS_GEZOCHT',
            `array(select p.id from pagina p order by p.achternaam, p.voornamen, p.id limit ${param(first)})`, param)})
     select (select count(*) from inburgeraar i where ${wie('i')})::int as totaal,
            coalesce((select json_agg(json_build_object('id', m.id, 'status', m.status, 'bsn', m.bsn, 'voornamen', m.voornamen,
                'tussenvoegsel', m.tussenvoegsel, 'achternaam', m.achternaam, 'geboortedatum', m.geboortedatum)
              order by m.achternaam, m.voornamen, m.id) from pagina m), '[]') as nodes`,
    waarden);
  return naamPagina(rij!.nodes, first, rij!.totaal);
}
