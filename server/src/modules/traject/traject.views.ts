import type { Traject } from './traject.entity.js';
import type { AanwezigheidRegel } from './traject.sql.js';
import { urenTotalen, type UrenTotalen } from './uren-totalen.js';

/** A traject as both roles see it; what each role may read is decided by its GraphQL type, not here. */
export interface TrajectView {
  id: string;
  soort: Traject['soort'];
  status: Traject['status'];
  cursusnaam: string | null;
  geplandeStart: string;
  geplandeEinde: string;
  geplandeUren: number;
  aanbiederNaam: string;
  gemeenteNaam: string;
  uren: UrenTotalen;
  onderdelen: string[];
  uiterlijkeAfrondingsdatum: string | null;
  tijdensBredeIntake: boolean;
  einddatum: string | null;
  redenIntrekking: Traject['redenIntrekking'] | null;
  aanbiederReferentie: string | null;
  aanwezigheden?: AanwezigheidRegel[];
}

export function trajectView(traject: Traject, aanwezigheden?: AanwezigheidRegel[]): TrajectView {
  return {
    id: traject.id,
    soort: traject.soort,
    status: traject.status,
    cursusnaam: traject.cursusnaam ?? null,
    geplandeStart: traject.geplandeStart,
    geplandeEinde: traject.geplandeEinde,
    geplandeUren: traject.geplandeUren,
    aanbiederNaam: traject.aanbieder.naam,
    gemeenteNaam: traject.gemeente.naam,
    uren: urenTotalen(traject),
    onderdelen: traject.onderdelen,
    uiterlijkeAfrondingsdatum: traject.uiterlijkeAfrondingsdatum ?? null,
    tijdensBredeIntake: traject.tijdensBredeIntake,
    einddatum: traject.einddatum ?? null,
    redenIntrekking: traject.redenIntrekking ?? null,
    aanbiederReferentie: traject.aanbiederReferentie ?? null,
    aanwezigheden,
  };
}

/** Current versions, newest period first. */
export function groepeerPerTraject<A extends { traject: { id: string } }>(aanwezigheden: A[]): Map<string, A[]> {
  const perTraject = new Map<string, A[]>();
  for (const a of aanwezigheden) {
    const lijst = perTraject.get(a.traject.id) ?? [];
    lijst.push(a);
    perTraject.set(a.traject.id, lijst);
  }
  return perTraject;
}
