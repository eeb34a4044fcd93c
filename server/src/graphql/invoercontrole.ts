import type { ApolloServerPlugin } from '@apollo/server';
import {
  getArgumentValues, getVariableValues, GraphQLError, isInputObjectType, isListType, isNonNullType,
  TypeInfo, visit, visitWithTypeInfo, type ASTNode, type DocumentNode, type FieldNode, type FragmentDefinitionNode,
  type GraphQLField, type GraphQLInputType, type GraphQLSchema, type OperationDefinitionNode,
} from 'graphql';
import { DomainError } from '../modules/shared/domain-error.js';
import { GraphqlFout } from './graphql.errors.js';
import { isTekst, tekstgrens } from './tekstgrenzen.js';
import { samen, tekstfout } from './tekstcontrole.js';
import { variabeleFouten, veldVan } from './variabelen.js';

/**
 * Checks the input of every operation once it is parsed and validated, before any resolver runs (Apollo's
 * didResolveOperation), so a bad value costs no query: variables graphql-js would refuse get Dutch, coded
 * violations at their path; every String and ID in the arguments (literal or variable) is held to its maximum
 * (tekstgrenzen.ts) and may not hold a NUL or a lone surrogate. Generic over the schema: a new argument is checked
 * without anyone listing it. A refusal answers HTTP 400 with all violations; nothing runs.
 */
export function invoercontrole(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return; // Apollo has answered OPERATION_RESOLUTION_FAILURE already
          if (operation.operation === 'subscription') weiger(DomainError.van(GraphqlFout.ABONNEMENT_NIET_ONDERSTEUND, ''));
          const invoer = request.variables ?? {};
          const gecoerceerd = getVariableValues(schema, operation.variableDefinitions ?? [], invoer);
          if (gecoerceerd.errors) {
            // Should graphql-js refuse something the walk does not name: still coded, with its (English) detail.
            weiger(samen(variabeleFouten(schema, operation.variableDefinitions ?? [], invoer))
              ?? DomainError.van(GraphqlFout.WAARDE_ONGELDIG, '', `Ongeldige variabelen: ${gecoerceerd.errors[0]!.message}`));
          }
          const fout = samen(tekstFouten(schema, document, operation, gecoerceerd.coerced));
          if (fout) weiger(fout);
        },
      };
    },
  };
}

/** As Apollo answers a bad variable: HTTP 400, no data; formatError renders the DomainError. */
function weiger(error: DomainError): never {
  throw new GraphQLError(error.message, { originalError: error, extensions: { http: { status: 400 } } });
}

/** Every String and ID value in the arguments of the fields this operation selects (through its fragments too). */
export function tekstFouten(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode,
  variabelen: Record<string, unknown>): DomainError[] {
  const fouten: DomainError[] = [];
  const controleer = (waarde: unknown, type: GraphQLInputType, naam: string, pad: (string | number)[]): void => {
    if (waarde === null || waarde === undefined) return;
    if (isNonNullType(type)) return controleer(waarde, type.ofType, naam, pad);
    if (isListType(type)) {
      if (Array.isArray(waarde)) waarde.forEach((item, i) => controleer(item, type.ofType, naam, [...pad, i]));
      return;
    }
    if (isInputObjectType(type)) {
      for (const veld of Object.values(type.getFields())) {
        controleer((waarde as Record<string, unknown>)[veld.name], veld.type, veld.name, [...pad, veld.name]);
      }
      return;
    }
    if (typeof waarde !== 'string' || !isTekst(type)) return;
    const fout = tekstfout(waarde, tekstgrens(naam, type), veldVan(pad));
    if (fout) fouten.push(fout);
  };
  for (const [definitie, node] of velden(schema, document, operation)) {
    let argumenten: Record<string, unknown>;
    try {
      argumenten = getArgumentValues(definitie, node, variabelen);
    } catch {
      continue; // execution reports it (a variable without a runtime value)
    }
    for (const arg of definitie.args) controleer(argumenten[arg.name], arg.type, arg.name, [arg.name]);
  }
  return fouten;
}

type VeldMetNode = [GraphQLField<unknown, unknown>, FieldNode];

/**
 * The walk depends only on the document, so it is done once per parsed document: Apollo keeps parsed documents in
 * its document store and hands the same AST back for the same query text. A WeakMap: entries go with the document.
 */
const GELOPEN = new WeakMap<OperationDefinitionNode, { schema: GraphQLSchema; velden: VeldMetNode[] }>();

function velden(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): VeldMetNode[] {
  const bekend = GELOPEN.get(operation);
  if (bekend?.schema === schema) return bekend.velden;
  const gevonden = loopVelden(schema, document, operation);
  GELOPEN.set(operation, { schema, velden: gevonden });
  return gevonden;
}

/** The fields an operation selects, with their definitions, following fragment spreads once each. */
function loopVelden(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): VeldMetNode[] {
  const fragmenten = new Map(document.definitions
    .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((f) => [f.name.value, f]));
  const gezien = new Set<string>();
  const gevonden: VeldMetNode[] = [];
  const loop = (node: ASTNode) => {
    const typeInfo = new TypeInfo(schema);
    visit(node, visitWithTypeInfo(typeInfo, {
      Field(veld) {
        const definitie = typeInfo.getFieldDef();
        if (definitie && definitie.args.length > 0) gevonden.push([definitie, veld]);
      },
      FragmentSpread(spread) {
        const fragment = fragmenten.get(spread.name.value);
        if (fragment && !gezien.has(fragment.name.value)) {
          gezien.add(fragment.name.value);
          loop(fragment);
        }
      },
    }));
  };
  loop(operation);
  return gevonden;
}
