import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { PortalContext } from '../../../graphql/context.js';
import { Inburgeringstermijn, PipInput, PipVersieVoorGemeente, TermijnverlengingInput } from '../dto/pip.gemeente.type.js';
import { inburgeringstermijn } from '../inburgeringstermijn.js';
import { TermijnService } from '../termijn.service.js';
import { PipService } from '../pip.service.js';

@Authorized()
@Resolver()
export class PipGemeenteResolver {
  @Authorized('MUTEREN')
  @Mutation(() => PipVersieVoorGemeente, { description: 'Stel het PIP vast of wijzig het (nieuwe versie). Regels: DUO "Het aanleveren van een PIP" en 001 §3.4.4.' })
  stelPipVast(@Arg('inburgeraarId', () => ID, { description: 'Id van een dossier van uw gemeente.' }) inburgeraarId: string, @Arg('input', () => PipInput, { description: 'Het PIP met de velden van de DUO PIP-API, plus het inburgeringsaanbod.' }) input: PipInput, @Ctx() { em, principal }: PortalContext) {
    return new PipService(em).stelVast(principal, inburgeraarId, input);
  }

  @Authorized('MUTEREN')
  @Mutation(() => Inburgeringstermijn, { description: 'Leg een verlenging van de inburgeringstermijn vast zoals DUO die besloot. De termijn wordt alleen langer.' })
  async registreerTermijnverlenging(
    @Arg('inburgeraarId', () => ID, { description: 'Id van een dossier van uw gemeente; er moet al een inburgeringstermijn lopen (eerste PIP).' }) inburgeraarId: string,
    @Arg('input', () => TermijnverlengingInput, { description: 'De verlenging zoals DUO die meldt (Inburgeringstermijn-API).' }) input: TermijnverlengingInput,
    @Ctx() { em, principal }: PortalContext,
  ) {
    await new TermijnService(em).verleng(principal, inburgeraarId, input);
    return inburgeringstermijn(em, inburgeraarId);
  }
}
