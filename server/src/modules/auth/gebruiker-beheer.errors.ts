import { foutcatalogus } from '../shared/domain-error.js';

/** Domain codes of managing the users and roles of one's own organisation. */
export enum GebruikerBeheerFout {
  NAAM_ONGELDIG = 'GEBRUIKER_NAAM_ONGELDIG',
  EMAIL_ONGELDIG = 'GEBRUIKER_EMAIL_ONGELDIG',
  EMAIL_BESTAAT_AL = 'GEBRUIKER_EMAIL_BESTAAT_AL',
  ROLLEN_ONTBREKEN = 'GEBRUIKER_ROLLEN_ONTBREKEN',
  ROL_ONBEKEND = 'GEBRUIKER_ROL_ONBEKEND',
  ONBEKEND = 'GEBRUIKER_ONBEKEND',
  EIGEN_BEHEER_BLIJFT = 'EIGEN_BEHEER_BLIJFT',
  ZICHZELF_DEACTIVEREN = 'ZICHZELF_DEACTIVEREN',
  ZICHZELF_RESETTEN = 'ZICHZELF_RESETTEN',
}

foutcatalogus('auth', GebruikerBeheerFout, {
  GEBRUIKER_NAAM_ONGELDIG: { soort: 'BAD_USER_INPUT', melding: 'Geef een naam van 1 tot 100 tekens.' },
  GEBRUIKER_EMAIL_ONGELDIG: { soort: 'BAD_USER_INPUT', melding: 'Geef een geldig e-mailadres, zoals naam@organisatie.nl.' },
  GEBRUIKER_EMAIL_BESTAAT_AL: { soort: 'CONFLICT', melding: 'Er is in het portaal al een gebruiker met dit e-mailadres.' },
  GEBRUIKER_ROLLEN_ONTBREKEN: { soort: 'BAD_USER_INPUT', melding: 'Kies minstens één rol.' },
  GEBRUIKER_ROL_ONBEKEND: { soort: 'BAD_USER_INPUT', melding: 'Kies rollen uit RAADPLEGEN, MUTEREN en BEHEER.' },
  GEBRUIKER_ONBEKEND: { soort: 'NOT_FOUND', melding: 'Deze gebruiker bestaat niet bij uw organisatie.' },
  EIGEN_BEHEER_BLIJFT: { soort: 'BAD_USER_INPUT', melding: 'U kunt uw eigen rol BEHEER niet intrekken; laat een andere beheerder dat doen.' },
  ZICHZELF_DEACTIVEREN: { soort: 'BAD_USER_INPUT', melding: 'U kunt uzelf niet deactiveren; laat een andere beheerder dat doen.' },
  ZICHZELF_RESETTEN: { soort: 'BAD_USER_INPUT', melding: 'Uw eigen wachtwoord reset u niet hier; wijzig het via Wachtwoord wijzigen.' },
});
