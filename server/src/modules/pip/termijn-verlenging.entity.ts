import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Inburgeraar } from '../inburgeraar/inburgeraar.entity.js';

/** An extension of the inburgeringstermijn as DUO records it (Inburgeringstermijn API: verlengingsgrond, einddatum). */
export const TermijnVerlenging = defineEntity({
  name: 'TermijnVerlenging',
  tableName: 'termijn_verlenging',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    inburgeraar: () => p.manyToOne(Inburgeraar),
    verlengingsgrondcode: p.string(),
    verlengingsgrondomschrijving: p.string(),
    nieuweEinddatum: p.date(),
    wijzigingsdatum: p.date(),
    vastgesteldDoor: p.uuid(),
    vastgesteldOp: p.datetime(),
  },
});
export type TermijnVerlenging = InferEntity<typeof TermijnVerlenging>;
