import type { EntityManager } from '@mikro-orm/postgresql';
import { Aanwezigheid } from '../aanwezigheid/aanwezigheid.entity.js';
import type { GemeentePrincipal } from '../auth/principal.js';
import { berekenTermijn, type Inburgeringstermijn } from '../pip/inburgeringstermijn.js';
import { PipVersie } from '../pip/pip-versie.entity.js';
import { TermijnVerlenging } from '../pip/termijn-verlenging.entity.js';
import { Rapportage } from '../rapportage/rapportage.entity.js';
import { rapportageView } from '../rapportage/rapportage.view.js';
import { trajectScope } from '../tenancy/scope.js';
import { GEEN_GEVOLGDE_UREN, gevolgdeUrenPerInburgeraar, type GevolgdeUren } from '../traject/gevolgde-uren.js';
import { Traject } from '../traject/traject.entity.js';
import { groepeerPerTraject, trajectView, type TrajectView } from '../traject/traject.views.js';
import { DoelgroepPeriode } from './doelgroep-periode.entity.js';
import type { Inburgeraar } from './inburgeraar.entity.js';

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

/** Everything of one dossier in a fixed number of statements, whatever the number of trajecten or versions. */
export async function laadDossier(em: EntityManager, gemeente: GemeentePrincipal, persoon: Inburgeraar): Promise<DossierView> {
  const [trajecten, doelgroepen, pips, verlengingen, uren] = await Promise.all([
    em.find(Traject, { $and: [{ inburgeraar: persoon }, trajectScope(gemeente)] }, { populate: ['aanbieder', 'gemeente'], orderBy: { geplandeStart: 'asc' } }),
    em.find(DoelgroepPeriode, { inburgeraar: persoon }, { orderBy: { begindatum: 'asc' } }),
    em.find(PipVersie, { inburgeraar: persoon }, { orderBy: { versie: 'desc' } }),
    em.find(TermijnVerlenging, { inburgeraar: persoon }),
    gevolgdeUrenPerInburgeraar(em, [persoon.id]),
  ]);
  const ids = trajecten.map((t) => t.id);
  const [aanwezigheden, rapportages] = await Promise.all([
    em.find(Aanwezigheid, { traject: { $in: ids }, vervangenOp: null }, { orderBy: { periodeVan: 'desc' } }),
    em.find(Rapportage, { traject: { $in: ids } }, { orderBy: { soort: 'asc', sleutel: 'desc', versie: 'desc' } }),
  ]);
  const perTraject = groepeerPerTraject(aanwezigheden);
  const eerste = pips.at(-1);
  return {
    ...persoon,
    gemeenteNaam: persoon.gemeente.naam,
    doelgroep: doelgroepen.find((d) => !d.einddatum)?.doelgroep ?? null,
    doelgroepHistorie: doelgroepen,
    actuelePip: pips[0] ?? null,
    pipHistorie: pips,
    inburgeringstermijn: eerste ? berekenTermijn(eerste.dagtekeningPip, verlengingen) : null,
    gevolgdeUren: uren.get(persoon.id) ?? GEEN_GEVOLGDE_UREN,
    trajecten: trajecten.map((t) => ({
      ...trajectView(t, perTraject.get(t.id) ?? []),
      rapportages: rapportages.filter((r) => r.traject.id === t.id).map(rapportageView),
    })),
  };
}
