import type { EntityManager } from '@mikro-orm/postgresql';
import { Gebruiker } from '../auth/gebruiker.entity.js';
import type { Principal } from '../auth/principal.js';
import { vereisGemeente } from '../auth/vereis.js';
import { logInzage } from '../inzage/inzage.js';
import { sqlStatement } from '../../db/sql-transactie.js';
import { plusDagen, vandaag } from '../shared/datum.js';
import { gemeenteInburgeraarScopeSql, gemeenteTrajectScopeSql, type SqlParam } from '../tenancy/scope.js';

export interface Werkpunt {
  inburgeraarId: string;
  naam: string;
  wat: string;
  sinds: string;
}

export interface Dashboard {
  perStatus: { status: string; aantal: number }[];
  zonderPip: Werkpunt[];
  teBeoordelen: Werkpunt[];
  adviezen: Werkpunt[];
  sindsVorigBezoek: { sinds: Date | null; aanwezigheden: number; rapportages: number; meldingen: NieuweMelding[] };
}

export interface NieuweMelding {
  inburgeraarId: string;
  naam: string;
  soort: string;
  versie: number;
  aanbiederNaam: string;
  ingediendOp: Date;
}

const NAAM = `concat_ws(' ', i.voornamen, i.tussenvoegsel, i.achternaam)`;

/** One statement with its bind parameters, its conditions built by `bouw` with `param` ($1, $2, …). */
function metParams<R extends object>(em: EntityManager, bouw: (param: SqlParam) => string): Promise<R[]> {
  const waarden: unknown[] = [];
  const param: SqlParam = (waarde) => `$${waarden.push(waarde)}`;
  return sqlStatement<R>(em, bouw(param), waarden);
}

/**
 * What a regisseur should look at first. Every statement is restricted to the principal's own gemeente by the one
 * tenancy layer (scope.ts), as row-level security restricts it a second time; lists are capped at 20 rows.
 */
export class DashboardService {
  constructor(private readonly em: EntityManager) {}

  async voor(principal: Principal): Promise<Dashboard> {
    const gemeente = vereisGemeente(principal);
    const eigenPersoon = (p: SqlParam) => gemeenteInburgeraarScopeSql(gemeente, 'i', p);
    const eigenTraject = (p: SqlParam) => gemeenteTrajectScopeSql(gemeente, 't', p);
    const gebruiker = await this.em.findOneOrFail(Gebruiker, gemeente.gebruikerId!, { fields: ['vorigeLoginOp'] });
    const sinds = gebruiker.vorigeLoginOp ?? new Date(0);
    // The PIP is due within 10 weeks of the vestiging (004 §3.4, DUO signal SS120).
    const pipUiterlijk = plusDagen(vandaag(), -70);
    const [perStatus, zonderPip, teBeoordelen, adviezen, sindsTellingen, meldingen] = await Promise.all([
      metParams<{ status: string; aantal: number }>(this.em, (p) =>
        `select i.status, count(*)::int as aantal from inburgeraar i where ${eigenPersoon(p)} group by i.status order by i.status`),
      metParams<{ id: string; naam: string; sinds: string }>(this.em, (p) =>
        `select i.id, ${NAAM} as naam, to_char(i.datum_vestiging, 'YYYY-MM-DD') as sinds from inburgeraar i
          where ${eigenPersoon(p)} and i.status = 'ACTIEF' and i.datum_vestiging <= ${p(pipUiterlijk)}::date
            and not exists (select 1 from pip_versie pv where pv.inburgeraar_id = i.id)
          order by i.datum_vestiging limit 20`),
      // MAP, PVT and Z-route results the gemeente has not yet decided on.
      metParams<{ id: string; naam: string; soort: string; sinds: string }>(this.em, (p) =>
        `select i.id, ${NAAM} as naam, r.soort, to_char(r.ingediend_op, 'YYYY-MM-DD') as sinds
           from rapportage r join traject t on t.id = r.traject_id join inburgeraar i on i.id = t.inburgeraar_id
          where ${eigenTraject(p)} and r.vervangen_op is null and r.soort in ('MAP_RESULTAAT', 'PVT_RESULTAAT', 'Z_ROUTE_RESULTAAT')
            and not exists (select 1 from besluit b where b.inburgeraar_id = i.id and b.vervangen_op is null
                            and b.soort = replace(r.soort, '_RESULTAAT', ''))
          order by r.ingediend_op limit 20`),
      // Advice to switch, scale down or up, given after the current PIP was set.
      metParams<{ id: string; naam: string; advies: string; sinds: string }>(this.em, (p) =>
        `select i.id, ${NAAM} as naam, r.gegevens->>'advies' as advies, to_char(r.ingediend_op, 'YYYY-MM-DD') as sinds
           from rapportage r join traject t on t.id = r.traject_id join inburgeraar i on i.id = t.inburgeraar_id
          where ${eigenTraject(p)} and r.vervangen_op is null and r.soort = 'VOORTGANG' and r.gegevens->>'advies' <> 'GEEN'
            and r.ingediend_op > coalesce((select max(pv.vastgesteld_op) from pip_versie pv where pv.inburgeraar_id = i.id), '-infinity')
          order by r.ingediend_op limit 20`),
      metParams<{ aanwezigheden: number; rapportages: number }>(this.em, (p) => {
        const vanaf = p(sinds);
        return `select (select count(*)::int from aanwezigheid a join traject t on t.id = a.traject_id where ${eigenTraject(p)} and a.ingediend_op > ${vanaf}::timestamptz) as aanwezigheden,
                (select count(*)::int from rapportage r join traject t on t.id = r.traject_id where ${eigenTraject(p)} and r.ingediend_op > ${vanaf}::timestamptz) as rapportages`;
      }),
      metParams<{ id: string; naam: string; soort: string; versie: number; aanbieder: string; ingediend_op: Date }>(this.em, (p) =>
        `select i.id, ${NAAM} as naam, r.soort, r.versie, a.naam as aanbieder, r.ingediend_op
           from rapportage r join traject t on t.id = r.traject_id join inburgeraar i on i.id = t.inburgeraar_id join aanbieder a on a.id = t.aanbieder_id
          where ${eigenTraject(p)} and r.ingediend_op > ${p(sinds)}::timestamptz
          order by r.ingediend_op desc, r.id limit 20`),
    ]);
    const genoemd = [...zonderPip, ...teBeoordelen, ...adviezen, ...meldingen].map((r) => r.id);
    await logInzage(this.em, gemeente, 'OVERZICHT_GELEZEN', [...new Set(genoemd)]);
    return {
      perStatus,
      zonderPip: zonderPip.map((r) => ({ inburgeraarId: r.id, naam: r.naam, wat: 'Nog geen PIP, 10 weken na vestiging', sinds: r.sinds })),
      teBeoordelen: teBeoordelen.map((r) => ({ inburgeraarId: r.id, naam: r.naam, wat: `${r.soort.replace('_RESULTAAT', '').replace('_', '-')}-resultaat zonder besluit`, sinds: r.sinds })),
      adviezen: adviezen.map((r) => ({ inburgeraarId: r.id, naam: r.naam, wat: `Advies: ${r.advies.toLowerCase()}`, sinds: r.sinds })),
      sindsVorigBezoek: {
        sinds: gebruiker.vorigeLoginOp ?? null, ...sindsTellingen[0]!,
        meldingen: meldingen.map((r) => ({ inburgeraarId: r.id, naam: r.naam, soort: r.soort, versie: r.versie, aanbiederNaam: r.aanbieder, ingediendOp: new Date(r.ingediend_op) })),
      },
    };
  }
}
