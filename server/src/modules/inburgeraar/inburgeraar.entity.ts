import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Gemeente } from '../organisatie/gemeente.entity.js';
import { Traject } from '../traject/traject.entity.js';
import { ALFABETISERING, DOSSIER_STATUSSEN, GESLACHTEN, LBT_RESULTATEN, OPLEIDINGSNIVEAUS, REGIMES } from './dossier.codes.js';
import { DoelgroepPeriode } from './doelgroep-periode.entity.js';

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
    geslacht: p.enum(GESLACHTEN).default('ONBEKEND'),
    straat: p.string().nullable(),
    huisnummer: p.string().nullable(),
    postcode: p.string().nullable(),
    woonplaats: p.string().nullable(),
    regime: p.enum(REGIMES).default('WI2021'),
    begindatumInburgeringsplicht: p.date().nullable(),
    /** Date of registration in the BRP of this gemeente: the PIP is due within 10 weeks of it (004 §3.4). */
    datumVestiging: p.date().nullable(),
    lbtResultaat: p.enum(LBT_RESULTATEN).nullable(),
    lbtDatumAfname: p.date().nullable(),
    rechtMaatschappelijkeBegeleiding: p.boolean().default(false),
    startMaatschappelijkeBegeleiding: p.date().nullable(),
    startOntzorgen: p.date().nullable(),
    eindeOntzorgen: p.date().nullable(),
    opleidingsniveau: p.enum(OPLEIDINGSNIVEAUS).default('ONBEKEND'),
    alfabetisering: p.enum(ALFABETISERING).default('NVT'),
    status: p.enum(DOSSIER_STATUSSEN).default('ACTIEF'),
    doelgroepen: () => p.oneToMany(DoelgroepPeriode).mappedBy('inburgeraar'),
    trajecten: () => p.oneToMany(Traject).mappedBy('inburgeraar'),
  },
});
export type Inburgeraar = InferEntity<typeof Inburgeraar>;
