import type { EntityManager } from '@mikro-orm/postgresql';
import { Gebruiker } from '../auth/gebruiker.entity.js';
import type { Principal } from '../auth/principal.js';
import { vereisGemeente } from '../auth/vereis.js';
import { logInzage } from '../inzage/inzage.js';
import { plusDagen, vandaag } from '../shared/datum.js';

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

/**
 * What a regisseur should look at first. Every query is restricted to the principal's own gemeente
 * (`gemeente_id = ?`), the same condition as tenancy/scope.ts applies; lists are capped at 20 rows.
 */
export class DashboardService {
  constructor(private readonly em: EntityManager) {}

  async voor(principal: Principal): Promise<Dashboard> {
    const gemeente = vereisGemeente(principal);
    const g = gemeente.gemeenteId;
    const gebruiker = await this.em.findOneOrFail(Gebruiker, gemeente.gebruikerId!, { fields: ['vorigeLoginOp'] });
    const sinds = gebruiker.vorigeLoginOp ?? null;
    // The PIP is due within 10 weeks of the vestiging (004 §3.4, DUO signal SS120).
    const pipUiterlijk = plusDagen(vandaag(), -70);
    const [perStatus, zonderPip, teBeoordelen, adviezen, sindsTellingen, meldingen] = await Promise.all([
      this.em.execute<{ status: string; aantal: number }[]>(
        'select status, count(*)::int as aantal from inburgeraar where gemeente_id = ? group by status order by status', [g]),
      this.em.execute<{ id: string; naam: string; sinds: string }[]>(
        `select i.id, ${NAAM} as naam, to_char(i.datum_vestiging, 'YYYY-MM-DD') as sinds from inburgeraar i
          where i.gemeente_id = ? and i.status = 'ACTIEF' and i.datum_vestiging <= ?
            and not exists (select 1 from pip_versie p where p.inburgeraar_id = i.id)
          order by i.datum_vestiging limit 20`, [g, pipUiterlijk]),
      // MAP, PVT and Z-route results the gemeente has not yet decided on.
      this.em.execute<{ id: string; naam: string; soort: string; sinds: string }[]>(
        `select i.id, ${NAAM} as naam, r.soort, to_char(r.ingediend_op, 'YYYY-MM-DD') as sinds
           from rapportage r join traject t on t.id = r.traject_id join inburgeraar i on i.id = t.inburgeraar_id
          where t.gemeente_id = ? and r.vervangen_op is null and r.soort in ('MAP_RESULTAAT', 'PVT_RESULTAAT', 'Z_ROUTE_RESULTAAT')
            and not exists (select 1 from besluit b where b.inburgeraar_id = i.id and b.vervangen_op is null
                            and b.soort = replace(r.soort, '_RESULTAAT', ''))
          order by r.ingediend_op limit 20`, [g]),
      // Advice to switch, scale down or up, given after the current PIP was set.
      this.em.execute<{ id: string; naam: string; advies: string; sinds: string }[]>(
        `select i.id, ${NAAM} as naam, r.gegevens->>'advies' as advies, to_char(r.ingediend_op, 'YYYY-MM-DD') as sinds
           from rapportage r join traject t on t.id = r.traject_id join inburgeraar i on i.id = t.inburgeraar_id
          where t.gemeente_id = ? and r.vervangen_op is null and r.soort = 'VOORTGANG' and r.gegevens->>'advies' <> 'GEEN'
            and r.ingediend_op > coalesce((select max(p.vastgesteld_op) from pip_versie p where p.inburgeraar_id = i.id), '-infinity')
          order by r.ingediend_op limit 20`, [g]),
      this.em.execute<{ aanwezigheden: number; rapportages: number }[]>(
        `select (select count(*)::int from aanwezigheid a join traject t on t.id = a.traject_id where t.gemeente_id = ? and a.ingediend_op > ?) as aanwezigheden,
                (select count(*)::int from rapportage r join traject t on t.id = r.traject_id where t.gemeente_id = ? and r.ingediend_op > ?) as rapportages`,
        [g, sinds ?? new Date(0), g, sinds ?? new Date(0)]),
      this.em.execute<{ id: string; naam: string; soort: string; versie: number; aanbieder: string; ingediend_op: Date }[]>(
        `select i.id, ${NAAM} as naam, r.soort, r.versie, a.naam as aanbieder, r.ingediend_op
           from rapportage r join traject t on t.id = r.traject_id join inburgeraar i on i.id = t.inburgeraar_id join aanbieder a on a.id = t.aanbieder_id
          where t.gemeente_id = ? and r.ingediend_op > ?
          order by r.ingediend_op desc, r.id limit 20`, [g, sinds ?? new Date(0)]),
    ]);
    const genoemd = [...zonderPip, ...teBeoordelen, ...adviezen, ...meldingen].map((r) => r.id);
    await logInzage(this.em, gemeente, 'OVERZICHT_GELEZEN', [...new Set(genoemd)]);
    return {
      perStatus,
      zonderPip: zonderPip.map((r) => ({ inburgeraarId: r.id, naam: r.naam, wat: 'Nog geen PIP, 10 weken na vestiging', sinds: r.sinds })),
      teBeoordelen: teBeoordelen.map((r) => ({ inburgeraarId: r.id, naam: r.naam, wat: `${r.soort.replace('_RESULTAAT', '').replace('_', '-')}-resultaat zonder besluit`, sinds: r.sinds })),
      adviezen: adviezen.map((r) => ({ inburgeraarId: r.id, naam: r.naam, wat: `Advies: ${r.advies.toLowerCase()}`, sinds: r.sinds })),
      sindsVorigBezoek: {
        sinds, ...sindsTellingen[0]!,
        meldingen: meldingen.map((r) => ({ inburgeraarId: r.id, naam: r.naam, soort: r.soort, versie: r.versie, aanbiederNaam: r.aanbieder, ingediendOp: new Date(r.ingediend_op) })),
      },
    };
  }
}
