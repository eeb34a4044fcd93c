import { ALGEMENE_FOUTEN, type AlgemeneFout } from './algemeen.errors.js';

/** How a domain error maps onto GraphQL's `extensions.code` (and the HTTP status of the REST routes). */
export type FoutSoort = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'UNAUTHENTICATED' | 'TOO_MANY_REQUESTS' | 'UNAVAILABLE';

/** What a code means, decided once: its category and the Dutch message used when the site has nothing more precise. */
export interface FoutDefinitie {
  soort: FoutSoort;
  melding: string;
  /** The REST routes that answer this code (outside GraphQL), for the published catalogue. */
  route?: string;
}

/** Where a code is defined, for the published catalogue. */
export interface GeregistreerdeFout extends FoutDefinitie {
  code: string;
  module: string;
  /** Modules that use a shared code (one of algemeen.errors.ts) besides the one that defines it. */
  gebruiktIn: string[];
}

const CATALOGUS = new Map<string, GeregistreerdeFout>();

/** The value of every member of a string enum, as string literals (`${E}` turns enum members into their values). */
type Codes<E extends Record<string, string>> = `${E[keyof E]}`;

/**
 * Declares a module's codes (its enum) with their category and default message. `definities` is a Record over the
 * enum's values, so a new code without a definition fails the type check; codes the enum takes over from the shared
 * catalogue (`AANBIEDER_ONBEKEND = AlgemeneFout.AANBIEDER_ONBEKEND`) are defined there once and may not be redefined
 * here. Checked again at import: every enum value must end up in the catalogue.
 */
export function foutcatalogus<E extends Record<string, string>, Gedeeld extends string = `${AlgemeneFout}`>(
  module: string,
  codes: E,
  definities: Readonly<Record<Exclude<Codes<E>, Gedeeld>, FoutDefinitie>>,
): void {
  registreer(module, definities);
  for (const code of new Set(Object.values(codes))) {
    const gevonden = CATALOGUS.get(code);
    if (!gevonden) throw new Error(`Foutcode ${code} van ${module} staat in geen foutcatalogus`);
    if (gevonden.module !== module && !gevonden.gebruiktIn.includes(module)) gevonden.gebruiktIn.push(module);
  }
}

function registreer(module: string, definities: Readonly<Record<string, FoutDefinitie>>): void {
  for (const [code, definitie] of Object.entries(definities)) {
    const bestaand = CATALOGUS.get(code);
    if (bestaand) throw new Error(`Foutcode ${code} staat al in de foutcatalogus van ${bestaand.module}; verwijs ernaar in plaats van hem opnieuw te definiëren`);
    CATALOGUS.set(code, { code, module, ...definitie, gebruiktIn: [] });
  }
}

// The shared codes first, so every module's catalogue can refer to them whatever the import order.
registreer('algemeen', ALGEMENE_FOUTEN);

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

  /** Violations collected elsewhere (a batch row's), thrown together; the category is the first one's, from the catalogue. */
  static uit(overtredingen: [Overtreding, ...Overtreding[]]): DomainError {
    return new DomainError(definitie(overtredingen[0].code).soort, overtredingen);
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

  /** What was collected so far, for a caller that reports violations per row instead of throwing them. */
  get alle(): readonly Overtreding[] {
    return this.lijst;
  }

  /** Throws all violations at once; the category is the first one's, from the catalogue unless given. */
  throwIfAny(soort?: FoutSoort): void {
    const [eerste, ...rest] = this.lijst;
    if (eerste) throw new DomainError(soort ?? CATALOGUS.get(eerste.code)?.soort ?? 'BAD_USER_INPUT', [eerste, ...rest]);
  }
}
