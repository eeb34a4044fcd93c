import { foutcatalogus } from '../modules/shared/domain-error.js';

/**
 * Codes of the GraphQL layer itself: a request refused before any resolver runs. Over GraphQL `extensions.code` stays
 * what Apollo calls it (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, BAD_REQUEST, …; see `route`); these codes
 * say what was wrong, in Dutch.
 */
export enum GraphqlFout {
  VRAAG_ONLEESBAAR = 'VRAAG_ONLEESBAAR',
  VRAAG_ONGELDIG = 'VRAAG_ONGELDIG',
  VRAAG_TE_GROOT = 'VRAAG_TE_GROOT',
  VERZOEK_ONGELDIG = 'VERZOEK_ONGELDIG',
  OPERATIE_ONBEKEND = 'OPERATIE_ONBEKEND',
  OPGESLAGEN_VRAAG_NIET_ONDERSTEUND = 'OPGESLAGEN_VRAAG_NIET_ONDERSTEUND',
  ABONNEMENT_NIET_ONDERSTEUND = 'ABONNEMENT_NIET_ONDERSTEUND',
  VERKEERD_ENDPOINT = 'VERKEERD_ENDPOINT',
  WAARDE_ONGELDIG = 'WAARDE_ONGELDIG',
  VELD_ONBEKEND = 'VELD_ONBEKEND',
}

const GRAPHQL = '/graphql/* with';
foutcatalogus('graphql', GraphqlFout, {
  VRAAG_ONLEESBAAR: { soort: 'BAD_USER_INPUT', melding: 'De vraag (query) is geen leesbare GraphQL.', route: `${GRAPHQL} code GRAPHQL_PARSE_FAILED` },
  VRAAG_ONGELDIG: { soort: 'BAD_USER_INPUT', melding: 'De vraag past niet bij het schema van dit endpoint.', route: `${GRAPHQL} code GRAPHQL_VALIDATION_FAILED` },
  VRAAG_TE_GROOT: { soort: 'BAD_USER_INPUT', melding: 'De vraag is te groot (aliassen, nesting, directives of tokens).', route: `${GRAPHQL} code GRAPHQL_VALIDATION_FAILED or GRAPHQL_PARSE_FAILED` },
  VERZOEK_ONGELDIG: { soort: 'BAD_USER_INPUT', melding: 'Dit verzoek is geen GraphQL-verzoek dat dit endpoint aanneemt.', route: `${GRAPHQL} code BAD_REQUEST (405 for a mutation over GET)` },
  OPERATIE_ONBEKEND: { soort: 'BAD_USER_INPUT', melding: 'Geef de naam (operationName) van een operatie uit de vraag.', route: `${GRAPHQL} code OPERATION_RESOLUTION_FAILURE` },
  OPGESLAGEN_VRAAG_NIET_ONDERSTEUND: { soort: 'BAD_USER_INPUT', melding: 'Opgeslagen vragen (persisted queries) worden niet ondersteund; stuur de vraag zelf mee.', route: `${GRAPHQL} code PERSISTED_QUERY_NOT_SUPPORTED` },
  ABONNEMENT_NIET_ONDERSTEUND: { soort: 'BAD_USER_INPUT', melding: 'Abonnementen (subscriptions) worden niet ondersteund; vraag de gegevens op met een query.', route: '/graphql/*' },
  VERKEERD_ENDPOINT: { soort: 'FORBIDDEN', melding: 'Dit endpoint is voor de andere soort organisatie.', route: '/graphql/aanbieder, /graphql/gemeente' },
  WAARDE_ONGELDIG: { soort: 'BAD_USER_INPUT', melding: 'Deze waarde heeft niet het verwachte type.' },
  VELD_ONBEKEND: { soort: 'BAD_USER_INPUT', melding: 'Dit veld bestaat niet in deze invoer.' },
});
