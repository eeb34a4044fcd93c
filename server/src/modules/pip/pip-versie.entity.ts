import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { ALFABETISERING } from '../inburgeraar/dossier.codes.js';
import { Inburgeraar } from '../inburgeraar/inburgeraar.entity.js';
import { Gemeente } from '../organisatie/gemeente.entity.js';
import { LEERROUTES, PIP_NIVEAUS, PIP_WIJZIGINGSREDENEN, REDENEN_LATE_START } from './pip.codes.js';

/**
 * One version of the Persoonlijk Plan Inburgering en Participatie: a beschikking, so never changed in
 * place. A change is a new version with its reason; the highest version is the current PIP.
 * Field names follow DUO's PIP API (dagtekeningPip, leerroute, niveau, geschatteIntensiteitB1Route, …).
 */
export const PipVersie = defineEntity({
  name: 'PipVersie',
  tableName: 'pip_versie',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    inburgeraar: () => p.manyToOne(Inburgeraar),
    /** The gemeente that set this version; after a move the PIP of the previous gemeente stays readable. */
    gemeente: () => p.manyToOne(Gemeente),
    versie: p.integer(),
    dagtekeningPip: p.date(),
    leerroute: p.enum(LEERROUTES),
    niveau: p.enum(PIP_NIVEAUS).nullable(),
    geschatteIntensiteitB1Route: p.integer().nullable().fieldName('geschatte_intensiteit_b1_route'),
    indicatorAlfabetiseringsonderwijs: p.enum(ALFABETISERING).default('NVT'),
    datumInburgeringsaanbod: p.date().nullable(),
    redenLateStart: p.enum(REDENEN_LATE_START).nullable(),
    eenzijdigVastgesteld: p.boolean().default(false),
    wijzigingsreden: p.enum(PIP_WIJZIGINGSREDENEN).nullable(),
    vastgesteldDoor: p.uuid(),
    vastgesteldOp: p.datetime(),
  },
});
export type PipVersie = InferEntity<typeof PipVersie>;
