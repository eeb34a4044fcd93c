import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';

/** A calendar date, `YYYY-MM-DD`, as DUO's APIs write dates. */
export const LocalDate = LocalDateResolver;
/** A moment in time, ISO 8601 with offset. */
export const DateTime = DateTimeISOResolver;
