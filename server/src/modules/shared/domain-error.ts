/** How a domain error maps onto GraphQL's `extensions.code`. */
export type FoutSoort = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT';

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

  add(code: string, veld: string, melding: string): void {
    this.lijst.push({ code, veld, melding });
  }

  get leeg(): boolean {
    return this.lijst.length === 0;
  }

  throwIfAny(soort: FoutSoort = 'BAD_USER_INPUT'): void {
    const [eerste, ...rest] = this.lijst;
    if (eerste) throw new DomainError(soort, [eerste, ...rest]);
  }
}
