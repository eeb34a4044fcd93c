import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Aanbieder } from '../organisatie/aanbieder.entity.js';

/**
 * Where an upload is: received → being checked (dry run, a job) → checked, waiting for the user → being saved (a
 * job) → saved. ONLEESBAAR: the file could not be read at all; INGETROKKEN: the user withdrew it before saving.
 */
export const UPLOAD_STATUSSEN = ['ONTVANGEN', 'CONTROLEREN', 'GECONTROLEERD', 'OPSLAAN', 'OPGESLAGEN', 'ONLEESBAAR', 'INGETROKKEN'] as const;
export type UploadStatus = (typeof UPLOAD_STATUSSEN)[number];

/** One uploaded attendance file of an aanbieder, with its progress and counts; the file itself is loaded only by the jobs. */
export const AanwezigheidUpload = defineEntity({
  name: 'AanwezigheidUpload',
  tableName: 'aanwezigheid_upload',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    aanbieder: () => p.manyToOne(Aanbieder),
    ingediendDoorGebruiker: p.uuid().nullable(),
    ingediendDoorToken: p.uuid().nullable(),
    bestandsnaam: p.string(),
    /** Lazy: lists and progress polls never carry the file. */
    bestand: p.blob().lazy(),
    grootte: p.integer(),
    status: p.enum(UPLOAD_STATUSSEN),
    melding: p.text().nullable(),
    totaal: p.integer().default(0),
    verwerkt: p.integer().default(0),
    inOrde: p.integer().default(0),
    metFouten: p.integer().default(0),
    overgeslagen: p.integer().default(0),
    correcties: p.integer().default(0),
    opgeslagen: p.integer().default(0),
    ontvangenOp: p.datetime(),
    bijgewerktOp: p.datetime(),
  },
});
export type AanwezigheidUpload = InferEntity<typeof AanwezigheidUpload>;

export interface UploadVeldfout { code: string; veld: string; melding: string }

/** The reported version a correcting line replaces, to show old next to new before saving. */
export interface UploadVorige {
  versie: number;
  urenIngeroosterd: number;
  urenAanwezig: number;
  urenGeoorloofdVerzuim: number;
  redenGeoorloofdVerzuim: string | null;
  urenOngeoorloofdVerzuim: number;
  redenOngeoorloofdVerzuim: string | null;
}

/** The result of one line of an upload: what it said (if readable), what checking or saving it gave, its errors. */
export const AanwezigheidUploadRij = defineEntity({
  name: 'AanwezigheidUploadRij',
  tableName: 'aanwezigheid_upload_rij',
  properties: {
    upload: p.uuid().primary().fieldName('upload_id'),
    /** Line number in the file (header = 1), as the spreadsheet shows it. */
    regel: p.integer().primary(),
    invoer: p.json<Record<string, unknown>>().nullable(),
    resultaat: p.enum(['NIEUW', 'ONGEWIJZIGD', 'GECORRIGEERD', 'OVERGESLAGEN'] as const).nullable(),
    vorige: p.json<UploadVorige>().nullable(),
    fouten: p.json<UploadVeldfout[]>().default([]),
  },
});
export type AanwezigheidUploadRij = InferEntity<typeof AanwezigheidUploadRij>;
