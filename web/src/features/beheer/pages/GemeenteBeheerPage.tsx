import { Contracten } from '../components/Contracten';
import { Gebruikers } from '../components/Gebruikers';
import { GEBRUIKERS, MAAK_GEBRUIKER, RESET_WACHTWOORD, WIJZIG_ROLLEN, ZET_GEBRUIKER_ACTIEF } from '../queries.gemeente';

/** BEHEER of a gemeente: its users and roles, and its contracts with aanbieders, on one page. */
export function GemeenteBeheerPage() {
  return (
    <>
      <h1>Beheer</h1>
      <section aria-labelledby="beheer-gebruikers">
        <h2 id="beheer-gebruikers">Gebruikers</h2>
        <Gebruikers operaties={{ lijst: GEBRUIKERS, maak: MAAK_GEBRUIKER, wijzigRollen: WIJZIG_ROLLEN, zetActief: ZET_GEBRUIKER_ACTIEF, resetWachtwoord: RESET_WACHTWOORD }} />
      </section>
      <section aria-labelledby="beheer-contracten">
        <h2 id="beheer-contracten">Contracten</h2>
        <Contracten />
      </section>
    </>
  );
}
