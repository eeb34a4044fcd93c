import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Doelgroep } from '../../../graphql/code-enums.js';
import type { PortalContext } from '../../../graphql/context.js';
import { LocalDate } from '../../../graphql/scalars.js';
import type { Doelgroep as DoelgroepCode } from '../dossier.codes.js';
import { DoelgroepService } from '../doelgroep.service.js';
import { Doelgroepperiode } from '../dto/inburgeraar.gemeente.type.js';

@Authorized()
@Resolver()
export class DoelgroepGemeenteResolver {
  @Authorized('MUTEREN')
  @Mutation(() => Doelgroepperiode, { description: 'Leg een nieuwe doelgroep vast vanaf een datum; de vorige periode sluit de dag ervoor en blijft in de historie.' })
  wijzigDoelgroep(
    @Arg('inburgeraarId', () => ID) inburgeraarId: string,
    @Arg('doelgroep', () => Doelgroep) doelgroep: DoelgroepCode,
    @Arg('begindatum', () => LocalDate) begindatum: string,
    @Ctx() { em, principal }: PortalContext,
  ) {
    return new DoelgroepService(em).wijzig(principal, inburgeraarId, doelgroep, begindatum);
  }
}
