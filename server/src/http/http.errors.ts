import { foutcatalogus } from '../modules/shared/domain-error.js';

/** Codes of the HTTP layer itself: a request that could not be read at all (broken JSON, too large), or a path that is no route. */
export enum HttpFout {
  ONGELDIG_VERZOEK = 'ONGELDIG_VERZOEK',
  ROUTE_ONBEKEND = 'ROUTE_ONBEKEND',
  PORTAAL_STOPT = 'PORTAAL_STOPT',
}

foutcatalogus('http', HttpFout, {
  ONGELDIG_VERZOEK: { soort: 'BAD_USER_INPUT', melding: 'Het verzoek kon niet worden gelezen.', route: 'any route whose body cannot be read (413 if it is larger than 2 MB)' },
  ROUTE_ONBEKEND: { soort: 'NOT_FOUND', melding: 'Deze route bestaat niet.', route: 'any path that is no route (a GET outside /graphql and /auth gets the web client)' },
  PORTAAL_STOPT: { soort: 'UNAVAILABLE', melding: 'Het portaal wordt herstart. Probeer het over enkele seconden opnieuw.', route: 'any route while the portal stops, with Retry-After' },
});

/** Not a domain error (nothing the client can fix), so outside the catalogue's categories: HTTP 500. */
export const INTERNE_FOUT = 'INTERNE_FOUT';
