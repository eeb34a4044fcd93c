import { AlgemeneFout } from '../shared/algemeen.errors.js';
import { foutcatalogus } from '../shared/domain-error.js';

/** Domain codes of the gemeente's dossiers (finding, guarding, registering, keeping up to date) and the aanbieder's view of its deelnemers. */
export enum DossierFout {
  DOSSIER_ONBEKEND = AlgemeneFout.DOSSIER_ONBEKEND,
  TRAJECT_ONBEKEND = AlgemeneFout.TRAJECT_ONBEKEND,
  AANBIEDER_ONBEKEND = AlgemeneFout.AANBIEDER_ONBEKEND,
  DATUM_ONGELDIG = AlgemeneFout.DATUM_ONGELDIG,
  DATUM_IN_TOEKOMST = AlgemeneFout.DATUM_IN_TOEKOMST,
  TEKST_TE_LANG = AlgemeneFout.TEKST_TE_LANG,
  /** The dossier was withdrawn or the person moved away: it may be read, no longer changed. */
  DOSSIER_GESLOTEN = 'DOSSIER_GESLOTEN',
  /** A withdrawn dossier's status cannot change again. */
  DOSSIER_INGETROKKEN = 'DOSSIER_INGETROKKEN',
  BSN_ONGELDIG = 'BSN_ONGELDIG',
  BSN_BESTAAT_AL = 'BSN_BESTAAT_AL',
  ZOEKTERM_TE_KORT = 'ZOEKTERM_TE_KORT',
  NAAM_ONGELDIG = 'NAAM_ONGELDIG',
  GEBOORTEDATUM_ONGELDIG = 'GEBOORTEDATUM_ONGELDIG',
  POSTCODE_ONGELDIG = 'POSTCODE_ONGELDIG',
  EMAIL_ONGELDIG = 'EMAIL_ONGELDIG',
  TELEFOON_ONGELDIG = 'TELEFOON_ONGELDIG',
  ONTZORGEN_OMGEKEERD = 'ONTZORGEN_OMGEKEERD',
  ONTZORGEN_ZONDER_START = 'ONTZORGEN_ZONDER_START',
  BEGELEIDING_ZONDER_RECHT = 'BEGELEIDING_ZONDER_RECHT',
  DOELGROEP_VOOR_HUIDIGE = 'DOELGROEP_VOOR_HUIDIGE',
  /** The end of the obligation lies before its start. */
  EINDE_VOOR_BEGIN_PLICHT = 'EINDE_VOOR_BEGIN_PLICHT',
  /** OVERLIJDEN is recorded with the date of death (registreerOverlijden), so that date is never missing. */
  EINDE_DOOR_OVERLIJDEN = 'EINDE_DOOR_OVERLIJDEN',
  OVERLIJDEN_VOOR_GEBOORTE = 'OVERLIJDEN_VOOR_GEBOORTE',
}

foutcatalogus('inburgeraar', DossierFout, {
  DOSSIER_GESLOTEN: { soort: 'CONFLICT', melding: 'Dit dossier is ingetrokken of de inburgeraar is verhuisd: u kunt het nog inzien, maar niet meer wijzigen.' },
  DOSSIER_INGETROKKEN: { soort: 'CONFLICT', melding: 'Een ingetrokken dossier blijft ingetrokken; registreer de persoon zo nodig opnieuw bij de juiste gemeente.' },
  BSN_ONGELDIG: { soort: 'BAD_USER_INPUT', melding: 'Dit is geen geldig BSN: 9 cijfers die aan de elfproef voldoen.' },
  BSN_BESTAAT_AL: { soort: 'CONFLICT', melding: 'Er is al een dossier met dit BSN in het portaal. Neem contact op met de beheerder voor een overdracht.' },
  ZOEKTERM_TE_KORT: { soort: 'BAD_USER_INPUT', melding: 'Typ minstens twee letters van de naam, of een volledig BSN.' },
  NAAM_ONGELDIG: { soort: 'BAD_USER_INPUT', melding: 'Vul een naam in van 1 tot 200 tekens.' },
  GEBOORTEDATUM_ONGELDIG: { soort: 'BAD_USER_INPUT', melding: 'Vul een geldige geboortedatum in die niet in de toekomst ligt.' },
  POSTCODE_ONGELDIG: { soort: 'BAD_USER_INPUT', melding: 'Een postcode is vier cijfers en twee letters, bijvoorbeeld 3511AB.' },
  EMAIL_ONGELDIG: { soort: 'BAD_USER_INPUT', melding: 'Dit is geen geldig e-mailadres.' },
  TELEFOON_ONGELDIG: { soort: 'BAD_USER_INPUT', melding: 'Een telefoonnummer bestaat uit cijfers (eventueel met +, spaties of streepjes), 8 tot 18 tekens.' },
  ONTZORGEN_OMGEKEERD: { soort: 'BAD_USER_INPUT', melding: 'Het einde van ontzorgen ligt vóór de start.' },
  ONTZORGEN_ZONDER_START: { soort: 'BAD_USER_INPUT', melding: 'Vul de start van ontzorgen in bij een einde.' },
  BEGELEIDING_ZONDER_RECHT: { soort: 'BAD_USER_INPUT', melding: 'Maatschappelijke begeleiding kan alleen starten bij recht erop.' },
  DOELGROEP_VOOR_HUIDIGE: { soort: 'BAD_USER_INPUT', melding: 'Een nieuwe doelgroep begint na de huidige.' },
  EINDE_VOOR_BEGIN_PLICHT: { soort: 'BAD_USER_INPUT', melding: 'Het einde van de inburgeringsplicht ligt vóór de start ervan.' },
  EINDE_DOOR_OVERLIJDEN: { soort: 'BAD_USER_INPUT', melding: 'Registreer een overlijden met de datum van overlijden; de inburgeringsplicht eindigt dan vanzelf.' },
  OVERLIJDEN_VOOR_GEBOORTE: { soort: 'BAD_USER_INPUT', melding: 'De datum van overlijden ligt vóór de geboortedatum.' },
});
