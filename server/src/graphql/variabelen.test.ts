import { GraphQLError, parse, type OperationDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLSchema } from 'graphql';
import { formatError, variabelePad } from './errors.js';
import { tekstFouten } from './invoercontrole.js';
import { buildRoleSchema } from './schemas.js';
import { samen } from './tekstcontrole.js';
import { variabeleFouten } from './variabelen.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildRoleSchema('aanbieder');
});

const operatie = (query: string) => parse(query).definitions[0] as OperationDefinitionNode;
const BATCH = 'mutation($rijen: [AanwezigheidInput!]!) { registreerAanwezigheden(rijen: $rijen) { rij } }';
const TOKEN = 'mutation($naam: String!, $rollen: [Rol!]!) { maakApiToken(naam: $naam, rollen: $rollen) { token } }';
const rij = { trajectId: 't', periodeVan: '2026-01-05', periodeTot: '2026-01-11', urenIngeroosterd: 4, urenAanwezig: 4, urenGeoorloofdVerzuim: 0, urenOngeoorloofdVerzuim: 0 };

function fouten(query: string, variabelen: Record<string, unknown>): string[] {
  return variabeleFouten(schema, operatie(query).variableDefinitions ?? [], variabelen)
    .flatMap((f) => f.overtredingen.map((o) => `${o.code} ${o.veld}`));
}

describe('variables graphql-js refuses, in Dutch at their path', () => {
  it('a value of the wrong type: WAARDE_ONGELDIG at row and field', () => {
    expect(fouten(BATCH, { rijen: [rij, rij, rij, { ...rij, urenAanwezig: 'abc' }] })).toEqual(['WAARDE_ONGELDIG rijen.3.urenAanwezig']);
    expect(fouten(BATCH, { rijen: [{ ...rij, urenIngeroosterd: true }] })).toEqual(['WAARDE_ONGELDIG rijen.0.urenIngeroosterd']);
    expect(fouten(BATCH, { rijen: ['geen object'] })).toEqual(['WAARDE_ONGELDIG rijen.0']);
    expect(fouten(TOKEN, { naam: { a: 1 }, rollen: ['MUTEREN'] })).toEqual(['WAARDE_ONGELDIG naam']);
  });

  it('a missing non-null field or variable, or null for one: VELD_VERPLICHT', () => {
    const { periodeVan: _, ...zonder } = rij;
    expect(fouten(BATCH, { rijen: [rij, zonder] })).toEqual(['VELD_VERPLICHT rijen.1.periodeVan']);
    expect(fouten(BATCH, { rijen: [{ ...rij, urenAanwezig: null }] })).toEqual(['VELD_VERPLICHT rijen.0.urenAanwezig']);
    expect(fouten(BATCH, {})).toEqual(['VELD_VERPLICHT rijen']);
    expect(fouten(BATCH, { rijen: null })).toEqual(['VELD_VERPLICHT rijen']);
    expect(fouten(BATCH, { rijen: [null] })).toEqual(['VELD_VERPLICHT rijen.0']);
  });

  it('an unknown input field: VELD_ONBEKEND, whatever the key holds', () => {
    expect(fouten(BATCH, { rijen: [{ ...rij, kleur: 'rood' }] })).toEqual(['VELD_ONBEKEND rijen.0.kleur']);
    expect(fouten(BATCH, { rijen: [{ ...rij, 'x" at "rijen[9]"; ': 1 }] })).toEqual(['VELD_ONBEKEND rijen.0.x" at "rijen[9]"; ']);
  });

  it('an unknown enum value: CODE_ONBEKEND naming the codes', () => {
    const [fout] = variabeleFouten(schema, operatie(TOKEN).variableDefinitions!, { naam: 'x', rollen: ['ADMIN'] });
    expect(fout!.overtredingen[0]).toMatchObject({ code: 'CODE_ONBEKEND', veld: 'rollen.0' });
    expect(fout!.message).toContain('kies uit RAADPLEGEN, MUTEREN, BEHEER');
  });

  it('a date the LocalDate scalar refuses keeps its code: DATUM_ONGELDIG, DATUM_BUITEN_BEREIK', () => {
    expect(fouten(BATCH, { rijen: [{ ...rij, periodeVan: '2026-02-30' }, { ...rij, periodeTot: '0000-01-01' }] }))
      .toEqual(['DATUM_ONGELDIG rijen.0.periodeVan', 'DATUM_BUITEN_BEREIK rijen.1.periodeTot']);
  });

  it('reports every broken value of a batch at once, and nothing for good ones', () => {
    expect(fouten(BATCH, { rijen: [rij, { ...rij, urenAanwezig: 'x', kleur: 1 }] })).toEqual(['WAARDE_ONGELDIG rijen.1.urenAanwezig', 'VELD_ONBEKEND rijen.1.kleur']);
    expect(fouten(BATCH, { rijen: [rij, rij] })).toEqual([]);
    expect(fouten(BATCH, { rijen: rij })).toEqual([]); // graphql takes one item for a list
  });
});

