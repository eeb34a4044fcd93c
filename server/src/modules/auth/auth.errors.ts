import { foutcatalogus } from '../shared/domain-error.js';

/** Domain codes of logging in and of who may call what (the /auth routes, the GraphQL guards, vereis.ts). */
export enum AuthFout {
  INLOG_ONVOLLEDIG = 'INLOG_ONVOLLEDIG',
  INLOG_ONJUIST = 'INLOG_ONJUIST',
  INLOG_TE_VAAK = 'INLOG_TE_VAAK',
  NIET_INGELOGD = 'UNAUTHENTICATED',
  WACHTWOORD_WIJZIGEN = 'WACHTWOORD_WIJZIGEN',
  ROL_ONTBREEKT = 'ROL_ONTBREEKT',
  ALLEEN_AANBIEDER = 'ALLEEN_AANBIEDER',
  ALLEEN_GEMEENTE = 'ALLEEN_GEMEENTE',
  BEHEER_VEREIST = 'BEHEER_VEREIST',
}

foutcatalogus('auth', AuthFout, {
  INLOG_ONVOLLEDIG: { soort: 'BAD_USER_INPUT', melding: 'Vul uw e-mailadres en wachtwoord in.', route: 'POST /auth/login' },
  // Deliberately the same answer for an unknown address and a wrong password.
  INLOG_ONJUIST: { soort: 'UNAUTHENTICATED', melding: 'Deze combinatie van e-mailadres en wachtwoord kennen we niet.', route: 'POST /auth/login' },
  // The same for a known and an unknown address (inlog-drempel.ts); the exact wait is in Retry-After.
  INLOG_TE_VAAK: { soort: 'TOO_MANY_REQUESTS', melding: 'Te veel mislukte pogingen om in te loggen. Probeer het later opnieuw.', route: 'POST /auth/login, with Retry-After' },
  UNAUTHENTICATED: { soort: 'UNAUTHENTICATED', melding: 'U bent niet ingelogd.', route: 'GET /auth/me, POST /auth/wachtwoord, /graphql/*' },
  WACHTWOORD_WIJZIGEN: { soort: 'FORBIDDEN', melding: 'Kies eerst een eigen wachtwoord (POST /auth/wachtwoord).', route: '/graphql/*' },
  ROL_ONTBREEKT: { soort: 'FORBIDDEN', melding: 'Uw rol geeft geen toegang tot deze handeling.' },
  ALLEEN_AANBIEDER: { soort: 'FORBIDDEN', melding: 'Dit kan alleen een aanbieder.' },
  ALLEEN_GEMEENTE: { soort: 'FORBIDDEN', melding: 'Dit kan alleen een medewerker van een gemeente.' },
  BEHEER_VEREIST: { soort: 'FORBIDDEN', melding: 'Alleen een gebruiker met de rol BEHEER kan gebruikers en contracten beheren.' },
});

/** Domain codes of replacing one's own password (POST /auth/wachtwoord). */
export enum EigenWachtwoordFout {
  ALLEEN_GEBRUIKER = 'ALLEEN_GEBRUIKER',
  WACHTWOORD_ONJUIST = 'WACHTWOORD_ONJUIST',
  WACHTWOORD_TE_KORT = 'WACHTWOORD_TE_KORT',
  WACHTWOORD_TE_LANG = 'WACHTWOORD_TE_LANG',
  WACHTWOORD_ONGEWIJZIGD = 'WACHTWOORD_ONGEWIJZIGD',
  WACHTWOORD_VEELGEBRUIKT = 'WACHTWOORD_VEELGEBRUIKT',
  WACHTWOORD_VOORSPELBAAR = 'WACHTWOORD_VOORSPELBAAR',
  WACHTWOORD_BEVAT_EMAILNAAM = 'WACHTWOORD_BEVAT_EMAILNAAM',
  WACHTWOORD_GEEN_TEKST = 'WACHTWOORD_GEEN_TEKST',
}

const WACHTWOORD = 'POST /auth/wachtwoord';
foutcatalogus('auth', EigenWachtwoordFout, {
  ALLEEN_GEBRUIKER: { soort: 'FORBIDDEN', melding: 'Alleen een ingelogde gebruiker heeft een wachtwoord; een API-token niet.', route: WACHTWOORD },
  WACHTWOORD_ONJUIST: { soort: 'BAD_USER_INPUT', melding: 'Dit is niet uw huidige wachtwoord.', route: WACHTWOORD },
  WACHTWOORD_TE_KORT: { soort: 'BAD_USER_INPUT', melding: 'Kies een langer wachtwoord; een zin van een paar woorden is sterk en goed te onthouden.', route: WACHTWOORD },
  WACHTWOORD_TE_LANG: { soort: 'BAD_USER_INPUT', melding: 'Kies een korter wachtwoord.', route: WACHTWOORD },
  WACHTWOORD_ONGEWIJZIGD: { soort: 'BAD_USER_INPUT', melding: 'Kies een ander wachtwoord dan het huidige.', route: WACHTWOORD },
  WACHTWOORD_VEELGEBRUIKT: { soort: 'BAD_USER_INPUT', melding: 'Dit wachtwoord (of de kern ervan) staat op een lijst van veelgebruikte of uitgelekte wachtwoorden. Kies iets dat alleen u bedenkt, bijvoorbeeld een zin van een paar woorden.', route: WACHTWOORD },
  WACHTWOORD_VOORSPELBAAR: { soort: 'BAD_USER_INPUT', melding: 'Dit wachtwoord is een herhaling of een reeks (zoals aaaa… of abcd…). Kies bijvoorbeeld een zin van een paar woorden.', route: WACHTWOORD },
  WACHTWOORD_BEVAT_EMAILNAAM: { soort: 'BAD_USER_INPUT', melding: 'Gebruik de naam uit uw e-mailadres niet in uw wachtwoord.', route: WACHTWOORD },
  WACHTWOORD_GEEN_TEKST: { soort: 'BAD_USER_INPUT', melding: 'Een wachtwoord is tekst; stuur huidig en nieuw als tekst (een JSON-string).', route: WACHTWOORD },
});

/** Domain codes of an aanbieder's API tokens for its own systems. */
export enum ApiTokenFout {
  NAAM_ONGELDIG = 'API_TOKEN_NAAM_ONGELDIG',
  ROL_ONGELDIG = 'API_TOKEN_ROL_ONGELDIG',
  ONBEKEND = 'API_TOKEN_ONBEKEND',
}

foutcatalogus('auth', ApiTokenFout, {
  API_TOKEN_NAAM_ONGELDIG: { soort: 'BAD_USER_INPUT', melding: 'Geef het token een naam van 1 tot 100 tekens, bijvoorbeeld de naam van uw systeem.' },
  API_TOKEN_ROL_ONGELDIG: { soort: 'BAD_USER_INPUT', melding: 'Een API-token krijgt RAADPLEGEN en/of MUTEREN; BEHEER kan alleen een persoon hebben.' },
  API_TOKEN_ONBEKEND: { soort: 'NOT_FOUND', melding: 'Dit API-token bestaat niet bij uw organisatie.' },
});
