import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Gemeente } from '../organisatie/gemeente.entity.js';
import { Traject } from '../traject/traject.entity.js';

/**
 * A person with an inburgeringsplicht, owned by one gemeente. The id doubles as the stable
 * portal reference an aanbieder may store; the BSN never leaves the gemeente side.
 */
export const Inburgeraar = defineEntity({
  name: 'Inburgeraar',
  tableName: 'inburgeraar',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    gemeente: () => p.manyToOne(Gemeente),
    bsn: p.string().length(9).unique(),
    voornamen: p.string(),
    tussenvoegsel: p.string().nullable(),
    achternaam: p.string(),
    geboortedatum: p.date(),
    email: p.string().nullable(),
    telefoon: p.string().nullable(),
    trajecten: () => p.oneToMany(Traject).mappedBy('inburgeraar'),
  },
});
export type Inburgeraar = InferEntity<typeof Inburgeraar>;
