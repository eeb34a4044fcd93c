import { describe, expect, it } from 'vitest';
import { foutcodes } from '../../../../test/support/domeinfouten.js';
import { controleerToewijzing, type ToewijzingContext, type ToewijzingInvoer } from '../traject/toewijzing.rules.js';
import { PrivacyFout } from './privacy.errors.js';

// The free-text fields outside the rapportage module that the screen guards; kept here so the owning modules' tests
// stay theirs. The rapportage remarks are tested in rapportage/rules/taal.rules.test.ts.
describe('cursusnaam of a toewijzing (the aanbieder sees it)', () => {
  const ctx: ToewijzingContext = {
    doelgroep: 'ASIELSTATUSHOUDER', leerroute: 'B',
    contract: { trajectsoorten: ['B1_ROUTE'], ingangsdatum: '2026-01-01', einddatum: '2026-12-31' },
  };
  const b1: ToewijzingInvoer = {
    inburgeraarId: 'x', contractId: 'y', soort: 'B1_ROUTE', cursusnaam: 'B1 intensief', geplandeStart: '2026-02-02', geplandeEinde: '2026-12-18', geplandeUren: 600,
  };
  const codes = (cursusnaam: string | null) => foutcodes((f) => controleerToewijzing({ ...b1, cursusnaam }, ctx, f));

  it('accepts an ordinary course name and none', () => {
    expect(codes('B1 intensief, avondgroep')).toEqual([]);
    expect(codes(null)).toEqual([]);
  });

  it('refuses a course name that names a condition', () => {
    expect(codes('B1 aangepast voor cursisten met PTSS')).toEqual([PrivacyFout.MEDISCHE_GEGEVENS]);
  });
});
