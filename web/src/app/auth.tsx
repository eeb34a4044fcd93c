import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { sessieSignaal, wisGegevens } from './apollo';

export interface Principal {
  soort: 'aanbieder' | 'gemeente';
  organisatieId: string;
  organisatieNaam: string;
  naam: string;
  rollen: string[];
  /** Made by a beheerder with a one-time password: must choose an own one before anything else. */
  wachtwoordWijzigen: boolean;
}

interface AuthState {
  principal: Principal | null;
  laden: boolean;
  /** Why the user is on the login page again, if not by choice (an expired session). */
  melding: string | null;
  login: (email: string, password: string) => Promise<string | null>;
  logout: () => Promise<void>;
  /** Null on success; otherwise the server's messages per field (`huidig`, `nieuw`). */
  wijzigWachtwoord: (huidig: string, nieuw: string) => Promise<{ veld: string; melding: string }[] | null>;
}

const AuthContext = createContext<AuthState | null>(null);

/** Who is logged in, from the session cookie (HttpOnly: the page never sees the token itself). */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [principal, setPrincipal] = useState<Principal | null>(null);
  const [laden, setLaden] = useState(true);
  const [melding, setMelding] = useState<string | null>(null);

  useEffect(() => {
    const verlopen = () => {
      setPrincipal(null);
      setMelding('Uw sessie is verlopen. Log opnieuw in.');
      void wisGegevens();
    };
    sessieSignaal.addEventListener('verlopen', verlopen);
    return () => sessieSignaal.removeEventListener('verlopen', verlopen);
  }, []);

  useEffect(() => {
    fetch('/auth/me', { credentials: 'same-origin' })
      .then((res) => (res.ok ? res.json() : { principal: null }))
      .then((body: { principal: Principal | null }) => setPrincipal(body.principal))
      .catch(() => setPrincipal(null))
      .finally(() => setLaden(false));
  }, []);

  /** Returns null on success, or the server's Dutch message. */
  const login = useCallback(async (email: string, password: string) => {
    try {
      const res = await fetch('/auth/login', {
        method: 'POST', credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      const body = await res.json();
      if (!res.ok) return (body?.errors?.[0]?.message as string | undefined) ?? 'Inloggen is niet gelukt.';
      setPrincipal(body.principal);
      setMelding(null);
      return null;
    } catch {
      return 'De server is niet bereikbaar. Probeer het later opnieuw.';
    }
  }, []);

  const wijzigWachtwoord = useCallback(async (huidig: string, nieuw: string) => {
    try {
      const res = await fetch('/auth/wachtwoord', {
        method: 'POST', credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ huidig, nieuw }),
      });
      const body = await res.json();
      if (res.status === 401) {
        sessieSignaal.dispatchEvent(new Event('verlopen'));
        return [{ veld: '', melding: 'Uw sessie is verlopen. Log opnieuw in.' }];
      }
      if (!res.ok) return (body?.errors?.[0]?.extensions?.fouten as { veld: string; melding: string }[] | undefined) ?? [{ veld: '', melding: 'Het wachtwoord is niet gewijzigd.' }];
      setPrincipal(body.principal);
      return null;
    } catch {
      return [{ veld: '', melding: 'De server is niet bereikbaar. Probeer het later opnieuw.' }];
    }
  }, []);

  const logout = useCallback(async () => {
    await fetch('/auth/logout', { method: 'POST', credentials: 'same-origin' }).catch(() => undefined);
    setPrincipal(null);
    await wisGegevens();
  }, []);

  return <AuthContext.Provider value={{ principal, laden, melding, login, logout, wijzigWachtwoord }}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}
