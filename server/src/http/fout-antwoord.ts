import type { Response } from 'express';
import { DomainError, type FoutSoort } from '../modules/shared/domain-error.js';
import { HttpFout, INTERNE_FOUT } from './http.errors.js';

/** The HTTP status of each category, decided once; a Record over FoutSoort, so a new category fails the type check. */
export const HTTP_STATUS: Readonly<Record<FoutSoort, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  UNAVAILABLE: 503,
};

/**
 * The `extensions` of every error, GraphQL's and /auth's alike: `code` the category (or, for a request the GraphQL
 * layer refuses, Apollo's code), the headline's `domeinCode` and `veld`, and every violation.
 */
export function foutExtensions(error: DomainError, code: string = error.soort) {
  return {
    code,
    domeinCode: error.code,
    veld: error.veld,
    fouten: error.overtredingen.map((o) => ({ domeinCode: o.code, veld: o.veld, melding: o.melding })),
  };
}

/** A domain error in the shape GraphQL answers it (`errors[].extensions`), so a client reads /auth and /graphql alike. */
export function foutAntwoord(error: DomainError) {
  return { errors: [{ message: error.message, extensions: foutExtensions(error) }] };
}

/** Sends a domain error from a REST route; the status follows from the category unless the parser already chose one. */
export function stuurFout(res: Response, error: DomainError, status: number = HTTP_STATUS[error.soort]): void {
  res.status(status).json(foutAntwoord(error));
}

/** A request the body parser could not read (broken JSON, too large): its status, the catalogue's code. */
export function stuurOnleesbaarVerzoek(res: Response, status: number): void {
  stuurFout(res, DomainError.van(HttpFout.ONGELDIG_VERZOEK, ''), status);
}

/** The last resort: never a stack trace, the same shape, the code GraphQL uses for it. */
export function stuurInterneFout(res: Response): void {
  res.status(500).json({
    errors: [{ message: 'Er ging iets mis aan onze kant.', extensions: { code: 'INTERNAL_SERVER_ERROR', domeinCode: INTERNE_FOUT, veld: '', fouten: [] } }],
  });
}
