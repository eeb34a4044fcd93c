import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Aanbieder } from '../organisatie/aanbieder.entity.js';
import { ROLLEN } from './rol.js';

/** A bearer token for an aanbieder's own system. Scoped to one aanbieder, stored hashed, revocable. */
export const ApiToken = defineEntity({
  name: 'ApiToken',
  tableName: 'api_token',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    aanbieder: () => p.manyToOne(Aanbieder),
    naam: p.string(),
    tokenHash: p.string().unique(),
    rollen: p.enum(ROLLEN).array(),
    aangemaaktDoor: p.uuid().nullable(),
    aangemaaktOp: p.datetime(),
    ingetrokkenOp: p.datetime().nullable(),
  },
});
export type ApiToken = InferEntity<typeof ApiToken>;
