import { randomUUID } from 'node:crypto';
import { getNamedType, isCompositeType, isNonNullType, isObjectType, parse, validate, type DocumentNode, type GraphQLOutputType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRoleSchema } from '../../server/src/graphql/schemas.js';
import { VRAAGGRENZEN, vraaggrenzen } from '../../server/src/graphql/vraaggrenzen.js';
import * as aanbiederOperaties from '../../web/src/gql/aanbieder/graphql.js';
import * as gemeenteOperaties from '../../web/src/gql/gemeente/graphql.js';
import { Client, startTestPortal, type TestPortal } from '../support/portal.js';

let portal: TestPortal;
beforeAll(async () => {
  portal = await startTestPortal();
});
afterAll(() => portal.stop());

const documenten = (module: Record<string, unknown>) =>
  Object.entries(module).filter((e): e is [string, DocumentNode] => (e[1] as DocumentNode | null)?.kind === 'Document');

/** Every field without required arguments of a type, down to `diepte` levels: what a careless integrator might ask. */
function selecteerAlles(type: GraphQLOutputType, diepte: number): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '{ __typename }'; // a union of reports: their shared minimum
  const velden = Object.values(named.getFields()).filter((f) => f.args.every((a) => !isNonNullType(a.type)))
    .map((f) => (isCompositeType(getNamedType(f.type)) ? (diepte > 1 ? `${f.name} ${selecteerAlles(f.type, diepte - 1)}` : '') : f.name))
    .filter(Boolean);
  return `{ ${velden.join(' ')} }`;
}

/** `n` aliases of one field in one request. */
const aliassen = (n: number, veld: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${veld}`).join(' ')} }`;

describe('limits on one GraphQL request', () => {
  it('leave every operation of the web client room', async () => {
    for (const [rol, module] of [['aanbieder', aanbiederOperaties], ['gemeente', gemeenteOperaties]] as const) {
      const schema = await buildRoleSchema(rol);
      const operaties = documenten(module);
      expect(operaties.length, rol).toBeGreaterThan(10);
      for (const [naam, document] of operaties) expect(validate(schema, document, vraaggrenzen()), `${rol} ${naam}`).toEqual([]);
    }
  });

  it(`accept ${VRAAGGRENZEN.aliassen} aliases and refuse one more with a code, before anything runs`, async () => {
    const school = await Client.login(portal.url, 'taalschool@taalhuis.demo');
    const binnen = await school.graphql('aanbieder', aliassen(VRAAGGRENZEN.aliassen, 'deelnemers(first: 1) { totalCount }'));
    expect(binnen.status).toBe(200);
    expect(binnen.body.errors).toBeUndefined();

    const erover = await school.graphql('aanbieder', aliassen(VRAAGGRENZEN.aliassen + 1, 'deelnemers(first: 1) { totalCount }'));
    expect(erover.status).toBe(400);
    const aliasMelding = `De vraag heeft te veel aliassen: hoogstens ${VRAAGGRENZEN.aliassen}.`;
    expect(erover.body.errors).toEqual([{ message: aliasMelding, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', domeinCode: 'VRAAG_TE_GROOT',
      veld: '', fouten: [{ domeinCode: 'VRAAG_TE_GROOT', veld: '', melding: aliasMelding }] } }]);
  });

  it('write nothing when a mutation request is refused', async () => {
    const school = await Client.login(portal.url, 'taalschool@taalhuis.demo');
    const tokens = async () => (await portal.orm.em.fork().execute<{ n: number }[]>('select count(*)::int as n from api_token'))[0]!.n;
    const voor = await tokens();
    const res = await school.graphql('aanbieder', `mutation ${aliassen(VRAAGGRENZEN.aliassen + 1, 'maakApiToken(naam: "x", rollen: [RAADPLEGEN]) { token }')}`);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions.domeinCode).toBe('VRAAG_TE_GROOT');
    expect(await tokens()).toBe(voor);
  });

  it('refuse a request that is too long, in Dutch and with the same code', async () => {
    const regisseur = await Client.login(portal.url, 'regisseur@utrecht.demo');
    const lang = await regisseur.graphql('gemeente', `{ ${'__typename '.repeat(VRAAGGRENZEN.tokens)} }`);
    expect(lang.status).toBe(400);
    const tokenMelding = `De vraag is te lang: hoogstens ${VRAAGGRENZEN.tokens} tokens.`;
    expect(lang.body.errors).toEqual([{ message: tokenMelding, extensions: { code: 'GRAPHQL_PARSE_FAILED', domeinCode: 'VRAAG_TE_GROOT',
      veld: '', fouten: [{ domeinCode: 'VRAAG_TE_GROOT', veld: '', melding: tokenMelding }] } }]);
    // Everything an integrator might select at once, short of the token limit, is still answered.
    const alles = selecteerAlles((await buildRoleSchema('gemeente')).getQueryType()!.getFields().dossier!.type, 4);
    const ruim = await regisseur.graphql('gemeente', `{ dossier(id: "${randomUUID()}") ${alles} }`);
    expect(ruim.body.errors?.[0]?.extensions.code).toBe('NOT_FOUND'); // executed: the id is just unknown
  });

  it('refuse nesting deeper than the limit (the schemas have no cycles today; this guards the day one is added)', async () => {
    const schema = await buildRoleSchema('gemeente');
    const diep = parse(`{ dashboard ${'{ perStatus '.repeat(VRAAGGRENZEN.diepte)}{ status }${' }'.repeat(VRAAGGRENZEN.diepte)} }`);
    const fouten = validate(schema, diep, vraaggrenzen());
    expect(fouten.map((f) => f.message)).toContain(`De vraag is te diep genest: hoogstens ${VRAAGGRENZEN.diepte} niveaus.`);
  });
});
