import {
  buildClientSchema, getIntrospectionQuery, getNamedType, isLeafType, isNonNullType, isObjectType, isInterfaceType, isUnionType,
  type GraphQLField, type GraphQLNamedType, type GraphQLSchema, type IntrospectionQuery,
} from 'graphql';
import type { FuzzKlant } from './klant.js';
import { kapot, plausibel, type Omgeving } from './waarden.js';

export interface Operatie {
  soort: 'query' | 'mutation';
  veld: GraphQLField<unknown, unknown>;
  /** The selection set for its result, chosen once: every leaf field up to a depth the request limits allow. */
  selectie: string;
}

export interface FuzzCase {
  endpoint: 'aanbieder' | 'gemeente';
  operatie: string;
  soort: 'query' | 'mutation';
  strategie: 'geldig' | 'een-fout' | 'ruis';
  query: string;
  variables: Record<string, unknown>;
}

/** The schema as the endpoint itself describes it to this user: new operations show up here without anyone listing them. */
export async function introspecteer(client: FuzzKlant, endpoint: 'aanbieder' | 'gemeente'): Promise<GraphQLSchema> {
  const res = await client.graphql<IntrospectionQuery>(endpoint, getIntrospectionQuery({ descriptions: false }));
  if (!res.body.data) throw new Error(`introspection of /graphql/${endpoint} failed: ${res.text.slice(0, 500)}`);
  return buildClientSchema(res.body.data);
}

/** Leaf fields (and objects under them) of a type, skipping fields whose arguments are required. */
function selectie(type: GraphQLNamedType, diepte: number, budget: { velden: number }): string {
  if (isLeafType(type)) return '';
  if (isUnionType(type)) return '{ __typename }';
  if (!isObjectType(type) && !isInterfaceType(type)) return '{ __typename }';
  const delen: string[] = [];
  // Leaves first, so a result's own fields (resultaat, id) are in even when the budget runs out below.
  const velden = Object.values(type.getFields()).sort((a, b) => Number(!isLeafType(getNamedType(a.type))) - Number(!isLeafType(getNamedType(b.type))));
  for (const veld of velden) {
    if (budget.velden <= 0) break;
    if (veld.args.some((a) => isNonNullType(a.type))) continue;
    const genoemd = getNamedType(veld.type);
    if (isLeafType(genoemd)) {
      delen.push(veld.name);
      budget.velden--;
    } else if (diepte < 3) {
      const onder = selectie(genoemd, diepte + 1, budget);
      if (onder !== '{ __typename }' && onder !== '') delen.push(`${veld.name} ${onder}`);
    }
  }
  return delen.length > 0 ? `{ ${delen.join(' ')} }` : '{ __typename }';
}

export function operaties(schema: GraphQLSchema): Operatie[] {
  const lijst: Operatie[] = [];
  for (const [soort, root] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
    for (const veld of Object.values(root?.getFields() ?? {})) {
      lijst.push({ soort, veld, selectie: selectie(getNamedType(veld.type), 1, { velden: 60 }) });
    }
  }
  return lijst;
}

/**
 * One case: a document with every argument as a variable, and variables that are all plausible ("geldig"), plausible
 * but for one broken argument ("een-fout"), or all broken ("ruis"). Optional arguments are left out now and then.
 */
export function maakCase(endpoint: FuzzCase['endpoint'], operatie: Operatie, o: Omgeving): FuzzCase {
  const r = o.kans.getal();
  const strategie: FuzzCase['strategie'] = r < 0.35 ? 'geldig' : r < 0.9 ? 'een-fout' : 'ruis';
  const args = operatie.veld.args.filter((a) => isNonNullType(a.type) || o.kans.soms(0.6));
  const kapotte = strategie === 'een-fout' && args.length > 0 ? o.kans.kies(args).name : undefined;
  const variables: Record<string, unknown> = {};
  for (const arg of args) {
    const stuk = strategie === 'ruis' || arg.name === kapotte;
    variables[arg.name] = stuk ? kapot(arg.type, arg.name, o) : plausibel(arg.type, arg.name, o);
  }
  const declaraties = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const aanroep = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const query = `${operatie.soort} Fuzz${declaraties ? `(${declaraties})` : ''} { ${operatie.veld.name}${aanroep ? `(${aanroep})` : ''} ${operatie.selectie} }`;
  return { endpoint, operatie: operatie.veld.name, soort: operatie.soort, strategie, query, variables };
}
