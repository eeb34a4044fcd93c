import { describe, expect, it } from 'vitest';
import { AlgemeneFout } from './algemeen.errors.js';
import { alleFoutcodes, DomainError, foutcatalogus, Overtredingen } from './domain-error.js';

enum ProefFout {
  BESTAAT_AL = 'PROEF_BESTAAT_AL',
  TE_VEEL = 'PROEF_TE_VEEL',
  DATUM_ONGELDIG = AlgemeneFout.DATUM_ONGELDIG,
}
foutcatalogus('proef', ProefFout, {
  PROEF_BESTAAT_AL: { soort: 'CONFLICT', melding: 'Bestaat al.' },
  PROEF_TE_VEEL: { soort: 'BAD_USER_INPUT', melding: 'Te veel.' },
});

describe('the error catalogue', () => {
  it('DomainError.van takes the category and the default message from the catalogue; a site may say more', () => {
    const e = DomainError.van(ProefFout.BESTAAT_AL, 'input.naam');
    expect([e.soort, e.code, e.veld, e.message]).toEqual(['CONFLICT', 'PROEF_BESTAAT_AL', 'input.naam', 'Bestaat al.']);
    expect(DomainError.van(ProefFout.TE_VEEL, 'n', 'Hoogstens 3.').message).toBe('Hoogstens 3.');
    expect(DomainError.van(ProefFout.DATUM_ONGELDIG, 'd').soort).toBe('BAD_USER_INPUT'); // a shared code, defined once
  });

  it('throwIfAny throws every violation with the category of the first, and nothing when all pass', () => {
    const fouten = new Overtredingen();
    fouten.throwIfAny();
    fouten.add(ProefFout.BESTAAT_AL, 'a');
    fouten.add(ProefFout.TE_VEEL, 'b', 'Hoogstens 3.');
    const e = (() => { try { fouten.throwIfAny(); } catch (error) { return error as DomainError; } })();
    expect(e?.soort).toBe('CONFLICT');
    expect(e?.overtredingen).toEqual([{ code: 'PROEF_BESTAAT_AL', veld: 'a', melding: 'Bestaat al.' }, { code: 'PROEF_TE_VEEL', veld: 'b', melding: 'Hoogstens 3.' }]);
  });

  it('records which modules use a shared code', () => {
    expect(alleFoutcodes().find((f) => f.code === 'DATUM_ONGELDIG')).toMatchObject({ module: 'algemeen', gebruiktIn: ['proef'] });
  });

  it('refuses a code defined twice, and an enum value that no catalogue defines', () => {
    enum Dubbel { X = 'PROEF_TE_VEEL' }
    expect(() => foutcatalogus('dubbel', Dubbel, { PROEF_TE_VEEL: { soort: 'NOT_FOUND', melding: 'x' } })).toThrow(/staat al in de foutcatalogus van proef/);
    enum Vergeten { Y = 'PROEF_VERGETEN' }
    expect(() => foutcatalogus('vergeten', Vergeten, {} as never)).toThrow(/PROEF_VERGETEN van vergeten staat in geen foutcatalogus/);
    expect(() => DomainError.van('PROEF_NERGENS', 'x')).toThrow(/staat in geen foutcatalogus/);
  });
});
