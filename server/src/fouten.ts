import * as aanbiederOverzicht from './modules/aanbieder-overzicht/aanbieder-overzicht.errors.js';
import * as aanwezigheid from './modules/aanwezigheid/aanwezigheid.errors.js';
import * as aanwezigheidUpload from './modules/aanwezigheid-upload/upload.errors.js';
import * as auth from './modules/auth/auth.errors.js';
import * as gebruikerBeheer from './modules/auth/gebruiker-beheer.errors.js';
import * as contract from './modules/organisatie/contract.errors.js';
import * as besluit from './modules/besluit/besluit.errors.js';
import * as dossier from './modules/inburgeraar/dossier.errors.js';
import * as pip from './modules/pip/pip.errors.js';
import * as privacy from './modules/privacy/privacy.errors.js';
import * as rapportage from './modules/rapportage/rapportage.errors.js';
import * as algemeen from './modules/shared/algemeen.errors.js';
import * as toewijzing from './modules/traject/toewijzing.errors.js';
import * as aanbiederReferentie from './modules/traject/aanbieder-referentie.errors.js';
import * as http from './http/http.errors.js';
import * as graphql from './graphql/graphql.errors.js';

/**
 * Every errors file, by its path under server/src. Importing a file registers its catalogue, so this list is what
 * makes the published page (schema/foutcodes.md) complete; a test fails when an errors file is missing here.
 */
export const FOUTBESTANDEN: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  'modules/shared/algemeen.errors.ts': algemeen,
  'modules/aanbieder-overzicht/aanbieder-overzicht.errors.ts': aanbiederOverzicht,
  'modules/aanwezigheid/aanwezigheid.errors.ts': aanwezigheid,
  'modules/aanwezigheid-upload/upload.errors.ts': aanwezigheidUpload,
  'modules/auth/auth.errors.ts': auth,
  'modules/auth/gebruiker-beheer.errors.ts': gebruikerBeheer,
  'modules/organisatie/contract.errors.ts': contract,
  'modules/besluit/besluit.errors.ts': besluit,
  'modules/inburgeraar/dossier.errors.ts': dossier,
  'modules/pip/pip.errors.ts': pip,
  'modules/privacy/privacy.errors.ts': privacy,
  'modules/rapportage/rapportage.errors.ts': rapportage,
  'modules/traject/toewijzing.errors.ts': toewijzing,
  'modules/traject/aanbieder-referentie.errors.ts': aanbiederReferentie,
  'http/http.errors.ts': http,
  'graphql/graphql.errors.ts': graphql,
};

/**
 * Source files (under server/src) that still raise codes outside the catalogue: string-literal codes, a category
 * chosen at the throw site, or (an errors file) an enum without a foutcatalogus. Every module is converted; what is
 * left is being converted on another branch of issue 9. The list only shrinks: a test fails on a new file with such
 * a code, and on an entry here that no longer has one.
 */
export const NOG_NIET_OMGEZET: readonly string[] = [
];
