import { describe, expect, it } from 'vitest';
import { domeinfout } from '../../../../test/support/domeinfouten.js';
import { metWereld } from '../../../../test/support/wereld.js';
import type { Principal } from '../auth/principal.js';
import { vandaag } from '../shared/datum.js';
import { emAls } from '../tenancy/database-principaal.js';
import { Rapportage } from './rapportage.entity.js';
import { RapportageService } from './rapportage.service.js';

const t = metWereld();

const examen = { onderdeel: 'LE', niveau: 'B1', examendatum: '2026-10-01', resultaat: 'GEZAKT' };
const dag = (iso: string) => new Date(`${iso}T10:00:00Z`);

/**
 * The service as the portal runs it for `principal`: its em carries that principal to PostgreSQL (row-level security),
 * with the portal's day in the Netherlands at `nu` (the request's moment) when the test gives one.
 */
const serviceAls = (principal: Principal, nu?: Date) => new RapportageService(emAls(t.orm.em, principal, vandaag(nu)));

async function dienIn(gegevens: Record<string, unknown>, nu: Date, trajectId = t.wereld.trajectAmina.id, principal = t.wereld.principals.school) {
  return serviceAls(principal, nu).dienIn(principal, 'EXAMENRESULTAAT', trajectId, gegevens, nu);
}


describe('versioned reports', () => {
  it('stores a first report, ignores the same report again, and keeps a correction as version 2', async () => {
    expect((await dienIn(examen, dag('2026-10-02'))).resultaat).toBe('NIEUW');
    expect((await dienIn({ ...examen }, dag('2026-10-03'))).resultaat).toBe('ONGEWIJZIGD');
    const correctie = await dienIn({ ...examen, resultaat: 'GESLAAGD' }, dag('2026-10-16'));
    expect([correctie.resultaat, correctie.rapportage.versie]).toEqual(['GECORRIGEERD', 2]);
  });

  it('lets the aanbieder correct through the 14th calendar day after the last version, not on the 15th', async () => {
    const tweede = { ...examen, examendatum: '2026-09-01' };
    await dienIn(tweede, new Date('2026-09-02T10:00:00Z'));
    // 16 Sept 21:00 UTC is 23:00 in the Netherlands: still day 14, though more than 14×24 hours later.
    expect((await dienIn({ ...tweede, resultaat: 'GESLAAGD' }, new Date('2026-09-16T21:00:00Z'))).resultaat).toBe('GECORRIGEERD');
    const e = await domeinfout(dienIn({ ...tweede, resultaat: 'GEZAKT' }, new Date('2026-09-30T22:30:00Z')));
    expect([e.soort, e.code]).toEqual(['CONFLICT', 'RAPPORTAGE_DEFINITIEF']);
    // The window counts from the last version (16 Sept): 30 Sept is its day 14, 1 Oct (22:30 UTC on 30 Sept) is day 15.
    expect((await dienIn({ ...tweede, resultaat: 'GEZAKT' }, new Date('2026-09-30T21:30:00Z'))).resultaat).toBe('GECORRIGEERD');
  });

  it('treats a report sent again with null instead of absent fields, lists in another order or extra fields as the same', async () => {
    const voortgang = {
      peildatum: '2026-10-01', voortgang: 'OP_SCHEMA', belemmeringen: ['WERK', 'ZORGTAKEN'], examenvoorbereiding: 'BEZIG',
      toetsresultaten: [], advies: 'GEEN', adviesGronden: [],
    };
    const eerste = await serviceAls(t.wereld.principals.school, dag('2026-10-02')).dienIn(t.wereld.principals.school, 'VOORTGANG', t.wereld.trajectAmina.id, voortgang, dag('2026-10-02'));
    expect(eerste.resultaat).toBe('NIEUW');
    const opnieuw = await serviceAls(t.wereld.principals.school, dag('2026-10-03')).dienIn(t.wereld.principals.school, 'VOORTGANG', t.wereld.trajectAmina.id,
      { ...voortgang, belemmeringen: ['ZORGTAKEN', 'WERK'], belemmeringToelichting: null, adviesToelichting: '  ', diagnose: 'vrije tekst' }, dag('2026-10-03'));
    expect(opnieuw.resultaat).toBe('ONGEWIJZIGD');
    expect(JSON.stringify(opnieuw.rapportage.gegevens)).not.toContain('diagnose');
  });

  it('lets the gemeente reopen a final report for another 14 days', async () => {
    const actueel = await t.alles().findOneOrFail(Rapportage, { sleutel: 'LE/2026-09-01', vervangenOp: null });
    await serviceAls(t.wereld.principals.gemeenteA, dag('2026-10-20')).heropen(t.wereld.principals.gemeenteA, actueel.id, dag('2026-10-20'));
    expect((await dienIn({ onderdeel: 'LE', niveau: 'B1', examendatum: '2026-09-01', resultaat: 'GESLAAGD' }, dag('2026-10-25'))).resultaat).toBe('GECORRIGEERD');
    const e = await domeinfout(serviceAls(t.wereld.principals.gemeenteB).heropen(t.wereld.principals.gemeenteB, actueel.id));
    expect(e.code).toBe('RAPPORTAGE_ONBEKEND');
  });

  it('keeps every version for the gemeente, and only its own trajecten for an aanbieder', async () => {
    const alle = await serviceAls(t.wereld.principals.gemeenteA).lijst(t.wereld.principals.gemeenteA, [t.wereld.trajectAmina.id], true);
    expect(alle.length).toBe(7);
    expect(await serviceAls(t.wereld.principals.andereSchool).lijst(t.wereld.principals.andereSchool, [t.wereld.trajectAmina.id])).toEqual([]);
  });

  it('refuses a report that does not fit the traject, or a traject of another aanbieder', async () => {
    const e = await domeinfout(serviceAls(t.wereld.principals.school).dienIn(t.wereld.principals.school, 'MAP_RESULTAAT', t.wereld.trajectAmina.id,
      { gerealiseerdeStartdatum: '2026-03-02', resultaat: 'NIET_AFGEROND', redenNietAfgerond: 'GESTOPT' }));
    expect(e.code).toBe('RAPPORTAGE_SOORT_PAST_NIET_BIJ_TRAJECT');
    expect((await domeinfout(dienIn(examen, dag('2026-10-02'), t.wereld.trajectFaridAnder.id))).code).toBe('TRAJECT_ONBEKEND');
  });

  it('writes nothing when a rule is broken', async () => {
    // Counted by the test's own eye (t.alles()): every report stored, whoever may see it.
    const voor = await t.alles().count(Rapportage, {});
    const e = await domeinfout(dienIn({ ...examen, examendatum: '2026-08-01', resultaat: 'GEEN' }, dag('2026-10-02')));
    expect([e.code, e.veld]).toEqual(['VELD_VERPLICHT', 'input.redenGeenResultaat']);
    expect(await t.alles().count(Rapportage, {})).toBe(voor);
  });
});
