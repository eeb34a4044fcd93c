import {
  isEnumType, isInputObjectType, isInputType, isListType, isNonNullType, typeFromAST,
  type GraphQLInputType, type GraphQLSchema, type VariableDefinitionNode,
} from 'graphql';
import { AlgemeneFout } from '../modules/shared/algemeen.errors.js';
import { DomainError } from '../modules/shared/domain-error.js';
import { GraphqlFout } from './graphql.errors.js';

type Pad = readonly (string | number)[];

/** `rijen.3.urenAanwezig`, the form `veld` has everywhere (0-based index). */
export const veldVan = (pad: Pad) => pad.join('.');

/** Where, for a person: the field path, and for a list item its row (1-based) as a grid or a CSV file counts. */
function waar(pad: Pad): string {
  const index = pad.findLastIndex((deel) => typeof deel === 'number');
  return index < 0 ? veldVan(pad) : `${veldVan(pad)} (regel ${(pad[index] as number) + 1})`;
}

function toon(waarde: unknown): string {
  const tekst = JSON.stringify(waarde) ?? String(waarde);
  return tekst.length > 40 ? `${tekst.slice(0, 37)}…` : tekst;
}

const VERWACHT: Readonly<Record<string, string>> = {
  Int: 'een geheel getal', Float: 'een getal', Boolean: 'true of false', String: 'een tekst', ID: 'een id (tekst)',
  LocalDate: 'een datum JJJJ-MM-DD', DateTime: 'een tijdstip (ISO 8601)',
};

/**
 * The Dutch violations for variables graphql-js refuses to coerce, one per broken value at its path. This walks the
 * value against its type as coerceInputValue does, rather than parsing graphql-js's English messages (whose path and
 * field names come from the client's JSON and may hold anything). A scalar that throws a DomainError (LocalDate)
 * keeps its code and message.
 */
export function variabeleFouten(schema: GraphQLSchema, definities: readonly VariableDefinitionNode[], invoer: Readonly<Record<string, unknown>>): DomainError[] {
  const fouten: DomainError[] = [];
  const verplicht = (pad: Pad) => fouten.push(DomainError.van(AlgemeneFout.VELD_VERPLICHT, veldVan(pad), `Vul ${waar(pad)} in; dit veld is verplicht.`));

  const loop = (waarde: unknown, type: GraphQLInputType, pad: Pad): void => {
    if (isNonNullType(type)) {
      if (waarde === null || waarde === undefined) verplicht(pad);
      else loop(waarde, type.ofType, pad);
      return;
    }
    if (waarde === null || waarde === undefined) return;
    if (isListType(type)) {
      if (Array.isArray(waarde)) waarde.forEach((item, i) => loop(item, type.ofType, [...pad, i]));
      else loop(waarde, type.ofType, pad); // graphql accepts one item for a list
      return;
    }
    if (isInputObjectType(type)) {
      if (typeof waarde !== 'object' || Array.isArray(waarde)) {
        fouten.push(DomainError.van(GraphqlFout.WAARDE_ONGELDIG, veldVan(pad), `Ongeldige waarde bij ${waar(pad)}: ${toon(waarde)}; verwacht een object met velden.`));
        return;
      }
      const velden = type.getFields();
      const object = waarde as Record<string, unknown>;
      for (const veld of Object.values(velden)) {
        const w = object[veld.name];
        if (w !== undefined) loop(w, veld.type, [...pad, veld.name]);
        else if (isNonNullType(veld.type) && veld.defaultValue === undefined) verplicht([...pad, veld.name]);
      }
      for (const sleutel of Object.keys(object).filter((s) => !Object.hasOwn(velden, s))) {
        fouten.push(DomainError.van(GraphqlFout.VELD_ONBEKEND, veldVan([...pad, sleutel]),
          `Het veld ${waar([...pad, sleutel])} bestaat niet in ${type.name}; velden zijn ${Object.keys(velden).join(', ')}.`));
      }
      return;
    }
    let resultaat: unknown;
    try {
      resultaat = type.parseValue(waarde);
    } catch (error) {
      if (error instanceof DomainError) {
        const [eerste] = error.overtredingen;
        fouten.push(new DomainError(error.soort, [{ ...eerste, veld: veldVan(pad), melding: `${waar(pad)}: ${eerste.melding}` }]));
        return;
      }
    }
    if (resultaat !== undefined) return;
    if (isEnumType(type)) {
      const codes = type.getValues().map((v) => v.name);
      fouten.push(DomainError.van(AlgemeneFout.CODE_ONBEKEND, veldVan(pad), `Onbekende code bij ${waar(pad)}: ${toon(waarde)}; kies uit ${codes.length <= 12 ? codes.join(', ') : `de ${codes.length} waarden van ${type.name} in het schema`}.`));
    } else {
      fouten.push(DomainError.van(GraphqlFout.WAARDE_ONGELDIG, veldVan(pad), `Ongeldige waarde bij ${waar(pad)}: ${toon(waarde)}; verwacht ${VERWACHT[type.name] ?? `een ${type.name}`}.`));
    }
  };

  for (const definitie of definities) {
    const naam = definitie.variable.name.value;
    const type = typeFromAST(schema, definitie.type);
    if (!type || !isInputType(type)) continue; // validation refused the document already
    if (!Object.hasOwn(invoer, naam)) {
      if (!definitie.defaultValue && isNonNullType(type)) verplicht([naam]);
      continue;
    }
    loop(invoer[naam], type, [naam]);
  }
  return fouten;
}

