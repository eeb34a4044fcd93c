import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Aanbieder } from '../organisatie/aanbieder.entity.js';
import { Gemeente } from '../organisatie/gemeente.entity.js';
import { ROLLEN } from './rol.js';

/** A person who logs in; works for exactly one gemeente or one aanbieder (a check constraint says so). */
export const Gebruiker = defineEntity({
  name: 'Gebruiker',
  tableName: 'gebruiker',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    email: p.string().unique(),
    naam: p.string(),
    wachtwoordHash: p.string().hidden(),
    gemeente: () => p.manyToOne(Gemeente).nullable(),
    aanbieder: () => p.manyToOne(Aanbieder).nullable(),
    rollen: p.enum(ROLLEN).array(),
    actief: p.boolean().default(true),
    /** Set when a beheerder made the account: the first password was seen by someone else, so it must be replaced first. */
    wachtwoordWijzigen: p.boolean().default(false),
    laatsteLoginOp: p.datetime().nullable(),
    /** The login before the current one: "what changed since your last visit" counts from here. */
    vorigeLoginOp: p.datetime().nullable(),
  },
});
export type Gebruiker = InferEntity<typeof Gebruiker>;
