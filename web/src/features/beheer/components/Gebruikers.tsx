import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Tabelvak } from '../../../app/Tabelvak';
import { Veld, foutAttributen } from '../../../app/Veld';
import { foutMelding, veldFouten, type VeldFout } from '../../../app/fouten';
import { formatDatum } from '../../../app/formaat';
import type { GEBRUIKERS, MAAK_GEBRUIKER, RESET_WACHTWOORD, WIJZIG_ROLLEN, ZET_GEBRUIKER_ACTIEF } from '../queries.gemeente';
import { ROL_LABEL, ROLLEN, type Rol } from '../rollen';

/** The five operations, from queries.gemeente.ts or queries.aanbieder.ts: both schemas answer them alike. */
export interface GebruikerOperaties {
  lijst: typeof GEBRUIKERS;
  maak: typeof MAAK_GEBRUIKER;
  wijzigRollen: typeof WIJZIG_ROLLEN;
  zetActief: typeof ZET_GEBRUIKER_ACTIEF;
  resetWachtwoord: typeof RESET_WACHTWOORD;
}

/** A one-time password on screen: of a new user, or of one whose password a beheerder reset. */
interface Getoond { naam: string; email: string; wachtwoord: string; reset: boolean }

/** Users of the own organisation: create (initial password shown once), roles per user, (de)activate, reset a password. */
export function Gebruikers({ operaties }: { operaties: GebruikerOperaties }) {
  const lijst = useQuery(operaties.lijst);
  const opnieuw = { refetchQueries: [{ query: operaties.lijst }], awaitRefetchQueries: true };
  const [maak, { loading: bezig }] = useMutation(operaties.maak, opnieuw);
  const [wijzigRollen] = useMutation(operaties.wijzigRollen);
  const [zetActief] = useMutation(operaties.zetActief);
  const [resetWachtwoord] = useMutation(operaties.resetWachtwoord);
  const [invoer, setInvoer] = useState({ naam: '', email: '', rollen: ['RAADPLEGEN'] as Rol[] });
  const [fouten, setFouten] = useState<VeldFout[]>([]);
  const [nieuw, setNieuw] = useState<Getoond | null>(null);
  const [tabelFout, setTabelFout] = useState<string | null>(null);
  const foutBij = (veld: string) => fouten.filter((f) => f.veld === veld);
  const algemeen = fouten.filter((f) => !['naam', 'email', 'rollen'].includes(f.veld));

  const maken = async (event: FormEvent) => {
    event.preventDefault();
    setFouten([]);
    setNieuw(null);
    try {
      const { data } = await maak({ variables: { input: invoer } });
      if (data) setNieuw({ naam: data.maakGebruiker.gebruiker.naam, email: data.maakGebruiker.gebruiker.email, wachtwoord: data.maakGebruiker.initieelWachtwoord, reset: false });
      setInvoer({ naam: '', email: '', rollen: ['RAADPLEGEN'] });
    } catch (error) {
      const perVeld = veldFouten(error);
      setFouten(perVeld.length ? perVeld : [{ veld: '', melding: foutMelding(error) }]);
    }
  };

  const handeling = async (actie: () => Promise<unknown>) => {
    setTabelFout(null);
    try {
      await actie();
    } catch (error) {
      setTabelFout(veldFouten(error).map((f) => f.melding).join(' ') || foutMelding(error));
    }
  };

  // Ends the user's sessions and their password at once, so asked first; the new one is shown like a new user's.
  const resetten = (g: { id: string; naam: string; email: string }) => handeling(async () => {
    if (!window.confirm(`Het wachtwoord van ${g.naam} resetten? Alle sessies van ${g.naam} worden beëindigd.`)) return;
    setNieuw(null);
    const { data } = await resetWachtwoord({ variables: { gebruikerId: g.id } });
    if (data) setNieuw({ naam: data.resetWachtwoord.gebruiker.naam, email: data.resetWachtwoord.gebruiker.email, wachtwoord: data.resetWachtwoord.eenmaligWachtwoord, reset: true });
  });

  return (
    <>
      <form className="formulier" onSubmit={maken} aria-labelledby="nieuwe-gebruiker" noValidate>
        <h3 id="nieuwe-gebruiker">Nieuwe gebruiker</h3>
        {algemeen.length > 0 && <p className="melding melding--fout" role="alert">{algemeen.map((f) => f.melding).join(' ')}</p>}
        <Veld id="gebruiker-naam" label="Naam" fouten={foutBij('naam')}>
          <input id="gebruiker-naam" value={invoer.naam} maxLength={100} onChange={(e) => setInvoer({ ...invoer, naam: e.target.value })} {...foutAttributen('gebruiker-naam', foutBij('naam'))} />
        </Veld>
        <Veld id="gebruiker-email" label="E-mailadres" fouten={foutBij('email')}>
          <input id="gebruiker-email" type="email" autoComplete="off" value={invoer.email} onChange={(e) => setInvoer({ ...invoer, email: e.target.value })} {...foutAttributen('gebruiker-email', foutBij('email'))} />
        </Veld>
        <fieldset className="keuzes" aria-describedby={foutBij('rollen').length ? 'gebruiker-rollen-fout' : undefined}>
          <legend>Rollen</legend>
          {ROLLEN.map((rol) => (
            <label key={rol}><input type="checkbox" checked={invoer.rollen.includes(rol)} onChange={() => setInvoer({ ...invoer, rollen: wissel(invoer.rollen, rol) })} /> {ROL_LABEL[rol]}</label>
          ))}
          {foutBij('rollen').length > 0 && <p id="gebruiker-rollen-fout" className="veld__fout">{foutBij('rollen').map((f) => f.melding).join(' ')}</p>}
        </fieldset>
        <button type="submit" className="knop utrecht-button utrecht-button--primary-action" disabled={bezig}>Gebruiker maken</button>
      </form>
      {nieuw && (
        <div className="melding melding--succes" role="status">
          <p>
            <strong>{nieuw.naam}</strong> ({nieuw.email}) kan inloggen met dit {nieuw.reset ? 'eenmalige' : 'eerste'} wachtwoord
            {nieuw.reset && ' en moet het daarna direct vervangen; alle sessies zijn beëindigd'}. Kopieer het nu: het wordt niet meer getoond.
          </p>
          <p><code className="token" aria-label={nieuw.reset ? 'Eenmalig wachtwoord' : 'Eerste wachtwoord'}>{nieuw.wachtwoord}</code></p>
        </div>
      )}
      <h3>Gebruikers van uw organisatie</h3>
      {tabelFout && <p className="melding melding--fout" role="alert">{tabelFout}</p>}
      {lijst.loading && !lijst.data && <p role="status">Gebruikers laden…</p>}
      {lijst.error && <p className="melding melding--fout" role="alert">{foutMelding(lijst.error)}</p>}
      {lijst.data && lijst.data.gebruikers.length === 0 && <p>Nog geen gebruikers.</p>}
      {lijst.data && lijst.data.gebruikers.length > 0 && (
        <Tabelvak>
          <table className="tabel utrecht-table">
            <caption className="sr-only">Gebruikers met hun rollen</caption>
            <thead><tr><th scope="col">Naam</th><th scope="col">E-mailadres</th><th scope="col">Rollen</th><th scope="col">Laatst ingelogd</th><th scope="col">Status</th><th scope="col"><span className="sr-only">Actie</span></th></tr></thead>
            <tbody>
              {lijst.data.gebruikers.map((g) => (
                <tr key={g.id}>
                  <td>{g.naam}{g.ikZelf && ' (u)'}</td>
                  <td>{g.email}</td>
                  <td>
                    {ROLLEN.map((rol) => (
                      <label key={rol} className="rolkeuze">
                        <input type="checkbox" checked={g.rollen.includes(rol)} disabled={g.ikZelf && rol === 'BEHEER'}
                          onChange={() => handeling(() => wijzigRollen({ variables: { gebruikerId: g.id, rollen: wissel(g.rollen, rol) } }))} />
                        {' '}{ROL_LABEL[rol]}<span className="sr-only"> voor {g.naam}</span>
                      </label>
                    ))}
                  </td>
                  <td>{g.laatsteLoginOp ? formatDatum(g.laatsteLoginOp) : 'nog nooit'}</td>
                  <td>{g.actief ? 'actief' : 'gedeactiveerd'}</td>
                  <td>
                    {!g.ikZelf && (
                      <>
                        <button type="button" className="knop knop--secundair utrecht-button utrecht-button--secondary-action"
                          onClick={() => handeling(() => zetActief({ variables: { gebruikerId: g.id, actief: !g.actief } }))}>
                          {g.actief ? 'Deactiveren' : 'Activeren'}<span className="sr-only"> {g.naam}</span>
                        </button>
                        {' '}
                        <button type="button" className="knop knop--secundair utrecht-button utrecht-button--secondary-action" onClick={() => resetten(g)}>
                          Wachtwoord resetten<span className="sr-only"> van {g.naam}</span>
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Tabelvak>
      )}
    </>
  );
}

function wissel<T>(lijst: readonly T[], waarde: T): T[] {
  return lijst.includes(waarde) ? lijst.filter((w) => w !== waarde) : [...lijst, waarde];
}
