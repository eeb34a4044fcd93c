import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../test/support/database.js';
import { maakWereld } from '../../../../test/support/fixtures.js';
import { PipVersie } from '../pip/pip-versie.entity.js';
import { TermijnVerlenging } from '../pip/termijn-verlenging.entity.js';
import { emAls } from '../tenancy/database-principaal.js';
import { pipAfspraken } from '../traject/pip-afspraken.js';
import { DeelnemerService } from './deelnemer.service.js';

/** The PIP agreements an aanbieder is given travel inside the pages' one statement as json: held here to the rule. */
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let wereld: Awaited<ReturnType<typeof maakWereld>>;

beforeAll(async () => {
  db = await createTestDatabase();
  wereld = await maakWereld(db.eigenaar);
  const em = db.alles();
  const regisseur = wereld.principals.gemeenteA.gebruikerId!;
  const pip = { inburgeraar: wereld.amina.id, gemeente: wereld.gemeenteA.id, leerroute: 'B' as const, niveau: 'B1' as const, vastgesteldDoor: regisseur };
  em.create(PipVersie, { ...pip, versie: 1, dagtekeningPip: '2026-01-05', geschatteIntensiteitB1Route: 600, vastgesteldOp: new Date('2026-01-05T09:00:00Z') });
  em.create(PipVersie, { ...pip, versie: 2, dagtekeningPip: '2026-06-01', geschatteIntensiteitB1Route: 800, wijzigingsreden: 'INTENSITEIT', vastgesteldOp: new Date('2026-06-01T09:00:00Z') });
  em.create(TermijnVerlenging, { inburgeraar: wereld.amina.id, verlengingsgrondcode: 'ZIEKTE', verlengingsgrondomschrijving: 'Ziekte', nieuweEinddatum: '2029-06-01',
    wijzigingsdatum: '2026-07-01', vastgesteldDoor: regisseur, vastgesteldOp: new Date('2026-07-01T09:00:00Z') });
  await em.flush();
});
afterAll(() => db.drop());

const WIJZIGING = { dagtekeningPip: '2026-06-01', wijzigingsreden: 'INTENSITEIT', leerroute: 'B', niveau: 'B1', geschatteIntensiteitB1Route: 800 };

describe('PIP agreements on the aanbieder pages', () => {
  it('gives a language traject the first PIP level and the later changes, and no term (that is for MAP and PVT)', async () => {
    const pagina = await new DeelnemerService(emAls(db.orm.em, wereld.principals.school)).lijst(wereld.principals.school, { zoek: 'haddad' });
    expect(pagina.nodes[0]!.trajecten[0]).toMatchObject({ niveauEerstePip: 'B1', pipWijzigingen: [WIJZIGING], termijnEinddatum: null });
    const traject = await new DeelnemerService(emAls(db.orm.em, wereld.principals.school)).traject(wereld.principals.school, wereld.trajectAmina.id);
    expect(traject).toMatchObject({ niveauEerstePip: 'B1', pipWijzigingen: [WIJZIGING], termijnEinddatum: null });
  });

  it('gives MAP the term with its latest extension and no language agreements', () => {
    const versies = [{ versie: 1, dagtekeningPip: '2026-01-05', leerroute: 'B' as const, niveau: 'B1' }];
    const verlengingen = [
      { nieuweEinddatum: '2029-06-01', verlengingsgrondcode: 'ZIEKTE', vastgesteldOp: new Date('2026-07-01T09:00:00Z') },
      { nieuweEinddatum: '2029-03-01', verlengingsgrondcode: 'ZIEKTE', vastgesteldOp: new Date('2026-03-01T09:00:00Z') },
    ];
    expect(pipAfspraken('MAP', versies, verlengingen)).toEqual({ niveauEerstePip: null, pipWijzigingen: [], termijnEinddatum: '2029-06-01' });
    expect(pipAfspraken('MAP', versies, []).termijnEinddatum).toBe('2029-01-05'); // three years after the first PIP
    expect(pipAfspraken('MAP', [], verlengingen).termijnEinddatum).toBeNull(); // no PIP, no term
  });
});
