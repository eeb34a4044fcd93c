import type { RegistratieResultaat } from '../gql/aanbieder/graphql';

/** What a user is told after a versioned write (attendance, a report): one text per server result, kept in one place. */
export const RESULTAAT_TEKST = {
  NIEUW: 'Opgeslagen.',
  ONGEWIJZIGD: 'Niets gewijzigd: deze melding was al zo opgeslagen.',
  GECORRIGEERD: 'Correctie opgeslagen; de vorige versie is bewaard.',
} as const satisfies Record<RegistratieResultaat, string>;
