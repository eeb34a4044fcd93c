import 'reflect-metadata'; // type-graphql reads decorator metadata through it
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { AanwezigheidAanbiederResolver } from '../modules/aanwezigheid/resolvers/aanwezigheid.aanbieder.resolver.js';
import { VerzuimredenResolver } from '../modules/aanwezigheid/resolvers/verzuimreden.resolver.js';
import { ApiTokenAanbiederResolver } from '../modules/auth/resolvers/api-token.aanbieder.resolver.js';
import { GebruikerAanbiederResolver } from '../modules/auth/resolvers/gebruiker.aanbieder.resolver.js';
import { GebruikerGemeenteResolver } from '../modules/auth/resolvers/gebruiker.gemeente.resolver.js';
import { MijResolver } from '../modules/auth/resolvers/mij.resolver.js';
import { DeelnemerAanbiederResolver } from '../modules/inburgeraar/resolvers/deelnemer.aanbieder.resolver.js';
import { DossierGemeenteResolver } from '../modules/inburgeraar/resolvers/dossier.gemeente.resolver.js';
import { DossierBeheerGemeenteResolver } from '../modules/inburgeraar/resolvers/dossier-beheer.gemeente.resolver.js';
import { DoelgroepGemeenteResolver } from '../modules/inburgeraar/resolvers/doelgroep.gemeente.resolver.js';
import { InzageGemeenteResolver } from '../modules/inzage/resolvers/inzage.gemeente.resolver.js';
import { GemeenteAanbiederResolver } from '../modules/organisatie/resolvers/gemeente.aanbieder.resolver.js';
import { ContractBeheerGemeenteResolver } from '../modules/organisatie/resolvers/contract-beheer.gemeente.resolver.js';
import { ContractGemeenteResolver } from '../modules/organisatie/resolvers/contract.gemeente.resolver.js';
import { ToewijzingGemeenteResolver } from '../modules/traject/resolvers/toewijzing.gemeente.resolver.js';
import { AanbiederReferentieAanbiederResolver } from '../modules/traject/resolvers/aanbieder-referentie.aanbieder.resolver.js';
import { PipGemeenteResolver } from '../modules/pip/resolvers/pip.gemeente.resolver.js';
import { AanbiederOverzichtGemeenteResolver } from '../modules/aanbieder-overzicht/resolvers/aanbieder-overzicht.gemeente.resolver.js';
import { DashboardGemeenteResolver } from '../modules/dashboard/resolvers/dashboard.gemeente.resolver.js';
import { BesluitGemeenteResolver } from '../modules/besluit/resolvers/besluit.gemeente.resolver.js';
import { PvtRedenResolver } from '../modules/rapportage/resolvers/pvt-reden.resolver.js';
import { RapportageAanbiederResolver } from '../modules/rapportage/resolvers/rapportage.aanbieder.resolver.js';
import { RapportageGemeenteResolver } from '../modules/rapportage/resolvers/rapportage.gemeente.resolver.js';
import { authChecker } from './auth-checker.js';
import { DateTime } from './scalars.js';
import { documenteerTekstgrenzen } from './tekstgrenzen.js';
import { logWeigeringen } from './weigeringen.js';
import { UploadAanbiederResolver } from '../modules/aanwezigheid-upload/resolvers/upload.aanbieder.resolver.js';

/**
 * A role's schema is its resolver list: a type reaches the aanbieder SDL only if one of these resolvers
 * returns it. Adding a resolver here changes what providers may see; review it as such.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const AANBIEDER_RESOLVERS: NonEmptyArray<Function> = [
  MijResolver,
  VerzuimredenResolver,
  DeelnemerAanbiederResolver,
  AanwezigheidAanbiederResolver,
  AanbiederReferentieAanbiederResolver,
  ApiTokenAanbiederResolver,
  RapportageAanbiederResolver,
  PvtRedenResolver,
  GemeenteAanbiederResolver,
  GebruikerAanbiederResolver,
  UploadAanbiederResolver,
];

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const GEMEENTE_RESOLVERS: NonEmptyArray<Function> = [
  MijResolver,
  VerzuimredenResolver,
  DossierGemeenteResolver,
  PipGemeenteResolver,
  DoelgroepGemeenteResolver,
  DossierBeheerGemeenteResolver,
  ContractGemeenteResolver,
  ToewijzingGemeenteResolver,
  InzageGemeenteResolver,
  RapportageGemeenteResolver,
  BesluitGemeenteResolver,
  PvtRedenResolver,
  DashboardGemeenteResolver,
  AanbiederOverzichtGemeenteResolver,
  GebruikerGemeenteResolver,
  ContractBeheerGemeenteResolver,
];

export type Rol = 'aanbieder' | 'gemeente';

/**
 * The schema of one role, with every String and ID input's maximum in its description (tekstgrenzen.ts) and every
 * refused operation logged (weigeringen.ts).
 */
export async function buildRoleSchema(rol: Rol): Promise<GraphQLSchema> {
  return logWeigeringen(documenteerTekstgrenzen(await buildSchema({
    resolvers: rol === 'aanbieder' ? AANBIEDER_RESOLVERS : GEMEENTE_RESOLVERS,
    authChecker,
    authMode: 'error',
    validate: false, // rules live in the services, with domain codes
    emitSchemaFile: false,
    scalarsMap: [{ type: Date, scalar: DateTime }], // our DateTimeISO, with Dutch input errors, not type-graphql's
  })));
}
