/** Confirmation or errors above a report form, announced to screen readers. */
export function Meldingstatus({ algemeen, aantalFouten, bevestiging }: { algemeen: string | null; aantalFouten: number; bevestiging: string | null }) {
  return (
    <>
      {algemeen && <p className="melding melding--fout" role="alert">{algemeen}</p>}
      {aantalFouten > 0 && <p className="melding melding--fout" role="alert">De melding is niet opgeslagen: {aantalFouten === 1 ? 'één veld vraagt' : `${aantalFouten} velden vragen`} aandacht.</p>}
      {bevestiging && <p className="melding melding--succes" role="status">{bevestiging}</p>}
    </>
  );
}