describe("graphql-js's own message, should one reach formatError", () => {
  it('yields the variable path, 0-based', () => {
    expect(variabelePad('Variable "$rijen" got invalid value "abc" at "rijen[3].urenAanwezig"; Float cannot represent non numeric value: "abc"')).toBe('rijen.3.urenAanwezig');
    expect(variabelePad('Variable "$r" got invalid value { a: "x\\" at \\"r[9]\\"; " } at "r[0]"; Field "a" is not defined by type "X".')).toBe('r.0');
    expect(variabelePad('Variable "$naam" got invalid value 5; String cannot represent a non string value: 5')).toBe('naam');
    expect(variabelePad('Variable "$naam" of required type "String!" was not provided.')).toBe('naam');
    expect(variabelePad('something else')).toBe('');
  });

  it('and a coded BAD_USER_INPUT', () => {
    const melding = 'Variable "$rijen" got invalid value "abc" at "rijen[3].urenAanwezig"; Float cannot represent non numeric value: "abc"';
    const antwoord = formatError({ message: melding, extensions: { code: 'BAD_USER_INPUT' } }, new GraphQLError(melding));
    expect(antwoord.extensions).toMatchObject({ code: 'BAD_USER_INPUT', domeinCode: 'WAARDE_ONGELDIG', veld: 'rijen.3.urenAanwezig' });
  });
});

describe('text arguments, after coercion', () => {
  const tekst = (query: string, variabelen: Record<string, unknown> = {}) => {
    const document = parse(query);
    return samen(tekstFouten(schema, document, document.definitions[0] as OperationDefinitionNode, variabelen))?.overtredingen.map((o) => `${o.code} ${o.veld}`) ?? [];
  };

  it('finds NUL, lone surrogates and over-long strings in variables, literals, lists, inputs and fragments', () => {
    expect(tekst('query($z: String) { deelnemers(zoek: $z) { totalCount } }', { z: 'a\u0000' })).toEqual(['TEKEN_ONGELDIG zoek']);
    expect(tekst('query($z: String) { deelnemers(zoek: $z) { totalCount } }', { z: '\uD800' })).toEqual(['TEKEN_ONGELDIG zoek']);
    expect(tekst('{ deelnemers(zoek: "a\\u0000") { totalCount } }')).toEqual(['TEKEN_ONGELDIG zoek']); // a literal
    expect(tekst(`{ deelnemers(after: "${'c'.repeat(1001)}") { totalCount } }`)).toEqual(['TEKST_TE_LANG after']);
    expect(tekst(`{ deelnemers(after: "${'c'.repeat(1000)}") { totalCount } }`)).toEqual([]);
    expect(tekst('query($ids: [ID!]!) { aanwezighedenInPeriode(trajectIds: $ids, periodeVan: "2026-01-05") { trajectId } }', { ids: ['a', 'b'.repeat(65)] }))
      .toEqual(['TEKST_TE_LANG trajectIds.1']);
    expect(tekst('query { ...F } fragment F on Query { deelnemers(zoek: "a\\u0000") { totalCount } }')).toEqual(['TEKEN_ONGELDIG zoek']);
    expect(tekst(BATCH, { rijen: [{ ...rij, redenGeoorloofdVerzuim: 'Z'.repeat(65) }] })).toEqual(['TEKST_TE_LANG rijen.0.redenGeoorloofdVerzuim']);
    expect(tekst('query($z: String) { deelnemers(zoek: $z) { totalCount } }', { z: 'Café 🚀 ' })).toEqual([]);
  });
});
