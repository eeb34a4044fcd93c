import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { opTijdGemeld } from '../aanbieder-overzicht/meldtermijn.js';
import { Traject } from '../traject/traject.entity.js';

/**
 * Attendance of one traject over one period (a week or a single lesson date), as reported by the aanbieder.
 * Versioned: a correction inserts a new version and stamps the old one `vervangenOp`; exactly one version
 * per (traject, periodeVan) is current (partial unique index in the migration).
 */
export const Aanwezigheid = defineEntity({
  name: 'Aanwezigheid',
  tableName: 'aanwezigheid',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    traject: () => p.manyToOne(Traject),
    periodeVan: p.date(),
    periodeTot: p.date(),
    versie: p.integer(),
    urenIngeroosterd: p.decimal('number').precision(6).scale(2),
    urenAanwezig: p.decimal('number').precision(6).scale(2),
    urenGeoorloofdVerzuim: p.decimal('number').precision(6).scale(2),
    redenGeoorloofdVerzuim: p.string().nullable(),
    urenOngeoorloofdVerzuim: p.decimal('number').precision(6).scale(2),
    redenOngeoorloofdVerzuim: p.string().nullable(),
    /** Who submitted: a user or an API token of the aanbieder (traceability). */
    ingediendDoorGebruiker: p.uuid().nullable(),
    ingediendDoorToken: p.uuid().nullable(),
    ingediendOp: p.datetime(),
    vervangenOp: p.datetime().nullable(),
    /** Whether this version came within its period's meldtermijn; decided when written (the set-based writer sets it too). */
    opTijd: p.boolean().onCreate((a: { periodeTot: string; ingediendOp: Date }) => opTijdGemeld(a.periodeTot, a.ingediendOp)),
  },
});
export type Aanwezigheid = InferEntity<typeof Aanwezigheid>;
