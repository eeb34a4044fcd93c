import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** What a BEHEER user changed: users, roles, contracts; and each retention run (retentie_toepassen writes that line itself). An entity, so a line is flushed in the same transaction as the change it records. */
export const BeheerLog = defineEntity({
  name: 'BeheerLog',
  tableName: 'beheer_log',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    tijdstip: p.datetime().onCreate(() => new Date()),
    organisatieSoort: p.string(),
    /** Null, as the user, for a line of the system itself (organisatieSoort 'systeem': a retention run). */
    organisatieId: p.uuid().nullable(),
    doorGebruikerId: p.uuid().nullable(),
    actie: p.string(),
    onderwerpId: p.uuid(),
    details: p.json<Record<string, unknown>>(),
  },
});
export type BeheerLog = InferEntity<typeof BeheerLog>;
