import { describe, expect, it } from 'vitest';
import type { DossierRapportage } from '../queries.gemeente';
import { groepeerVersies } from './rapportage-versies';

const voortgang = (id: string, peildatum: string, versie: number) => ({ __typename: 'Voortgangsrapportage', id, peildatum, versie }) as DossierRapportage;
const examen = (id: string, onderdeel: string, examendatum: string, versie: number) => ({ __typename: 'Examenresultaat', id, onderdeel, examendatum, versie }) as DossierRapportage;
const map = (id: string, versie: number) => ({ __typename: 'MapResultaat', id, versie }) as DossierRapportage;

describe('grouping report versions as the server keys them', () => {
  it('keeps a progress report per peildatum and an exam result per onderdeel and date, newest version first', () => {
    const groepen = groepeerVersies([
      voortgang('v1', '2026-11-01', 1), voortgang('v2', '2026-12-01', 1), voortgang('v3', '2026-11-01', 2),
      examen('e1', 'LE', '2026-10-01', 1), examen('e2', 'SP', '2026-10-01', 1), map('m2', 2), map('m1', 1),
    ]);
    expect(groepen.map((g) => g.map((r) => r.id))).toEqual([['v3', 'v1'], ['v2'], ['e1'], ['e2'], ['m2', 'm1']]);
  });
});
