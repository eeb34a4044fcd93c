import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** A course provider (taalschool, MAP- or PVT-aanbieder), identified by its KvK-nummer. */
export const Aanbieder = defineEntity({
  name: 'Aanbieder',
  tableName: 'aanbieder',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    naam: p.string(),
    kvkNummer: p.string().length(8).unique(),
  },
});
export type Aanbieder = InferEntity<typeof Aanbieder>;
