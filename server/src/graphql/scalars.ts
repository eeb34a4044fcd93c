import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { AlgemeneFout } from '../modules/shared/algemeen.errors.js';
import { isIsoDatum } from '../modules/shared/datum.js';
import { DomainError } from '../modules/shared/domain-error.js';

/** The dates the portal takes: a birth date after 1900, a planned end well within two centuries. */
export const DATUMBEREIK = { van: '1900-01-01', tot: '2199-12-31' } as const;
const BEREIK_NL = '01-01-1900 tot en met 31-12-2199';

/**
 * A calendar date as input: `YYYY-MM-DD`, a day that exists, inside DATUMBEREIK. A DomainError (not graphql-js's
 * English) so the variable check (variabelen.ts) and a literal in the query (errors.ts) answer DATUM_ONGELDIG or
 * DATUM_BUITEN_BEREIK at the field.
 */
export function leesDatum(waarde: unknown): string {
  if (typeof waarde !== 'string' || !isIsoDatum(waarde)) {
    const getoond = typeof waarde === 'string' ? `"${waarde.slice(0, 20)}"` : JSON.stringify(waarde) ?? String(waarde);
    throw DomainError.van(AlgemeneFout.DATUM_ONGELDIG, '', `${getoond} is geen bestaande datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2026-03-31.`);
  }
  if (waarde < DATUMBEREIK.van || waarde > DATUMBEREIK.tot) {
    throw DomainError.van(AlgemeneFout.DATUM_BUITEN_BEREIK, '', `${waarde} ligt buiten het bereik dat het portaal aanneemt (${BEREIK_NL}).`);
  }
  return waarde;
}

const letterlijk = (node: ValueNode): unknown => (node.kind === Kind.STRING ? node.value : node.kind === Kind.NULL ? null : `(${node.kind})`);

/** A calendar date, `YYYY-MM-DD`, as DUO's APIs write dates. */
export const LocalDate = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: `Een kalenderdatum JJJJ-MM-DD (ISO 8601), van ${BEREIK_NL}.`,
  specifiedByURL: 'https://www.iso.org/iso-8601-date-and-time-format.html',
  serialize(waarde) {
    if (waarde instanceof Date) return waarde.toISOString().slice(0, 10);
    if (typeof waarde === 'string' && isIsoDatum(waarde.slice(0, 10))) return waarde.slice(0, 10);
    throw new TypeError(`LocalDate kan ${String(waarde)} niet weergeven`);
  },
  parseValue: leesDatum,
  parseLiteral: (node) => leesDatum(letterlijk(node)),
});

const leesTijdstip = (waarde: unknown): Date => {
  let tijdstip: Date;
  try {
    tijdstip = DateTimeISOResolver.parseValue(waarde) as Date;
  } catch {
    throw DomainError.van(AlgemeneFout.DATUM_ONGELDIG, '', 'Dit is geen geldig tijdstip; gebruik ISO 8601 met tijdzone, bijvoorbeeld 2026-03-31T09:00:00+02:00.');
  }
  const dag = tijdstip.toISOString().slice(0, 10);
  if (dag < DATUMBEREIK.van || dag > DATUMBEREIK.tot) {
    throw DomainError.van(AlgemeneFout.DATUM_BUITEN_BEREIK, '', `Dit tijdstip ligt buiten het bereik dat het portaal aanneemt (${BEREIK_NL}).`);
  }
  return tijdstip;
};

/** A moment in time, ISO 8601 with offset; as input held to the same range and answered in Dutch. */
export const DateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTimeISO',
  description: DateTimeISOResolver.description,
  specifiedByURL: DateTimeISOResolver.specifiedByURL,
  serialize: (waarde) => DateTimeISOResolver.serialize(waarde) as string,
  parseValue: leesTijdstip,
  parseLiteral: (node) => leesTijdstip(letterlijk(node)),
});
