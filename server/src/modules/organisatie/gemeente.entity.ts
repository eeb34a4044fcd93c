import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** A municipality, identified in the chain by its four-digit CBS gemeentecode (as in DUO's APIs). */
export const Gemeente = defineEntity({
  name: 'Gemeente',
  tableName: 'gemeente',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    naam: p.string(),
    gemeentecode: p.string().length(4).unique(),
  },
});
export type Gemeente = InferEntity<typeof Gemeente>;
