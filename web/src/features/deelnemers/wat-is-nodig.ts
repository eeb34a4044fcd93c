import { maandag, plusDagen } from '../../app/formaat';

/**
 * What is due for a traject: last week's attendance, once the traject had started by then. Derived from
 * `bekendTot` (the last reported day), so no extra query per row.
 */
export function vorigeWeekOntbreekt(traject: { geplandeStart: string; uren: { bekendTot: string | null } }, nu = new Date()): boolean {
  const vorigeZondag = plusDagen(maandag(nu, 0), -1);
  if (traject.geplandeStart > vorigeZondag) return false;
  return !traject.uren.bekendTot || traject.uren.bekendTot < vorigeZondag;
}
