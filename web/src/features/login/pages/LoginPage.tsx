import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useAuth } from '../../../app/auth';

export function LoginPage() {
  const { login, melding: sessieMelding } = useAuth();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [wachtwoord, setWachtwoord] = useState('');
  const [fout, setFout] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);

  const verstuur = async (event: FormEvent) => {
    event.preventDefault();
    setBezig(true);
    const melding = await login(email, wachtwoord);
    setBezig(false);
    setFout(melding);
    if (!melding) navigate('/', { replace: true });
  };

  return (
    <main id="inhoud" className="inloggen">
      <h1>Inloggen</h1>
      <p>Aanbiedersportaal Inburgering: voor gemeenten en hun taal-, MAP- en PVT-aanbieders.</p>
      <form onSubmit={verstuur} noValidate>
        {(fout ?? sessieMelding) && <p className="melding melding--fout" role="alert">{fout ?? sessieMelding}</p>}
        <div className="veld">
          <label htmlFor="email">E-mailadres</label>
          <input id="email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
        </div>
        <div className="veld">
          <label htmlFor="wachtwoord">Wachtwoord</label>
          <input id="wachtwoord" type="password" autoComplete="current-password" value={wachtwoord} onChange={(e) => setWachtwoord(e.target.value)} required />
        </div>
        <button type="submit" className="knop utrecht-button utrecht-button--primary-action" disabled={bezig}>{bezig ? 'Bezig met inloggen…' : 'Inloggen'}</button>
      </form>
    </main>
  );
}
