import { Gebruikers } from '../components/Gebruikers';
import { GEBRUIKERS, MAAK_GEBRUIKER, RESET_WACHTWOORD, WIJZIG_ROLLEN, ZET_GEBRUIKER_ACTIEF } from '../queries.aanbieder';

/** BEHEER users of an aanbieder manage the people of their own organisation. */
export function AanbiederGebruikersPage() {
  return (
    <>
      <h1>Gebruikers</h1>
      <p>Wie van uw organisatie het portaal gebruikt, en met welke rollen. Raadplegen: lezen; muteren: ook melden; beheer: gebruikers en API-tokens.</p>
      <Gebruikers operaties={{ lijst: GEBRUIKERS, maak: MAAK_GEBRUIKER, wijzigRollen: WIJZIG_ROLLEN, zetActief: ZET_GEBRUIKER_ACTIEF, resetWachtwoord: RESET_WACHTWOORD }} />
    </>
  );
}
