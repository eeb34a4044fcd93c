import { AlgemeneFout } from '../shared/algemeen.errors.js';
import { foutcatalogus } from '../shared/domain-error.js';

/** Domain codes of decisions: DUO's conditions for a MAP, PVT or Z-route result (besluit.rules.ts) and the traject it rests on. */
export enum BesluitFout {
  DOSSIER_ONBEKEND = AlgemeneFout.DOSSIER_ONBEKEND,
  TRAJECT_ONBEKEND = AlgemeneFout.TRAJECT_ONBEKEND,
  DATUM_ONGELDIG = AlgemeneFout.DATUM_ONGELDIG,
  BESLUIT_GEEN_ACTUELE_PIP = 'BESLUIT_GEEN_ACTUELE_PIP',
  BESLUIT_ANDERE_GEMEENTE = 'BESLUIT_ANDERE_GEMEENTE',
  BESLUIT_NIETS_IN_TE_TREKKEN = 'BESLUIT_NIETS_IN_TE_TREKKEN',
  BESLUIT_GEEN_Z_ROUTE = 'BESLUIT_GEEN_Z_ROUTE',
  BESLUIT_VERWIJTBAAR_NIET_TOEGESTAAN = 'BESLUIT_VERWIJTBAAR_NIET_TOEGESTAAN',
  BESLUIT_Z_ROUTE_VOLDAAN = 'BESLUIT_Z_ROUTE_VOLDAAN',
  BESLUIT_DATUM_IN_TOEKOMST = 'BESLUIT_DATUM_IN_TOEKOMST',
  BESLUIT_DATUM_VOOR_TERMIJN = 'BESLUIT_DATUM_VOOR_TERMIJN',
  BESLUIT_NA_AFRONDING_Z_ROUTE = 'BESLUIT_NA_AFRONDING_Z_ROUTE',
  BESLUIT_VERWIJTBAARHEID_ONTBREEKT = 'BESLUIT_VERWIJTBAARHEID_ONTBREEKT',
  BESLUIT_NEE_TE_VROEG = 'BESLUIT_NEE_TE_VROEG',
  BESLUIT_JA_ZONDER_OVERSCHRIJDING = 'BESLUIT_JA_ZONDER_OVERSCHRIJDING',
  MAP_NIET_VEREIST_ONDERWIJSROUTE = 'MAP_NIET_VEREIST_ONDERWIJSROUTE',
  BESLUIT_TRAJECT_ANDER_DOSSIER = 'BESLUIT_TRAJECT_ANDER_DOSSIER',
  BESLUIT_TRAJECT_SOORT_PAST_NIET = 'BESLUIT_TRAJECT_SOORT_PAST_NIET',
}

foutcatalogus('besluit', BesluitFout, {
  BESLUIT_GEEN_ACTUELE_PIP: { soort: 'BAD_USER_INPUT', melding: 'Uw gemeente moet een actueel PIP hebben voor deze persoon.' },
  BESLUIT_ANDERE_GEMEENTE: { soort: 'BAD_USER_INPUT', melding: 'Een wijziging kan alleen op een besluit dat uw gemeente eerder doorgaf.' },
  BESLUIT_NIETS_IN_TE_TREKKEN: { soort: 'BAD_USER_INPUT', melding: 'Er is geen eerder doorgegeven datum om in te trekken.' },
  BESLUIT_GEEN_Z_ROUTE: { soort: 'BAD_USER_INPUT', melding: 'Het actuele PIP volgt niet de Z-route.' },
  BESLUIT_VERWIJTBAAR_NIET_TOEGESTAAN: { soort: 'BAD_USER_INPUT', melding: 'Hier hoort geen verwijtbaarheid bij: niet bij de Z-route, en niet bij een datum binnen de termijn.' },
  BESLUIT_Z_ROUTE_VOLDAAN: { soort: 'BAD_USER_INPUT', melding: 'De inburgeringsplicht is al voldaan via de Z-route.' },
  BESLUIT_DATUM_IN_TOEKOMST: { soort: 'BAD_USER_INPUT', melding: 'De datum van het besluit ligt in de toekomst.' },
  BESLUIT_DATUM_VOOR_TERMIJN: { soort: 'BAD_USER_INPUT', melding: 'De datum ligt vóór de start van de inburgeringstermijn.' },
  BESLUIT_NA_AFRONDING_Z_ROUTE: { soort: 'BAD_USER_INPUT', melding: 'De datum ligt na de afronding van de Z-route.' },
  BESLUIT_VERWIJTBAARHEID_ONTBREEKT: { soort: 'BAD_USER_INPUT', melding: 'De termijn is overschreden: geef aan of dat verwijtbaar is.' },
  BESLUIT_NEE_TE_VROEG: { soort: 'BAD_USER_INPUT', melding: "'Niet verwijtbaar' kan vanaf twee maanden vóór het einde van de termijn." },
  BESLUIT_JA_ZONDER_OVERSCHRIJDING: { soort: 'BAD_USER_INPUT', melding: "'Verwijtbaar' kan pas als de termijn is overschreden." },
  MAP_NIET_VEREIST_ONDERWIJSROUTE: { soort: 'BAD_USER_INPUT', melding: 'In de onderwijsroute is de MAP niet verplicht; niet afronden kan dan niet verwijtbaar zijn.' },
  BESLUIT_TRAJECT_ANDER_DOSSIER: { soort: 'BAD_USER_INPUT', melding: 'Dit traject hoort bij een ander dossier; kies een traject van deze inburgeraar.' },
  BESLUIT_TRAJECT_SOORT_PAST_NIET: { soort: 'BAD_USER_INPUT', melding: 'Dit traject is van een andere soort dan het besluit; een besluit steunt op een traject van zijn eigen soort.' },
});
