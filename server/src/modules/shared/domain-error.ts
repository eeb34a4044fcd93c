/** How a domain error maps onto GraphQL's `extensions.code` (and the HTTP status of the REST routes). */
export type FoutSoort = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'UNAUTHENTICATED';

/** What a code means, decided once: its category and the Dutch message used when the site has nothing more precise. */
export interface FoutDefinitie {
  soort: FoutSoort;
  melding: string;
}

/** Where a code is defined, for the published catalogue. */
export interface GeregistreerdeFout extends FoutDefinitie {
  code: string;
  module: string;
}

const CATALOGUS = new Map<string, GeregistreerdeFout>();

/**
 * Declares a module's codes with their category and default message. Typed as a Record over the module's enum,
 * so a new code without a definition fails the type check. A code may be shared by several modules (a date that is
 * no date is DATUM_ONGELDIG everywhere) but then it must mean the same: the same category.
 */
export function foutcatalogus<C extends string>(module: string, definities: Readonly<Record<C, FoutDefinitie>>): Readonly<Record<C, FoutDefinitie>> {
  for (const [code, definitie] of Object.entries(definities) as [C, FoutDefinitie][]) {
    const bestaand = CATALOGUS.get(code);
    if (bestaand && bestaand.soort !== definitie.soort) {
      throw new Error(`Foutcode ${code} is in ${bestaand.module} ${bestaand.soort} en in ${module} ${definitie.soort}`);
    }
    if (!bestaand) CATALOGUS.set(code, { code, module, ...definitie });
  }
  return definities;
}

/** Every registered code, sorted: what the published catalogue lists. */
export function alleFoutcodes(): GeregistreerdeFout[] {
  return [...CATALOGUS.values()].sort((a, b) => a.code.localeCompare(b.code));
}

function definitie(code: string): FoutDefinitie {
  const gevonden = CATALOGUS.get(code);
  if (!gevonden) throw new Error(`Foutcode ${code} staat in geen foutcatalogus`);
  return gevonden;
}

/** One broken rule: its domain code, the input field it concerns, and a Dutch message a user can act on. */
export interface Overtreding {
  code: string;
  veld: string;
  melding: string;
}

/**
 * The one error class services throw. It may carry several violations (all rules are checked before
 * anything is written) so a form or grid can show each at its field; the first is the headline.
 */
export class DomainError extends Error {
  constructor(
    readonly soort: FoutSoort,
    readonly overtredingen: [Overtreding, ...Overtreding[]],
  ) {
    super(overtredingen[0].melding);
    this.name = 'DomainError';
  }

  /** A single violation of a catalogued code: its category and (unless the site says more) message come from the catalogue. */
  static van(code: string, veld: string, melding?: string): DomainError {
    const d = definitie(code);
    return new DomainError(d.soort, [{ code, veld, melding: melding ?? d.melding }]);
  }

  get code(): string {
    return this.overtredingen[0].code;
  }

  get veld(): string {
    return this.overtredingen[0].veld;
  }
}

/** Collects violations while a whole input is checked, then throws them together (or not at all). */
export class Overtredingen {
  private readonly lijst: Overtreding[] = [];

  add(code: string, veld: string, melding?: string): void {
    this.lijst.push({ code, veld, melding: melding ?? definitie(code).melding });
  }

  get leeg(): boolean {
    return this.lijst.length === 0;
  }

  /** Throws all violations at once; the category is the first one's, from the catalogue unless given. */
  throwIfAny(soort?: FoutSoort): void {
    const [eerste, ...rest] = this.lijst;
    if (eerste) throw new DomainError(soort ?? CATALOGUS.get(eerste.code)?.soort ?? 'BAD_USER_INPUT', [eerste, ...rest]);
  }
}
