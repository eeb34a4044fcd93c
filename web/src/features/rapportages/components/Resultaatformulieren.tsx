import type { Trajectsoort } from '../../../gql/aanbieder/graphql';
import { RESULTATEN_PER_TRAJECTSOORT, type Resultaatsoort } from '../resultaatsoorten';
import { ExamenresultaatForm } from './ExamenresultaatForm';
import { TaalschakelResultaatForm } from './TaalschakelResultaatForm';
import { ZRouteResultaatForm } from './ZRouteResultaatForm';

/** The result forms that fit this traject's soort. */
export function Resultaatformulieren({ traject }: { traject: { id: string; soort: Trajectsoort; geplandeStart: string } }) {
  const soorten: readonly Resultaatsoort[] = RESULTATEN_PER_TRAJECTSOORT[traject.soort];
  return (
    <>
      {soorten.includes('EXAMENRESULTAAT') && <ExamenresultaatForm trajectId={traject.id} />}
      {soorten.includes('TAALSCHAKEL_RESULTAAT') && <TaalschakelResultaatForm trajectId={traject.id} geplandeStart={traject.geplandeStart} />}
      {soorten.includes('Z_ROUTE_RESULTAAT') && <ZRouteResultaatForm trajectId={traject.id} geplandeStart={traject.geplandeStart} />}
    </>
  );
}
