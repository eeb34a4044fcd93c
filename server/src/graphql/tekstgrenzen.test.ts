import { parse, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatError } from './errors.js';
import { literaalPaden } from './literalen.js';
import { DATUMBEREIK, DateTime, LocalDate } from './scalars.js';
import { buildRoleSchema } from './schemas.js';
import { tekstfout } from './tekstcontrole.js';
import { grensZin, TEKSTGRENZEN, tekstgrens, tekstvelden } from './tekstgrenzen.js';

const schemas: Record<string, GraphQLSchema> = {};
beforeAll(async () => {
  schemas.aanbieder = await buildRoleSchema('aanbieder');
  schemas.gemeente = await buildRoleSchema('gemeente');
});

describe('every String and ID input has a documented maximum', () => {
  it('in its SDL description, from the one table, for every argument and input field of both schemas', () => {
    for (const [rol, schema] of Object.entries(schemas)) {
      const velden = tekstvelden(schema);
      expect(velden.length, rol).toBeGreaterThan(20);
      for (const veld of velden) {
        expect(veld.description, `${rol} ${veld.name}`).toContain(grensZin(tekstgrens(veld.name, veld.type)));
        expect(veld.description!.match(/Hoogstens \d+ tekens\./g), `${rol} ${veld.name} once`).toHaveLength(1);
      }
    }
  });

  it('names in the table exist in a schema (no stale entries)', () => {
    const namen = new Set(Object.values(schemas).flatMap((s) => tekstvelden(s).map((v) => v.name)));
    expect(Object.keys(TEKSTGRENZEN.perNaam).filter((naam) => !namen.has(naam))).toEqual([]);
  });
});

describe('tekstfout', () => {
  it('counts characters, not UTF-16 units, and refuses NUL and lone surrogates', () => {
    expect(tekstfout('🚀'.repeat(10), 10, 'naam')).toBeUndefined();
    expect(tekstfout('🚀'.repeat(11), 10, 'naam')?.code).toBe('TEKST_TE_LANG');
    expect(tekstfout('a\u0000', 10, 'naam')?.code).toBe('TEKEN_ONGELDIG');
    expect(tekstfout('a\uDC00b', 10, 'naam')?.code).toBe('TEKEN_ONGELDIG');
    expect(tekstfout('a\uD800', 10, 'naam')?.overtredingen[0]).toMatchObject({ code: 'TEKEN_ONGELDIG', veld: 'naam' });
    expect(tekstfout('x'.repeat(5_000_000), 200, 'zoek')?.message).toBe('zoek: deze tekst is te lang: hoogstens 200 tekens.');
  });
});

describe('LocalDate', () => {
  const code = (waarde: unknown) => {
    try {
      LocalDate.parseValue(waarde);
      return 'ok';
    } catch (error) {
      return (error as { code?: string }).code;
    }
  };

  it('takes a real day in range and refuses the rest with a code', () => {
    expect(code('2026-02-28')).toBe('ok');
    expect(code('2024-02-29')).toBe('ok');
    expect(code(DATUMBEREIK.van)).toBe('ok');
    expect(code(DATUMBEREIK.tot)).toBe('ok');
    for (const fout of ['2026-02-30', '2025-02-29', 'abc', '2026-1-5', '05-01-2026', '', 20260105, null, '2026-01-05T00:00:00Z']) expect(code(fout), String(fout)).toBe('DATUM_ONGELDIG');
    for (const buiten of ['0000-01-01', '1899-12-31', '2200-01-01', '9999-12-31']) expect(code(buiten), buiten).toBe('DATUM_BUITEN_BEREIK');
    expect(LocalDate.serialize('2026-01-05')).toBe('2026-01-05');
    expect(LocalDate.serialize(new Date('2026-01-05T00:00:00Z'))).toBe('2026-01-05');
  });

  it('in a literal: GRAPHQL_VALIDATION_FAILED with the date code and the argument path', () => {
    const document = parse('{ aanwezighedenInPeriode(trajectIds: [], periodeVan: "2026-02-30") { trajectId } }');
    const [fout] = validate(schemas.aanbieder!, document, [...specifiedRules, literaalPaden]);
    const antwoord = formatError({ message: fout!.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, fout);
    expect(antwoord.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', domeinCode: 'DATUM_ONGELDIG', veld: 'periodeVan' });
    expect(antwoord.message).toBe('"2026-02-30" is geen bestaande datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2026-03-31.');
  });
});

describe('DateTime', () => {
  it('parses ISO 8601 with an offset, refuses other text and years out of range, in Dutch', () => {
    expect((DateTime.parseValue('2026-03-31T09:00:00+02:00') as Date).toISOString()).toBe('2026-03-31T07:00:00.000Z');
    expect(() => DateTime.parseValue('gisteren')).toThrow(expect.objectContaining({ code: 'DATUM_ONGELDIG' }));
    expect(() => DateTime.parseValue('0000-01-01T00:00:00Z')).toThrow(expect.objectContaining({ code: 'DATUM_BUITEN_BEREIK' }));
    expect(DateTime.serialize(new Date('2026-03-31T07:00:00Z'))).toBe('2026-03-31T07:00:00.000Z');
  });
});
