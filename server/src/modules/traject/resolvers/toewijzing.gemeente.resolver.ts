import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { PortalContext } from '../../../graphql/context.js';
import { TrajectVoorGemeente } from '../dto/traject.gemeente.type.js';
import { WijsTrajectToeInput } from '../dto/wijs-traject-toe.input.js';
import { ToewijzingService } from '../toewijzing.service.js';
import { trajectView } from '../traject.views.js';

@Authorized()
@Resolver()
export class ToewijzingGemeenteResolver {
  @Authorized('MUTEREN')
  @Mutation(() => TrajectVoorGemeente, { description: 'Wijs een traject toe aan een aanbieder. Vanaf dan ziet die aanbieder de persoon (naam en contact, nooit het BSN).' })
  async wijsTrajectToe(@Arg('input', () => WijsTrajectToeInput, { description: 'Het traject: dossier, contract, soort, planning en te besteden uren.' }) input: WijsTrajectToeInput, @Ctx() { em, principal }: PortalContext) {
    return { ...trajectView(await new ToewijzingService(em).wijsToe(principal, input), new Map(), []), rapportages: [] };
  }
}
