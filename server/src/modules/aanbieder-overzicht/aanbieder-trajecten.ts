import type { EntityManager } from '@mikro-orm/postgresql';
import type { GemeentePrincipal } from '../auth/principal.js';
import type { IsoDatum } from '../shared/datum.js';
import { trajectScope } from '../tenancy/scope.js';
import { Traject } from '../traject/traject.entity.js';
import { urenTotalen, type UrenTotalen } from '../traject/uren-totalen.js';
import { aanwezigheidOntbreekt } from '../traject/te-doen.js';

export interface TrajectBijAanbiederView {
  id: string;
  inburgeraarId: string;
  naam: string;
  soort: Traject['soort'];
  status: Traject['status'];
  geplandeStart: IsoDatum;
  geplandeEinde: IsoDatum;
  geplandeUren: number;
  uren: UrenTotalen;
  vorigeWeekOntbreekt: boolean;
}

/** The gemeente's trajecten at one aanbieder, every status, with the hour totals they carry: one statement. */
export async function trajectenBijAanbieder(em: EntityManager, gemeente: GemeentePrincipal, aanbiederId: string, nu: IsoDatum): Promise<TrajectBijAanbiederView[]> {
  const trajecten = await em.find(Traject, { $and: [trajectScope(gemeente), { aanbieder: aanbiederId }] }, {
    populate: ['inburgeraar'],
    orderBy: [{ inburgeraar: { achternaam: 'asc', voornamen: 'asc' } }, { geplandeStart: 'asc' }, { id: 'asc' }],
  });
  return trajecten.map((t) => {
    const p = t.inburgeraar;
    const totalen = urenTotalen(t);
    return {
      id: t.id,
      inburgeraarId: p.id,
      naam: [p.voornamen, p.tussenvoegsel, p.achternaam].filter(Boolean).join(' '),
      soort: t.soort,
      status: t.status,
      geplandeStart: t.geplandeStart,
      geplandeEinde: t.geplandeEinde,
      geplandeUren: t.geplandeUren,
      uren: totalen,
      vorigeWeekOntbreekt: aanwezigheidOntbreekt({ status: t.status, geplandeStart: t.geplandeStart, geplandeEinde: t.geplandeEinde, gemeldTot: totalen.gemeldTot }, nu),
    };
  });
}
