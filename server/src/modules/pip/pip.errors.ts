import { AlgemeneFout } from '../shared/algemeen.errors.js';
import { foutcatalogus } from '../shared/domain-error.js';
import { AFSCHALEN_MIN_UREN, INTENSITEIT_MAX_UREN, INTENSITEIT_MIN_UREN, ROUTEWISSEL_MAANDEN } from './pip.codes.js';

/** Domain codes of the PIP rules (DUO's conditions for registering a PIP, and the domain's own: domain.md §2) and of extending the term. */
export enum PipFout {
  DOSSIER_ONBEKEND = AlgemeneFout.DOSSIER_ONBEKEND,
  DATUM_ONGELDIG = AlgemeneFout.DATUM_ONGELDIG,
  PIP_REGIME_NIET_WI2021 = 'PIP_REGIME_NIET_WI2021',
  PIP_DAGTEKENING_IN_TOEKOMST = 'PIP_DAGTEKENING_IN_TOEKOMST',
  PIP_VOOR_START_INBURGERINGSPLICHT = 'PIP_VOOR_START_INBURGERINGSPLICHT',
  PIP_VOOR_VESTIGING = 'PIP_VOOR_VESTIGING',
  PIP_VOOR_VORIGE_PIP = 'PIP_VOOR_VORIGE_PIP',
  PIP_NIVEAU_A2_ONDERWIJSROUTE = 'PIP_NIVEAU_A2_ONDERWIJSROUTE',
  PIP_NIVEAU_B1_ZROUTE = 'PIP_NIVEAU_B1_ZROUTE',
  PIP_NIVEAU_A2_EERSTE_PIP = 'PIP_NIVEAU_A2_EERSTE_PIP',
  PIP_INTENSITEIT_NIET_TOEGESTAAN = 'PIP_INTENSITEIT_NIET_TOEGESTAAN',
  PIP_INTENSITEIT_ONTBREEKT = 'PIP_INTENSITEIT_ONTBREEKT',
  /** Not a whole number of hours from 1 to 9999 (the column's CHECK, INTENSITEIT_MIN_UREN..INTENSITEIT_MAX_UREN). */
  PIP_INTENSITEIT_BUITEN_BEREIK = 'PIP_INTENSITEIT_BUITEN_BEREIK',
  PIP_WIJZIGINGSREDEN_ONTBREEKT = 'PIP_WIJZIGINGSREDEN_ONTBREEKT',
  PIP_WIJZIGINGSREDEN_BIJ_EERSTE_PIP = 'PIP_WIJZIGINGSREDEN_BIJ_EERSTE_PIP',
  PIP_AFSCHALEN_TE_WEINIG_UREN = 'PIP_AFSCHALEN_TE_WEINIG_UREN',
  PIP_ROUTEWISSEL_TE_LAAT = 'PIP_ROUTEWISSEL_TE_LAAT',
  PIP_AANBOD_VOOR_PIP = 'PIP_AANBOD_VOOR_PIP',
  PIP_AANBOD_ALLEEN_ASIELSTATUSHOUDER = 'PIP_AANBOD_ALLEEN_ASIELSTATUSHOUDER',
  PIP_REDEN_LATE_START_ONTBREEKT = 'PIP_REDEN_LATE_START_ONTBREEKT',
  PIP_REDEN_LATE_START_ONBEKEND = 'PIP_REDEN_LATE_START_ONBEKEND',
  TERMIJN_ONTBREEKT = 'TERMIJN_ONTBREEKT',
  VERLENGING_NIET_LATER = 'VERLENGING_NIET_LATER',
  VERLENGINGSGROND_ONGELDIG = 'VERLENGINGSGROND_ONGELDIG',
}

