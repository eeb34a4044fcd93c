import { describe, expect, it } from 'vitest';
import { foutcodes } from '../../../../test/support/domeinfouten.js';
import { controleerDossierGegevens, type DossierGegevens } from './dossier.rules.js';

function codes(g: DossierGegevens): string[] {
  return foutcodes((fouten) => controleerDossierGegevens(g, '2026-11-23', fouten));
}

describe('dossier fields', () => {
  it('accepts a complete, consistent set', () => {
    expect(codes({
      email: 'a@b.nl', telefoon: '06-12345678', postcode: '3511 ab', datumVestiging: '2026-01-10',
      rechtMaatschappelijkeBegeleiding: true, startMaatschappelijkeBegeleiding: '2026-01-15', startOntzorgen: '2026-01-15', eindeOntzorgen: '2026-07-15',
    })).toEqual([]);
  });

  it('rejects a malformed postcode, e-mail address and phone number', () => {
    expect(codes({ postcode: '0511AB' })).toContain('POSTCODE_ONGELDIG');
    expect(codes({ email: 'geen-adres' })).toContain('EMAIL_ONGELDIG');
    expect(codes({ telefoon: 'bel me' })).toContain('TELEFOON_ONGELDIG');
  });

  it('rejects ontzorgen ending before it starts, or an end without a start', () => {
    expect(codes({ startOntzorgen: '2026-02-01', eindeOntzorgen: '2026-01-31' })).toContain('ONTZORGEN_OMGEKEERD');
    expect(codes({ startOntzorgen: '2026-02-01', eindeOntzorgen: '2026-02-01' })).toEqual([]);
    expect(codes({ eindeOntzorgen: '2026-02-01' })).toContain('ONTZORGEN_ZONDER_START');
  });

  it('rejects begeleiding starting without the right to it', () => {
    expect(codes({ rechtMaatschappelijkeBegeleiding: false, startMaatschappelijkeBegeleiding: '2026-01-15' })).toContain('BEGELEIDING_ZONDER_RECHT');
  });

  it('accepts today and rejects tomorrow for dates that lie in the past', () => {
    expect(codes({ lbtDatumAfname: '2026-11-23' })).toEqual([]);
    expect(codes({ lbtDatumAfname: '2026-11-24' })).toContain('DATUM_IN_TOEKOMST');
    expect(codes({ datumVestiging: '2026-02-30' })).toContain('DATUM_ONGELDIG');
  });
});
