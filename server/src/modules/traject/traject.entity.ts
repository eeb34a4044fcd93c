import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Gemeente } from '../organisatie/gemeente.entity.js';
import { Aanbieder } from '../organisatie/aanbieder.entity.js';
import { Contract } from '../organisatie/contract.entity.js';
import { TRAJECT_ONDERDELEN, TRAJECTSOORTEN } from '../organisatie/trajectsoort.js';
import { Inburgeraar } from '../inburgeraar/inburgeraar.entity.js';
import { REDENEN_INTREKKING } from './beeindiging.codes.js';

export const TRAJECT_STATUSSEN = ['ACTIEF', 'AFGEROND', 'INGETROKKEN'] as const;

/** An assignment (toewijzing) of one inburgeraar to one aanbieder, under a contract with the person's gemeente. */
export const Traject = defineEntity({
  name: 'Traject',
  tableName: 'traject',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    inburgeraar: () => p.manyToOne(Inburgeraar),
    /** The inburgeraar's gemeente, repeated so the database can check it equals the contract's (composite keys). */
    gemeente: () => p.manyToOne(Gemeente),
    aanbieder: () => p.manyToOne(Aanbieder),
    contract: () => p.manyToOne(Contract),
    soort: p.enum(TRAJECTSOORTEN),
    cursusnaam: p.string().nullable(),
    geplandeStart: p.date(),
    geplandeEinde: p.date(),
    geplandeUren: p.decimal('number').precision(7).scale(2),
    status: p.enum(TRAJECT_STATUSSEN).default('ACTIEF'),
    /** Course components (domain.md §4), as codes. */
    onderdelen: p.enum(TRAJECT_ONDERDELEN).array().default([]),
    /** MAP and PVT: the latest date the traject must be completed (002). */
    uiterlijkeAfrondingsdatum: p.date().nullable(),
    /** Language lessons or participation during the brede intake count in DUO's own hour buckets. */
    tijdensBredeIntake: p.boolean().default(false),
    toegewezenDoor: p.uuid().nullable(),
    toegewezenOp: p.datetime().nullable(),
    /** AFGEROND: the day it was completed; INGETROKKEN: from when it was withdrawn. Null while running (and on older rows). */
    einddatum: p.date().nullable(),
    redenIntrekking: p.enum(REDENEN_INTREKKING).nullable(),
    /** The aanbieder's own reference (its student or course number), unique among its running trajecten; set by the aanbieder. */
    aanbiederReferentie: p.text().nullable(),
    beeindigdDoor: p.uuid().nullable(),
    beeindigdOp: p.datetime().nullable(),
    // Totals of the current attendance versions, kept by the database (trigger traject_totalen_bijwerken on every
    // write to aanwezigheid), so reads need no aggregate. The portal never writes them.
    urenIngeroosterd: p.decimal('number').precision(10).scale(2).default(0),
    urenAanwezig: p.decimal('number').precision(10).scale(2).default(0),
    urenGeoorloofdVerzuim: p.decimal('number').precision(10).scale(2).default(0),
    urenOngeoorloofdVerzuim: p.decimal('number').precision(10).scale(2).default(0),
    /** Number of reported periods. */
    perioden: p.integer().default(0),
    /** Reported periods whose first version came within the meldtermijn. */
    periodenOpTijd: p.integer().default(0),
    /** Last day covered by a current report (inclusive). */
    gemeldTot: p.date().nullable(),
  },
});
export type Traject = InferEntity<typeof Traject>;
