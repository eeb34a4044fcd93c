import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

/** Sorted so the committed SDL diffs only when the API really changes, not when code moves around. */
export function printSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
