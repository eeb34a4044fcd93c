import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { PortalContext } from '../../../graphql/context.js';
import { PipInput, PipVersieVoorGemeente } from '../dto/pip.gemeente.type.js';
import { PipService } from '../pip.service.js';

@Authorized()
@Resolver()
export class PipGemeenteResolver {
  @Authorized('MUTEREN')
  @Mutation(() => PipVersieVoorGemeente, { description: 'Stel het PIP vast of wijzig het (nieuwe versie). Regels: DUO "Het aanleveren van een PIP" en 001 §3.4.4.' })
  stelPipVast(@Arg('inburgeraarId', () => ID) inburgeraarId: string, @Arg('input', () => PipInput) input: PipInput, @Ctx() { em, principal }: PortalContext) {
    return new PipService(em).stelVast(principal, inburgeraarId, input);
  }
}
