import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { DOELGROEPEN } from './dossier.codes.js';
import { Inburgeraar } from './inburgeraar.entity.js';

/** The doelgroep over time: it can change, and the rights that follow depend on when (001 §1.4, §3.4). */
export const DoelgroepPeriode = defineEntity({
  name: 'DoelgroepPeriode',
  tableName: 'doelgroep_periode',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    inburgeraar: () => p.manyToOne(Inburgeraar),
    doelgroep: p.enum(DOELGROEPEN),
    begindatum: p.date(),
    einddatum: p.date().nullable(),
  },
});
export type DoelgroepPeriode = InferEntity<typeof DoelgroepPeriode>;
