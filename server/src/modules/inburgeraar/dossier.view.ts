import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlStatement } from '../../db/sql-transactie.js';
import type { GemeentePrincipal } from '../auth/principal.js';
import { inzageRegelSql } from '../inzage/inzage.js';
import { berekenTermijn, type Inburgeringstermijn } from '../pip/inburgeringstermijn.js';
import { PipVersie } from '../pip/pip-versie.entity.js';
import { TermijnVerlenging } from '../pip/termijn-verlenging.entity.js';
import { Rapportage } from '../rapportage/rapportage.entity.js';
import { rapportageView } from '../rapportage/rapportage.view.js';
import { gemeenteInburgeraarScopeSql, gemeenteTrajectScopeSql, type SqlParam } from '../tenancy/scope.js';
import { gevolgdeUrenJsonSql, type GevolgdeUren } from '../traject/gevolgde-uren.js';
import { aanwezigheidUitJson, aanwezighedenJsonSql, trajectJsonSql, type AanwezigheidRegel, type TrajectJson } from '../traject/traject.sql.js';
import type { TrajectView } from '../traject/traject.views.js';
import { DoelgroepPeriode } from './doelgroep-periode.entity.js';
import { Inburgeraar } from './inburgeraar.entity.js';

export type DossierView = Omit<Inburgeraar, 'gemeente' | 'trajecten' | 'doelgroepen'> & {
  gemeenteNaam: string;
  doelgroep: DoelgroepPeriode['doelgroep'] | null;
  doelgroepHistorie: DoelgroepPeriode[];
  actuelePip: PipVersie | null;
  pipHistorie: PipVersie[];
  inburgeringstermijn: Inburgeringstermijn | null;
  gevolgdeUren: GevolgdeUren;
  trajecten: (TrajectView & { rapportages: ReturnType<typeof rapportageView>[] })[];
};

type Rij = Record<string, unknown>;

interface DossierRij {
  persoon: Rij;
  gemeente_naam: string;
  doelgroepen: Rij[];
  pips: Rij[];
  verlengingen: Rij[];
  gevolgde_uren: GevolgdeUren;
  trajecten: { traject: TrajectJson; aanwezigheden: (Omit<AanwezigheidRegel, 'ingediendOp'> & { ingediendOp: string })[]; rapportages: Rij[] }[];
}

/**
 * One of the gemeente's own dossiers with everything the dossier page shows, in one hand-written statement (it took
 * eleven ORM statements): rows of the person's own tables come back as `to_jsonb` rows that `em.map` turns into the
 * entities the views already take, so only query building is skipped, not the entities' types. The same statement writes
 * the access-log line (inzageRegelSql) when `gelezen`; a write's answer is not (the write logged its own line).
 * Undefined, and nothing logged, when the id is not one of the gemeente's dossiers.
 */
export async function laadDossier(em: EntityManager, gemeente: GemeentePrincipal, id: string, opties: { gelezen: boolean }): Promise<DossierView | undefined> {
  const waarden: unknown[] = [id];
  const param: SqlParam = (waarde) => `$${waarden.push(waarde)}`;
  const [rij] = await sqlStatement<DossierRij>(em,
    `with persoon as (select i.* from inburgeraar i where i.id = $1::uuid and ${gemeenteInburgeraarScopeSql(gemeente, 'i', param)}),
          regel as (${opties.gelezen ? inzageRegelSql(gemeente, 'DOSSIER_GELEZEN', 'array(select p.id from persoon p)', param) : 'select 1'})
     select to_jsonb(i) - 'zoeknaam' as persoon,
            (select g.naam from gemeente g where g.id = i.gemeente_id) as gemeente_naam,
            coalesce((select jsonb_agg(to_jsonb(d) order by d.begindatum) from doelgroep_periode d where d.inburgeraar_id = i.id), '[]') as doelgroepen,
            coalesce((select jsonb_agg(to_jsonb(v) order by v.versie desc) from pip_versie v where v.inburgeraar_id = i.id), '[]') as pips,
            coalesce((select jsonb_agg(to_jsonb(v)) from termijn_verlenging v where v.inburgeraar_id = i.id), '[]') as verlengingen,
            ${gevolgdeUrenJsonSql('i')} as gevolgde_uren,
            coalesce((select json_agg(json_build_object('traject', ${trajectJsonSql('t')}, 'aanwezigheden', ${aanwezighedenJsonSql('t')},
                'rapportages', coalesce((select jsonb_agg(to_jsonb(r) order by r.soort, r.sleutel desc, r.versie desc)
                                           from rapportage r where r.traject_id = t.id), '[]'))
              order by t.geplande_start)
              from traject t where t.inburgeraar_id = i.id and ${gemeenteTrajectScopeSql(gemeente, 't', param)}), '[]') as trajecten
       from persoon i`,
    waarden);
  if (!rij) return undefined;
  const persoon = em.map(Inburgeraar, rij.persoon);
  const doelgroepen = rij.doelgroepen.map((d) => em.map(DoelgroepPeriode, d));
  const pips = rij.pips.map((v) => em.map(PipVersie, v));
  const eerste = pips.at(-1);
  const { gemeente: _gemeente, trajecten: _trajecten, doelgroepen: _doelgroepen, ...gegevens } = persoon;
  return {
    ...gegevens,
    gemeenteNaam: rij.gemeente_naam,
    doelgroep: doelgroepen.find((d) => !d.einddatum)?.doelgroep ?? null,
    doelgroepHistorie: doelgroepen,
    actuelePip: pips[0] ?? null,
    pipHistorie: pips,
    inburgeringstermijn: eerste ? berekenTermijn(eerste.dagtekeningPip, rij.verlengingen.map((v) => em.map(TermijnVerlenging, v))) : null,
    gevolgdeUren: rij.gevolgde_uren,
    trajecten: rij.trajecten.map(({ traject: { laatsteRapportage: _laatste, ...traject }, aanwezigheden, rapportages }) => ({
      ...traject,
      aanwezigheden: aanwezigheden.map(aanwezigheidUitJson),
      rapportages: rapportages.map((r) => rapportageView(em.map(Rapportage, r))),
    })),
  };
}
