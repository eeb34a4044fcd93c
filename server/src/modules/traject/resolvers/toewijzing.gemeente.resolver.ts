import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { PortalContext } from '../../../graphql/context.js';
import { BeeindigTrajectInput } from '../dto/beeindig-traject.input.js';
import { TrajectVoorGemeente } from '../dto/traject.gemeente.type.js';
import { WijsTrajectToeInput } from '../dto/wijs-traject-toe.input.js';
import { ToewijzingService } from '../toewijzing.service.js';
import type { Traject } from '../traject.entity.js';
import { trajectView } from '../traject.views.js';

@Authorized()
@Resolver()
export class ToewijzingGemeenteResolver {
  @Authorized('MUTEREN')
  @Mutation(() => TrajectVoorGemeente, { description: 'Wijs een traject toe aan een aanbieder. Vanaf dan ziet die aanbieder de persoon (naam en contact, nooit het BSN). Dezelfde toewijzing nog eens verandert niets (toewijzingResultaat ONGEWIJZIGD); een tweede lopend traject van dezelfde soort bij dezelfde aanbieder wordt geweigerd (TRAJECT_LOOPT_AL).' })
  async wijsTrajectToe(@Arg('input', () => WijsTrajectToeInput, { description: 'Het traject: dossier, contract, soort, planning en te besteden uren.' }) input: WijsTrajectToeInput, @Ctx() { em, principal }: PortalContext) {
    const { resultaat, traject } = await new ToewijzingService(em).wijsToe(principal, input);
    return { ...gemeenteView(traject), toewijzingResultaat: resultaat };
  }

  @Authorized('MUTEREN')
  @Mutation(() => TrajectVoorGemeente, { description: 'Beëindig een lopend traject: AFGEROND op een datum, of INGETROKKEN met een reden. Daarna loopt het niet meer: de aanbieder ziet het niet meer en een vervolgtraject kan worden toegewezen.' })
  async beeindigTraject(@Arg('input', () => BeeindigTrajectInput, { description: 'Het traject, hoe het eindigt en wanneer of waarom.' }) input: BeeindigTrajectInput, @Ctx() { em, principal }: PortalContext) {
    return gemeenteView(await new ToewijzingService(em).beeindig(principal, input));
  }
}

/** The traject with its hour totals (a traject that already ran has some); reports and attendance are on the dossier. */
function gemeenteView(traject: Traject) {
  return { ...trajectView(traject, []), rapportages: [] };
}
