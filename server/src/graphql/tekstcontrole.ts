import { AlgemeneFout } from '../modules/shared/algemeen.errors.js';
import { DomainError } from '../modules/shared/domain-error.js';

/** A UTF-16 half without its other half: no character, and PostgreSQL refuses it in UTF-8 text. */
const LOSSE_HELFT = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Length in characters (code points), as PostgreSQL's varchar(n) counts; cheap for a huge string. */
function lengte(tekst: string): number {
  if (tekst.length > 2 * 1_000_000) return tekst.length; // surely over any limit: no need to count exactly
  let n = 0;
  for (const _ of tekst) n++;
  return n;
}

/**
 * A text of at most `max` characters without a NUL (PostgreSQL cannot store it and answers with an error) or a lone
 * surrogate, or the DomainError at `veld` that says what is wrong. Used by GraphQL (invoercontrole.ts) and /auth alike.
 */
export function tekstfout(tekst: string, max: number, veld: string): DomainError | undefined {
  const waar = veld ? `${veld}: ` : '';
  if (tekst.length > max && lengte(tekst) > max) {
    return DomainError.van(AlgemeneFout.TEKST_TE_LANG, veld, `${waar}deze tekst is te lang: hoogstens ${max} tekens.`);
  }
  if (tekst.includes('\u0000')) {
    return DomainError.van(AlgemeneFout.TEKEN_ONGELDIG, veld, `${waar}deze tekst bevat een NUL-teken (\\u0000); dat is geen tekst.`);
  }
  if (LOSSE_HELFT.test(tekst)) {
    return DomainError.van(AlgemeneFout.TEKEN_ONGELDIG, veld, `${waar}deze tekst bevat een losse UTF-16-helft (surrogate) zonder de andere helft; dat is geen teken.`);
  }
  return undefined;
}

/** Several refusals as one error, all violations in order; the first one's category. */
export function samen(fouten: readonly DomainError[]): DomainError | undefined {
  const [eerste] = fouten;
  return eerste ? new DomainError(eerste.soort, [eerste.overtredingen[0], ...fouten.flatMap((f) => f.overtredingen).slice(1)]) : undefined;
}
