import { AlgemeneFout } from '../shared/algemeen.errors.js';
import { foutcatalogus } from '../shared/domain-error.js';

/** Domain codes of assigning a traject to an aanbieder (toewijzing) and of ending it. */
export enum ToewijzingFout {
  DOSSIER_ONBEKEND = AlgemeneFout.DOSSIER_ONBEKEND,
  CONTRACT_ONBEKEND = AlgemeneFout.CONTRACT_ONBEKEND,
  TRAJECT_ONBEKEND = AlgemeneFout.TRAJECT_ONBEKEND,
  DATUM_ONGELDIG = AlgemeneFout.DATUM_ONGELDIG,
  PERIODE_OMGEKEERD = AlgemeneFout.PERIODE_OMGEKEERD,
  UREN_ONGELDIG = AlgemeneFout.UREN_ONGELDIG,
  REDEN_BIJ_AFGEROND = AlgemeneFout.REDEN_BIJ_AFGEROND,
  CONTRACT_NIET_ACTIEF = 'CONTRACT_NIET_ACTIEF',
  CONTRACT_DEKT_SOORT_NIET = 'CONTRACT_DEKT_SOORT_NIET',
  TAAL_ALLEEN_ASIELSTATUSHOUDER = 'TAAL_ALLEEN_ASIELSTATUSHOUDER',
  PIP_ONTBREEKT = 'PIP_ONTBREEKT',
  SOORT_PAST_NIET_BIJ_LEERROUTE = 'SOORT_PAST_NIET_BIJ_LEERROUTE',
  AFRONDINGSDATUM_ALLEEN_MAP_PVT = 'AFRONDINGSDATUM_ALLEEN_MAP_PVT',
  AFRONDINGSDATUM_VOOR_START = 'AFRONDINGSDATUM_VOOR_START',
  CURSUSNAAM_TE_LANG = 'CURSUSNAAM_TE_LANG',
  /** A second running traject of the same soort for the same person at the same aanbieder. */
  TRAJECT_LOOPT_AL = 'TRAJECT_LOOPT_AL',
  TRAJECT_AL_BEEINDIGD = 'TRAJECT_AL_BEEINDIGD',
  EINDDATUM_ONTBREEKT = 'EINDDATUM_ONTBREEKT',
  EINDDATUM_VOOR_START = 'EINDDATUM_VOOR_START',
  EINDDATUM_IN_TOEKOMST = 'EINDDATUM_IN_TOEKOMST',
  REDEN_INTREKKING_ONTBREEKT = 'REDEN_INTREKKING_ONTBREEKT',
  REDEN_INTREKKING_NIET_KIESBAAR = 'REDEN_INTREKKING_NIET_KIESBAAR',
}

foutcatalogus('traject', ToewijzingFout, {
  CONTRACT_NIET_ACTIEF: { soort: 'BAD_USER_INPUT', melding: 'De geplande start valt buiten de looptijd van het contract.' },
  CONTRACT_DEKT_SOORT_NIET: { soort: 'BAD_USER_INPUT', melding: 'Het contract met deze aanbieder dekt deze soort traject niet.' },
  TAAL_ALLEEN_ASIELSTATUSHOUDER: { soort: 'BAD_USER_INPUT', melding: 'De gemeente koopt een leerroute alleen in voor asielstatushouders.' },
  PIP_ONTBREEKT: { soort: 'BAD_USER_INPUT', melding: 'Stel eerst het PIP vast: de leerroute bepaalt welk traject past.' },
  SOORT_PAST_NIET_BIJ_LEERROUTE: { soort: 'BAD_USER_INPUT', melding: 'Dit traject past niet bij de leerroute van het actuele PIP.' },
  AFRONDINGSDATUM_ALLEEN_MAP_PVT: { soort: 'BAD_USER_INPUT', melding: 'Een uiterste afrondingsdatum hoort bij een MAP- of PVT-traject.' },
  AFRONDINGSDATUM_VOOR_START: { soort: 'BAD_USER_INPUT', melding: 'De uiterste afrondingsdatum ligt vóór de geplande start.' },
  CURSUSNAAM_TE_LANG: { soort: 'BAD_USER_INPUT', melding: 'De cursusnaam is hoogstens 200 tekens.' },
  TRAJECT_LOOPT_AL: { soort: 'CONFLICT', melding: 'Deze inburgeraar heeft bij deze aanbieder al een lopend traject van deze soort. Beëindig dat eerst als er een vervolgtraject komt.' },
  TRAJECT_AL_BEEINDIGD: { soort: 'CONFLICT', melding: 'Dit traject is al beëindigd.' },
  EINDDATUM_ONTBREEKT: { soort: 'BAD_USER_INPUT', melding: 'Vul de datum in waarop het traject is afgerond.' },
  EINDDATUM_VOOR_START: { soort: 'BAD_USER_INPUT', melding: 'Een traject kan niet zijn afgerond vóór de geplande start.' },
  EINDDATUM_IN_TOEKOMST: { soort: 'BAD_USER_INPUT', melding: 'De einddatum ligt na vandaag: beëindig een traject pas op of na de dag waarop het eindigt.' },
  REDEN_INTREKKING_ONTBREEKT: { soort: 'BAD_USER_INPUT', melding: 'Kies waarom het traject wordt ingetrokken.' },
  REDEN_INTREKKING_NIET_KIESBAAR: { soort: 'BAD_USER_INPUT', melding: 'Deze reden zet het portaal zelf bij het intrekken van het dossier.' },
});
