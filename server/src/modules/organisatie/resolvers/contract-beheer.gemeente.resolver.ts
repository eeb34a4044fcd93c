import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { PortalContext } from '../../../graphql/context.js';
import { LocalDate } from '../../../graphql/scalars.js';
import { ContractBeheerService } from '../contract-beheer.service.js';
import { AanbiederVoorGemeente } from '../dto/aanbieder.gemeente.type.js';
import { ContractVoorGemeente } from '../dto/contract.gemeente.type.js';
import { SluitContractInput } from '../dto/sluit-contract.input.js';

@Authorized('BEHEER')
@Resolver()
export class ContractBeheerGemeenteResolver {
  @Query(() => [AanbiederVoorGemeente], { description: 'De aanbieders in het portaal, op naam, om een contract mee te sluiten. Alleen voor BEHEER.' })
  aanbiedersInPortaal(@Ctx() { em, principal }: PortalContext) {
    return new ContractBeheerService(em).aanbieders(principal);
  }

  @Mutation(() => ContractVoorGemeente, { description: 'Sluit een contract met een aanbieder, met de datum van de verwerkersovereenkomst. Alleen voor BEHEER.' })
  sluitContract(@Arg('input', () => SluitContractInput, { description: 'Aanbieder, soorten traject, looptijd en verwerkersovereenkomst.' }) input: SluitContractInput, @Ctx() { em, principal }: PortalContext) {
    return new ContractBeheerService(em).sluit(principal, input);
  }

  @Mutation(() => ContractVoorGemeente, { description: 'Beëindig een contract van uw gemeente per een datum; niet vóór het geplande einde van een lopend traject eronder. Alleen voor BEHEER.' })
  beeindigContract(
    @Arg('contractId', () => ID, { description: 'Id van een contract van uw gemeente.' }) contractId: string,
    @Arg('einddatum', () => LocalDate, { description: 'Laatste dag van het contract.' }) einddatum: string,
    @Ctx() { em, principal }: PortalContext,
  ) {
    return new ContractBeheerService(em).beeindig(principal, contractId, einddatum);
  }
}
