import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Aanbieder } from './aanbieder.entity.js';
import { Gemeente } from './gemeente.entity.js';
import { TRAJECTSOORTEN } from './trajectsoort.js';

/**
 * What a gemeente bought from an aanbieder, for which trajectsoorten and in which period.
 * The aanbieder processes personal data for the gemeente, so the verwerkersovereenkomst is recorded (002).
 */
export const Contract = defineEntity({
  name: 'Contract',
  tableName: 'contract',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    gemeente: () => p.manyToOne(Gemeente),
    aanbieder: () => p.manyToOne(Aanbieder),
    trajectsoorten: p.enum(TRAJECTSOORTEN).array(),
    ingangsdatum: p.date(),
    einddatum: p.date().nullable(),
    datumVerwerkersovereenkomst: p.date(),
  },
});
export type Contract = InferEntity<typeof Contract>;
