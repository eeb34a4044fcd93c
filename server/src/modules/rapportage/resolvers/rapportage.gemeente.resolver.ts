import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { PortalContext } from '../../../graphql/context.js';
import { RapportageUnion } from '../dto/rapportage.types.js';
import { RapportageService } from '../rapportage.service.js';
import { rapportageView } from '../rapportage.view.js';

@Authorized()
@Resolver()
export class RapportageGemeenteResolver {
  @Query(() => [RapportageUnion], { description: 'De meldingen van aanbieders over de trajecten van een dossier, met alle versies (historie).' })
  async rapportages(
    @Arg('trajectIds', () => [ID], { description: 'Trajecten van uw gemeente.' }) trajectIds: string[],
    @Ctx() { em, principal }: PortalContext,
  ) {
    return (await new RapportageService(em).lijst(principal, trajectIds, true)).map(rapportageView);
  }

  @Authorized('MUTEREN')
  @Mutation(() => RapportageUnion, { description: 'Heropen een definitieve melding: de aanbieder kan hem dan twee weken corrigeren.' })
  async heropenRapportage(@Arg('id', () => ID, { description: 'Id van de actuele versie.' }) id: string, @Ctx() { em, principal }: PortalContext) {
    return rapportageView(await new RapportageService(em).heropen(principal, id));
  }
}
