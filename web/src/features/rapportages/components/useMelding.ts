import { useState } from 'react';
import { foutMelding, veldFouten, type VeldFout } from '../../../app/fouten';
import { RESULTAAT_TEKST } from '../../../app/resultaat-tekst';


/** The state every report form shares: errors per field, a general error, and the confirmation. */
export function useMelding() {
  const [fouten, setFouten] = useState<VeldFout[]>([]);
  const [algemeen, setAlgemeen] = useState<string | null>(null);
  const [bevestiging, setBevestiging] = useState<string | null>(null);
  return {
    fouten, algemeen, bevestiging,
    foutBij: (veld: string) => fouten.filter((f) => f.veld === veld),
    async verstuur(actie: () => Promise<keyof typeof RESULTAAT_TEKST | undefined>) {
      setFouten([]);
      setAlgemeen(null);
      setBevestiging(null);
      try {
        const resultaat = await actie();
        if (resultaat) setBevestiging(RESULTAAT_TEKST[resultaat]);
      } catch (error) {
        const perVeld = veldFouten(error);
        if (perVeld.some((f) => f.veld !== 'input' && f.veld !== '')) setFouten(perVeld);
        else setAlgemeen(perVeld.map((f) => f.melding).join(' ') || foutMelding(error));
      }
    },
  };
}
