import { registerEnumType } from 'type-graphql';
import { enumVan } from '../../../graphql/common.types.js';
import {
  ADVIESGRONDEN, ADVIEZEN, BELEMMERING_GEVOLG_CODES, BELEMMERING_GEVOLGEN, BELEMMERINGEN, EXAMENNIVEAUS, EXAMENONDERDELEN, EXAMENRESULTATEN, EXAMENVOORBEREIDING, MAP_RESULTATEN,
  RAPPORTAGESOORTEN, REDENEN_GEEN_RESULTAAT, REDENEN_LATE_START_TRAJECT, REDENEN_MAP_NIET_AFGEROND, TAALSCHAKEL_RESULTATEN, TOETSNIVEAUS,
  VOORTGANG_OORDELEN, Z_NIVEAUS,
} from '../rapportage.codes.js';
import { PVT_REDEN_CODES, PVT_REDENEN } from '../rules/pvt-redenen.js';

export const Rapportagesoort = enumVan(RAPPORTAGESOORTEN);
registerEnumType(Rapportagesoort, { name: 'Rapportagesoort', description: 'Soort melding van een aanbieder aan de gemeente (domain.md §5).' });
export const VoortgangOordeel = enumVan(VOORTGANG_OORDELEN);
registerEnumType(VoortgangOordeel, { name: 'VoortgangOordeel', description: 'Voortgang in het algemeen.' });
export const Belemmering = enumVan(BELEMMERINGEN);
registerEnumType(Belemmering, { name: 'Belemmering', description: 'Omstandigheid die de voortgang belemmert, als categorie. GEZONDHEID is alleen een categorie: geen medische details (002).' });
export const BelemmeringGevolg = enumVan(BELEMMERING_GEVOLG_CODES);
registerEnumType(BelemmeringGevolg, {
  name: 'BelemmeringGevolg',
  description: 'Wat de belemmeringen betekenen voor de deelname. Een code in plaats van vrije tekst: zo hoeft niemand te schrijven waarom (geen medische details, 002).',
  valuesConfig: Object.fromEntries(BELEMMERING_GEVOLG_CODES.map((c) => [c, { description: BELEMMERING_GEVOLGEN[c] }])),
});
export const Examenvoorbereiding = enumVan(EXAMENVOORBEREIDING);
registerEnumType(Examenvoorbereiding, { name: 'Examenvoorbereiding', description: 'Stand van de examenvoorbereiding.' });
export const Examenonderdeel = enumVan(EXAMENONDERDELEN);
registerEnumType(Examenonderdeel, { name: 'Examenonderdeel', description: 'DUO ExamenonderdeelWI2021Inburgering: KNM, LE (lezen), LU (luisteren), SC (schrijven), SP (spreken).' });
export const Toetsniveau = enumVan(TOETSNIVEAUS);
registerEnumType(Toetsniveau, { name: 'Toetsniveau', description: 'Niveau bereikt bij een tussentijdse toets (ERK).' });
export const Advies = enumVan(ADVIEZEN);
registerEnumType(Advies, { name: 'Advies', description: 'Onderbouwd advies aan de gemeente over de leerroute (001 §3.4.4).' });
export const Adviesgrond = enumVan(ADVIESGRONDEN);
registerEnumType(Adviesgrond, { name: 'Adviesgrond', description: 'Waarop een advies steunt.' });
export const TaalschakelResultaatCode = enumVan(TAALSCHAKEL_RESULTATEN);
registerEnumType(TaalschakelResultaatCode, { name: 'TaalschakelResultaatCode', description: 'Resultaat van het taalschakeltraject.' });
export const Examenniveau = enumVan(EXAMENNIVEAUS);
registerEnumType(Examenniveau, { name: 'Examenniveau', description: 'DUO ExamenniveauWI2021.' });
export const ExamenresultaatCode = enumVan(EXAMENRESULTATEN);
registerEnumType(ExamenresultaatCode, { name: 'ExamenresultaatCode', description: "DUO ExamenresultaatWI2021: 'Geslaagd', 'Gezakt', 'Geen'." });
export const RedenGeenResultaat = enumVan(REDENEN_GEEN_RESULTAAT);
registerEnumType(RedenGeenResultaat, { name: 'RedenGeenResultaat', description: "DUO RedenGeenResultaatInburgeringsexamen: 'Verwijtbaar', 'Nietverwijtbaar', 'Afgemeld', 'Absent'." });
export const ZNiveau = enumVan(Z_NIVEAUS);
registerEnumType(ZNiveau, { name: 'ZNiveau', description: 'Niveau bereikt in de Z-route.' });
export const MapResultaatCode = enumVan(MAP_RESULTATEN);
registerEnumType(MapResultaatCode, { name: 'MapResultaatCode', description: 'Of de MAP is afgerond (met eindgesprek).' });
export const RedenLateStartTraject = enumVan(REDENEN_LATE_START_TRAJECT);
registerEnumType(RedenLateStartTraject, { name: 'RedenLateStartTraject', description: 'Reden dat het traject later startte dan gepland.' });
export const RedenMapNietAfgerond = enumVan(REDENEN_MAP_NIET_AFGEROND);
registerEnumType(RedenMapNietAfgerond, { name: 'RedenMapNietAfgerond', description: 'Reden dat de MAP niet is afgerond.' });
export const RedenPvtNietVoldaan = enumVan(PVT_REDEN_CODES);
registerEnumType(RedenPvtNietVoldaan, {
  name: 'RedenPvtNietVoldaan',
  description: 'De acht redenen niet voldaan aan de PVT-plicht (003 §3.5), met hun regels voor de datums van deelname en het moment van doorgeven.',
  valuesConfig: Object.fromEntries(PVT_REDEN_CODES.map((c) => [c, { description: PVT_REDENEN[c].omschrijving }])),
});
