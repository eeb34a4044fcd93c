import type { DossierRapportage } from '../queries.gemeente';

/**
 * Which versions belong to one report: the server's own key per soort (a progress report per peildatum, an exam result
 * per onderdeel and date, one of each other soort per traject). The API does not return that key, so it is derived here.
 */
function meldingSleutel(r: DossierRapportage): string {
  switch (r.__typename) {
    case 'Voortgangsrapportage': return `${r.__typename}/${r.peildatum}`;
    case 'Examenresultaat': return `${r.__typename}/${r.onderdeel}/${r.examendatum}`;
    default: return r.__typename;
  }
}

/** Versions grouped per report, newest version first, in the order the server lists them (newest first). */
export function groepeerVersies(rapportages: readonly DossierRapportage[]): DossierRapportage[][] {
  const groepen = new Map<string, DossierRapportage[]>();
  for (const r of rapportages) {
    const sleutel = meldingSleutel(r);
    groepen.set(sleutel, [...(groepen.get(sleutel) ?? []), r]);
  }
  return [...groepen.values()].map((versies) => [...versies].sort((a, b) => b.versie - a.versie));
}
