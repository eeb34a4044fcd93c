import { registerEnumType } from 'type-graphql';
import { ALFABETISERING, DOELGROEPEN, DOSSIER_STATUSSEN, GESLACHTEN, LBT_RESULTATEN, OPLEIDINGSNIVEAUS, REDENEN_GEEN_INBURGERINGSPLICHT, REGIMES } from '../modules/inburgeraar/dossier.codes.js';
import { TRAJECT_ONDERDELEN } from '../modules/organisatie/trajectsoort.js';
import { LEERROUTES, PIP_NIVEAUS, PIP_WIJZIGINGSREDENEN, REDENEN_LATE_START } from '../modules/pip/pip.codes.js';
import { enumVan } from './common.types.js';

/** GraphQL enums for the referentiegegevensset's code lists; each is built from the one list in the domain code. */
export const Geslacht = enumVan(GESLACHTEN);
registerEnumType(Geslacht, { name: 'Geslacht', description: 'Geslacht volgens de BRP.' });

export const Regime = enumVan(REGIMES);
registerEnumType(Regime, { name: 'Regime', description: 'De wet waaronder de inburgeringsplicht valt. Een persoon kan ten onrechte onder de Wi2021 staan (DUO-signaal SS190).' });

export const Doelgroep = enumVan(DOELGROEPEN);
registerEnumType(Doelgroep, { name: 'Doelgroep', description: 'Doelgroep (domain.md §2). De gemeente koopt de taalroute alleen in voor asielstatushouders.' });

export const LbtResultaat = enumVan(LBT_RESULTATEN);
registerEnumType(LbtResultaat, { name: 'LbtResultaat', description: "Uitkomst van de leerbaarheidstoets (DUO: 'B1-route haalbaar', 'B1-route niet haalbaar', 'Onbekend')." });

export const Opleidingsniveau = enumVan(OPLEIDINGSNIVEAUS);
registerEnumType(Opleidingsniveau, { name: 'Opleidingsniveau', description: 'Hoogst genoten opleiding, zoals CBS die vraagt voor de Statistiek Wet inburgering.' });

export const Alfabetisering = enumVan(ALFABETISERING);
registerEnumType(Alfabetisering, { name: 'Alfabetisering', description: 'DUO Alfabetiseringsonderwijs: A = analfabeet, AA = anders-gealfabetiseerd, NVT = niet van toepassing.' });

export const DossierStatus = enumVan(DOSSIER_STATUSSEN);
registerEnumType(DossierStatus, { name: 'DossierStatus', description: 'ACTIEF; VERHUISD (de vorige gemeente houdt alleen leesrecht); PLICHT_BEEINDIGD; INGETROKKEN (ten onrechte geregistreerd, verwerking gestopt).' });

export const RedenGeenInburgeringsplicht = enumVan(REDENEN_GEEN_INBURGERINGSPLICHT);
registerEnumType(RedenGeenInburgeringsplicht, { name: 'RedenGeenInburgeringsplicht', description: "DUO RedenGeenInburgeringsplicht: waarom iemand geen inburgeringsplicht (meer) heeft ('Volledige ontheffing', 'Volledige vrijstelling', 'Inburgeringsplicht voldaan', 'Verblijfsdoel gewijzigd', 'Vertrek uit Nederland langer dan een jaar', 'Overlijden', 'Overig', 'Tijdelijke vrijstelling')." });

export const Leerroute = enumVan(LEERROUTES);
registerEnumType(Leerroute, { name: 'Leerroute', description: 'DUO Leerroute: B = B1-route, O = onderwijsroute, Z = zelfredzaamheidsroute.' });

export const PipNiveau = enumVan(PIP_NIVEAUS);
registerEnumType(PipNiveau, { name: 'PipNiveau', description: 'DUO NiveauPip: het minimaal te behalen niveau. A2 niet met de onderwijsroute; B1 niet met de Z-route.' });

export const PipWijzigingsreden = enumVan(PIP_WIJZIGINGSREDENEN);
registerEnumType(PipWijzigingsreden, { name: 'PipWijzigingsreden', description: 'Waarom een PIP is gewijzigd. AFSCHALEN (B1 → A2) kan pas na 600 uur taalles; een routewissel tot 18 maanden na de start van de termijn.' });

export const RedenLateStart = enumVan(REDENEN_LATE_START);
registerEnumType(RedenLateStart, { name: 'RedenLateStart', description: 'Reden dat het inburgeringsaanbod later kwam dan drie maanden na het PIP (001 §4.8).' });

export const TrajectOnderdeel = enumVan(TRAJECT_ONDERDELEN);
registerEnumType(TrajectOnderdeel, { name: 'TrajectOnderdeel', description: 'Onderdeel van een cursus of module (002: cursusnaam en onderdelen).' });
