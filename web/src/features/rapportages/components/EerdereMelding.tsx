import { useQuery } from '@apollo/client/react';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { formatDatum, vandaagInNederland } from '../../../app/formaat';
import { RAPPORTAGES } from '../queries.aanbieder';

type Rapportage = ResultOf<typeof RAPPORTAGES>['rapportages'][number];

/** The current version of one report on this traject, if any: the form says what saving will do to it. */
export function useHuidigeMelding(trajectId: string, past: (r: Rapportage) => boolean): Rapportage | undefined {
  const { data } = useQuery(RAPPORTAGES, { variables: { trajectId } });
  return data?.rapportages.find((r) => !r.vervangenOp && past(r));
}

/** The server's versioning rule, shown before saving: a second report is a correction, and after two weeks only the gemeente can reopen it. */
export function EerdereMelding({ melding, wat }: { melding: Rapportage | undefined; wat: string }) {
  if (!melding) return <p className="hint">Nog geen {wat} gemeld; opslaan maakt versie 1.</p>;
  const definitief = melding.definitiefVanaf <= vandaagInNederland();
  return (
    <p className="hint" role="status">
      Er is al {wat} gemeld (versie {melding.versie}, ingediend {formatDatum(melding.ingediendOp)}).{' '}
      {definitief
        ? `Die is definitief sinds ${formatDatum(melding.definitiefVanaf)}: alleen de gemeente kan hem heropenen.`
        : `Opslaan met andere gegevens is een correctie (versie ${melding.versie + 1}); de vorige versie blijft bewaard. Corrigeren kan tot ${formatDatum(melding.definitiefVanaf)}.`}
    </p>
  );
}
