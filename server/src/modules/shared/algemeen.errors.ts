import type { FoutDefinitie } from './domain-error.js';

/**
 * Codes several modules share with one meaning (a date that is no date is DATUM_ONGELDIG everywhere). A module's
 * enum takes one over by reference (`DATUM_ONGELDIG = AlgemeneFout.DATUM_ONGELDIG`), so its category and default
 * message stay decided here. domain-error.ts registers these first (tsc inlines an enum reference, so a module's own
 * import of this file may vanish from the build; the catalogue must not depend on it).
 */
export enum AlgemeneFout {
  DATUM_ONGELDIG = 'DATUM_ONGELDIG',
  DATUM_BUITEN_BEREIK = 'DATUM_BUITEN_BEREIK',
  DATUM_IN_TOEKOMST = 'DATUM_IN_TOEKOMST',
  PERIODE_OMGEKEERD = 'PERIODE_OMGEKEERD',
  UREN_ONGELDIG = 'UREN_ONGELDIG',
  VELD_VERPLICHT = 'VELD_VERPLICHT',
  TEKST_TE_LANG = 'TEKST_TE_LANG',
  TEKEN_ONGELDIG = 'TEKEN_ONGELDIG',
  CODE_ONBEKEND = 'CODE_ONBEKEND',
  PAGINA_ONGELDIG = 'PAGINA_ONGELDIG',
  CURSOR_ONGELDIG = 'CURSOR_ONGELDIG',
  DOSSIER_ONBEKEND = 'DOSSIER_ONBEKEND',
  TRAJECT_ONBEKEND = 'TRAJECT_ONBEKEND',
  AANBIEDER_ONBEKEND = 'AANBIEDER_ONBEKEND',
  CONTRACT_ONBEKEND = 'CONTRACT_ONBEKEND',
  /** A reason for not completing (a report) or for withdrawing (a traject) given with something completed. */
  REDEN_BIJ_AFGEROND = 'REDEN_BIJ_AFGEROND',
}

export const ALGEMENE_FOUTEN: Readonly<Record<AlgemeneFout, FoutDefinitie>> = {
  DATUM_ONGELDIG: { soort: 'BAD_USER_INPUT', melding: 'Dit is geen geldige datum; gebruik JJJJ-MM-DD.' },
  DATUM_BUITEN_BEREIK: { soort: 'BAD_USER_INPUT', melding: 'Deze datum ligt buiten het bereik dat het portaal aanneemt (01-01-1900 tot en met 31-12-2199).' },
  DATUM_IN_TOEKOMST: { soort: 'BAD_USER_INPUT', melding: 'Deze datum kan niet in de toekomst liggen.' },
  PERIODE_OMGEKEERD: { soort: 'BAD_USER_INPUT', melding: 'De einddatum ligt vóór de begindatum.' },
  UREN_ONGELDIG: { soort: 'BAD_USER_INPUT', melding: 'Dit is geen geldig aantal uren.' },
  VELD_VERPLICHT: { soort: 'BAD_USER_INPUT', melding: 'Vul dit veld in.' },
  TEKST_TE_LANG: { soort: 'BAD_USER_INPUT', melding: 'Deze tekst is te lang.' },
  TEKEN_ONGELDIG: { soort: 'BAD_USER_INPUT', melding: 'Deze tekst bevat een teken dat geen tekst is (een NUL-teken of een losse UTF-16-helft).' },
  CODE_ONBEKEND: { soort: 'BAD_USER_INPUT', melding: 'Dit is geen geldige waarde; kies uit de lijst.' },
  PAGINA_ONGELDIG: { soort: 'BAD_USER_INPUT', melding: 'Vraag een geldig aantal resultaten per pagina.' },
  CURSOR_ONGELDIG: { soort: 'BAD_USER_INPUT', melding: 'Deze cursor is ongeldig; begin opnieuw bij de eerste pagina.' },
  DOSSIER_ONBEKEND: { soort: 'NOT_FOUND', melding: 'Dit dossier bestaat niet of hoort niet bij uw gemeente.' },
  TRAJECT_ONBEKEND: { soort: 'NOT_FOUND', melding: 'Dit traject bestaat niet of is niet aan uw organisatie toegewezen.' },
  AANBIEDER_ONBEKEND: { soort: 'NOT_FOUND', melding: 'Deze aanbieder staat niet in het portaal.' },
  CONTRACT_ONBEKEND: { soort: 'NOT_FOUND', melding: 'Dit contract bestaat niet bij uw gemeente.' },
  REDEN_BIJ_AFGEROND: { soort: 'BAD_USER_INPUT', melding: 'Bij iets dat is afgerond hoort geen reden voor niet afronden of intrekken.' },
};