foutcatalogus('pip', PipFout, {
  PIP_REGIME_NIET_WI2021: { soort: 'BAD_USER_INPUT', melding: 'Deze persoon valt niet onder de Wet inburgering 2021; een PIP hoort bij die wet.' },
  PIP_DAGTEKENING_IN_TOEKOMST: { soort: 'BAD_USER_INPUT', melding: 'De dagtekening van het PIP ligt in de toekomst.' },
  PIP_VOOR_START_INBURGERINGSPLICHT: { soort: 'BAD_USER_INPUT', melding: 'De dagtekening ligt vóór de start van de inburgeringsplicht.' },
  PIP_VOOR_VESTIGING: { soort: 'BAD_USER_INPUT', melding: 'De dagtekening ligt vóór de vestiging in de gemeente.' },
  PIP_VOOR_VORIGE_PIP: { soort: 'BAD_USER_INPUT', melding: 'Een gewijzigd PIP mag niet eerder gedagtekend zijn dan het huidige PIP.' },
  PIP_NIVEAU_A2_ONDERWIJSROUTE: { soort: 'BAD_USER_INPUT', melding: 'Niveau A2 kan niet met de onderwijsroute.' },
  PIP_NIVEAU_B1_ZROUTE: { soort: 'BAD_USER_INPUT', melding: 'Niveau B1 kan niet met de Z-route.' },
  PIP_NIVEAU_A2_EERSTE_PIP: { soort: 'BAD_USER_INPUT', melding: 'Het eerste PIP in de B1-route heeft niveau B1; afschalen naar A2 kan pas later, na 600 uur taalles.' },
  PIP_INTENSITEIT_NIET_TOEGESTAAN: { soort: 'BAD_USER_INPUT', melding: 'Een geschatte intensiteit hoort alleen bij de B1-route van een asielstatushouder.' },
  PIP_INTENSITEIT_ONTBREEKT: { soort: 'BAD_USER_INPUT', melding: 'Vul de geschatte intensiteit (uren taalles) in: verplicht in de B1-route voor asielstatushouders.' },
  PIP_INTENSITEIT_BUITEN_BEREIK: { soort: 'BAD_USER_INPUT', melding: `De geschatte intensiteit is een heel aantal uren van ${INTENSITEIT_MIN_UREN} tot en met ${INTENSITEIT_MAX_UREN}.` },
  PIP_WIJZIGINGSREDEN_ONTBREEKT: { soort: 'BAD_USER_INPUT', melding: 'Een wijziging van het PIP vraagt een reden (afschalen, opschalen, routewissel, intensiteit of correctie).' },
  PIP_WIJZIGINGSREDEN_BIJ_EERSTE_PIP: { soort: 'BAD_USER_INPUT', melding: 'Het eerste PIP is geen wijziging; laat de reden leeg.' },
  PIP_AFSCHALEN_TE_WEINIG_UREN: { soort: 'BAD_USER_INPUT', melding: `Afschalen naar A2 kan pas na ${AFSCHALEN_MIN_UREN} uur taalles.` },
  PIP_ROUTEWISSEL_TE_LAAT: { soort: 'BAD_USER_INPUT', melding: `Van leerroute wisselen kan tot ${ROUTEWISSEL_MAANDEN} maanden na de start van de inburgeringstermijn.` },
  PIP_AANBOD_VOOR_PIP: { soort: 'BAD_USER_INPUT', melding: 'Het inburgeringsaanbod kan niet vóór de dagtekening van het PIP liggen.' },
  PIP_AANBOD_ALLEEN_ASIELSTATUSHOUDER: { soort: 'BAD_USER_INPUT', melding: 'Een inburgeringsaanbod doet de gemeente alleen aan asielstatushouders.' },
  PIP_REDEN_LATE_START_ONTBREEKT: { soort: 'BAD_USER_INPUT', melding: 'Het aanbod komt later dan drie maanden na het PIP: kies de reden voor de late start.' },
  PIP_REDEN_LATE_START_ONBEKEND: { soort: 'BAD_USER_INPUT', melding: 'Dit is geen bekende reden voor een late start.' },
  TERMIJN_ONTBREEKT: { soort: 'BAD_USER_INPUT', melding: 'Er loopt nog geen inburgeringstermijn: die start met het eerste PIP.' },
  VERLENGING_NIET_LATER: { soort: 'BAD_USER_INPUT', melding: 'Een verlenging eindigt na de huidige einddatum.' },
  VERLENGINGSGROND_ONGELDIG: { soort: 'BAD_USER_INPUT', melding: 'Neem de verlengingsgrond van DUO over: de code (hoofdletters en cijfers, hoogstens 16 tekens) en de omschrijving (1 tot 255 tekens).' },
});
