import type { ReactNode } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import { Foutgrens } from './Foutgrens';
import { useAuth } from './auth';

export function Layout({ children }: { children: ReactNode }) {
  const { principal, logout } = useAuth();
  const { pathname } = useLocation();
  const uitloggen = () => logout();
  return (
    <>
      <a className="skiplink" href="#inhoud">Naar de inhoud</a>
      <header className="kop">
        <Link to="/" className="merk">Aanbiedersportaal Inburgering</Link>
        {principal && !principal.wachtwoordWijzigen && (
          <nav className="hoofdnav" aria-label="Hoofdmenu">
            {principal.soort === 'aanbieder' ? (
              <>
                <NavLink to="/aanbieder" end>Deelnemers</NavLink>
                <NavLink to="/aanbieder/groepsweek">Groepsweek</NavLink>
                <NavLink to="/aanbieder/csv">CSV uploaden</NavLink>
                {principal.rollen.includes('BEHEER') && <NavLink to="/aanbieder/api-tokens">API-tokens</NavLink>}
                {principal.rollen.includes('BEHEER') && <NavLink to="/aanbieder/gebruikers">Gebruikers</NavLink>}
              </>
            ) : (
              <>
                <NavLink to="/gemeente" end>Overzicht</NavLink>
                <NavLink to="/gemeente/dossiers">Dossiers</NavLink>
                <NavLink to="/gemeente/aanbieders">Aanbieders</NavLink>
                {principal.rollen.includes('BEHEER') && <NavLink to="/gemeente/beheer">Beheer</NavLink>}
              </>
            )}
          </nav>
        )}
        {principal && (
          <div className="wie">
            <span><strong>{principal.organisatieNaam}</strong> · <Link to="/wachtwoord" title="Wachtwoord wijzigen">{principal.naam}</Link></span>
            <button type="button" className="knop knop--secundair utrecht-button utrecht-button--secondary-action" onClick={uitloggen}>Uitloggen</button>
          </div>
        )}
      </header>
      <main id="inhoud" tabIndex={-1}><Foutgrens key={pathname}>{children}</Foutgrens></main>
    </>
  );
}
