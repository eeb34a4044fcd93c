import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Inburgeraar } from '../inburgeraar/inburgeraar.entity.js';
import { Gemeente } from '../organisatie/gemeente.entity.js';
import { BESLUITSOORTEN, VERWIJTBAARHEID } from './besluit.codes.js';

/**
 * A decision of the gemeente: MAP or PVT voldaan (with the date of the eindgesprek / signing) or not and
 * whether that is verwijtbaar, or the Z-route completed. A change is a new version; the old one is stamped.
 */
export const Besluit = defineEntity({
  name: 'Besluit',
  tableName: 'besluit',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    inburgeraar: () => p.manyToOne(Inburgeraar),
    gemeente: () => p.manyToOne(Gemeente),
    soort: p.enum(BESLUITSOORTEN),
    versie: p.integer(),
    /** DUO datumEindgesprekMap / datumOndertekeningPvt / datumAfrondingZroute; null: not completed, or withdrawn. */
    datum: p.date().nullable(),
    verwijtbaar: p.enum(VERWIJTBAARHEID).nullable(),
    /** The aanbieder's traject the decision rests on, if any. */
    trajectId: p.uuid().nullable(),
    genomenDoor: p.uuid(),
    genomenOp: p.datetime(),
    vervangenOp: p.datetime().nullable(),
  },
});
export type Besluit = InferEntity<typeof Besluit>;
