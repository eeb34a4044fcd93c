import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useAuth } from '../../../app/auth';
import type { VeldFout } from '../../../app/fouten';
import { foutAttributen, Veld } from '../../../app/Veld';

/** Choose an own password: required first after a one-time password (a new account, a beheerder's reset), open to everybody any time. */
export function WachtwoordPage() {
  const { principal, wijzigWachtwoord } = useAuth();
  const navigate = useNavigate();
  const [huidig, setHuidig] = useState('');
  const [nieuw, setNieuw] = useState('');
  const [herhaal, setHerhaal] = useState('');
  const [fouten, setFouten] = useState<VeldFout[]>([]);
  const [klaar, setKlaar] = useState(false);
  const [bezig, setBezig] = useState(false);
  const verplicht = principal?.wachtwoordWijzigen ?? false;
  const van = (veld: string) => fouten.filter((f) => f.veld === veld);

  const verstuur = async (event: FormEvent) => {
    event.preventDefault();
    setKlaar(false);
    if (nieuw !== herhaal) {
      setFouten([{ veld: 'herhaal', melding: 'De twee nieuwe wachtwoorden zijn niet gelijk.' }]);
      return;
    }
    setBezig(true);
    const resultaat = await wijzigWachtwoord(huidig, nieuw);
    setBezig(false);
    setFouten(resultaat ?? []);
    if (resultaat) return;
    setHuidig('');
    setNieuw('');
    setHerhaal('');
    if (verplicht) navigate('/', { replace: true });
    else setKlaar(true);
  };

  return (
    <>
      <h1>Wachtwoord wijzigen</h1>
      {verplicht && (
        <p className="melding melding--fout" role="alert">
          U bent ingelogd met een eenmalig wachtwoord van een beheerder. Kies eerst een eigen wachtwoord; daarna kunt u verder.
        </p>
      )}
      <p>Kies minstens 12 tekens. Een zin van een paar woorden is sterk en goed te onthouden. Veelgebruikte wachtwoorden, herhalingen (aaaa…) en de naam uit uw e-mailadres worden geweigerd. Uw andere sessies worden daarna beëindigd.</p>
      {klaar && <p className="melding melding--succes" role="status">Uw wachtwoord is gewijzigd.</p>}
      {van('').map((f, i) => <p key={i} className="melding melding--fout" role="alert">{f.melding}</p>)}
      <form onSubmit={verstuur} noValidate aria-label="Wachtwoord wijzigen">
        <Veld id="huidig" label="Huidig wachtwoord" fouten={van('huidig')}>
          <input id="huidig" type="password" autoComplete="current-password" value={huidig} onChange={(e) => setHuidig(e.target.value)} {...foutAttributen('huidig', van('huidig'))} />
        </Veld>
        <Veld id="nieuw" label="Nieuw wachtwoord" fouten={van('nieuw')}>
          <input id="nieuw" type="password" autoComplete="new-password" value={nieuw} onChange={(e) => setNieuw(e.target.value)} {...foutAttributen('nieuw', van('nieuw'))} />
        </Veld>
        <Veld id="herhaal" label="Nieuw wachtwoord nogmaals" fouten={van('herhaal')}>
          <input id="herhaal" type="password" autoComplete="new-password" value={herhaal} onChange={(e) => setHerhaal(e.target.value)} {...foutAttributen('herhaal', van('herhaal'))} />
        </Veld>
        <button type="submit" className="knop utrecht-button utrecht-button--primary-action" disabled={bezig}>{bezig ? 'Bezig…' : 'Wachtwoord opslaan'}</button>
      </form>
    </>
  );
}
