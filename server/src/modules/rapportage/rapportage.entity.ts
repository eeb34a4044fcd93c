import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Traject } from '../traject/traject.entity.js';
import { RAPPORTAGESOORTEN } from './rapportage.codes.js';

/**
 * One version of a report of an aanbieder about a traject. The payload is validated per soort before it is
 * stored (rules/); a correction is a new version, the previous one stamped `vervangenOp`.
 */
export const Rapportage = defineEntity({
  name: 'Rapportage',
  tableName: 'rapportage',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    traject: () => p.manyToOne(Traject),
    soort: p.enum(RAPPORTAGESOORTEN),
    sleutel: p.string(),
    versie: p.integer(),
    gegevens: p.json<Record<string, unknown>>(),
    ingediendOp: p.datetime(),
    ingediendDoorGebruiker: p.uuid().nullable(),
    ingediendDoorToken: p.uuid().nullable(),
    vervangenOp: p.datetime().nullable(),
    heropendOp: p.datetime().nullable(),
    heropendDoor: p.uuid().nullable(),
  },
});
export type Rapportage = InferEntity<typeof Rapportage>;
