import {
  getNamedType, isInputObjectType, isObjectType, isScalarType, type GraphQLArgument, type GraphQLInputField,
  type GraphQLInputType, type GraphQLSchema,
} from 'graphql';

/**
 * The longest text each String or ID input may hold, in characters (code points), by argument or input field name:
 * ONE table for both endpoints, checked before any resolver runs (invoercontrole.ts) and written into the SDL
 * description of every such field (documenteerTekstgrenzen). A name means one thing across the schema, so a name is
 * enough; a field not named here gets the default of its type. The service rules may be stricter (a BSN, a
 * postcode); these maxima only make sure no huge string reaches a rule, a query or a hash.
 */
export const TEKSTGRENZEN = {
  /** Any String not named below. */
  String: 200,
  /** Ids are UUIDs (36 characters); room for another format, not for a megabyte. */
  ID: 64,
  perNaam: {
    adviesToelichting: 500,
    belemmeringToelichting: 200, // its rule (taal.rules.ts) allows 200
    email: 254, // RFC 5321's limit for an address
    naam: 100, // maakApiToken(naam), MaakGebruikerInput.naam
    huisnummer: 16,
    postcode: 10,
    telefoon: 32,
    bsn: 16,
    gemeentecode: 10,
    redenGeoorloofdVerzuim: 64,
    redenOngeoorloofdVerzuim: 64,
    verlengingsgrondcode: 64,
    verlengingsgrondomschrijving: 255, // its rule (termijn.service.ts) allows 255
    after: 1000, // a cursor the portal made is far shorter
    referentie: 40, // zetAanbiederReferentie; its rule (aanbieder-referentie.service.ts) allows 40
    aanbiederReferentie: 40,
  } as Readonly<Record<string, number>>,
} as const;

/** The scalars whose values are text a client types; LocalDate and DateTime check their own format. */
export function isTekst(type: GraphQLInputType): boolean {
  const named = getNamedType(type);
  return named.name === 'String' || named.name === 'ID';
}

/** The maximum for an argument or input field of this name and type. */
export function tekstgrens(naam: string, type: GraphQLInputType): number {
  return TEKSTGRENZEN.perNaam[naam] ?? (getNamedType(type).name === 'ID' ? TEKSTGRENZEN.ID : TEKSTGRENZEN.String);
}

export const grensZin = (max: number) => `Hoogstens ${max} tekens.`;

/** Every String and ID argument and input field of the schema: what the check and the documentation walk. */
export function tekstvelden(schema: GraphQLSchema): (GraphQLArgument | GraphQLInputField)[] {
  const velden: (GraphQLArgument | GraphQLInputField)[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isInputObjectType(type)) velden.push(...Object.values(type.getFields()));
    if (isObjectType(type)) for (const veld of Object.values(type.getFields())) velden.push(...veld.args);
  }
  return velden.filter((v) => isScalarType(getNamedType(v.type)) && isTekst(v.type));
}

/** Appends "Hoogstens N tekens." to the description of every String and ID input, so the SDL documents the table. */
export function documenteerTekstgrenzen(schema: GraphQLSchema): GraphQLSchema {
  for (const veld of tekstvelden(schema)) {
    const zin = grensZin(tekstgrens(veld.name, veld.type));
    if (veld.description?.includes(zin)) continue; // type-graphql may hand the same field objects to both schemas
    veld.description = veld.description ? `${veld.description.trimEnd()} ${zin}` : zin;
  }
  return schema;
}
