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
    @Arg('inburgeraarId', () => ID, { description: 'Id van een dossier van uw gemeente.' }) inburgeraarId: string,
    @Arg('doelgroep', () => Doelgroep, { description: 'De nieuwe doelgroep (domain.md §2, 001 §1.4); gelijk aan de huidige verandert er niets.' }) doelgroep: DoelgroepCode,
    @Arg('begindatum', () => LocalDate, { description: 'Vanaf wanneer de nieuwe doelgroep geldt; na de begindatum van de huidige.' }) begindatum: string,
    @Ctx() { em, principal }: PortalContext,
  ) {
    return new DoelgroepService(em).wijzig(principal, inburgeraarId, doelgroep, begindatum);
  }
}
