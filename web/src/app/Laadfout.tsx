import { foutMelding } from './fouten';

/**
 * For the lists a page needs besides its main data (choices, codes): without this a failed list would leave an
 * empty select and nobody would know why.
 */
export function Laadfout({ error, wat }: { error: unknown; wat: string }) {
  if (!error) return null;
  return <p className="melding melding--fout" role="alert">{wat} kon niet worden geladen. {foutMelding(error)}</p>;
}
