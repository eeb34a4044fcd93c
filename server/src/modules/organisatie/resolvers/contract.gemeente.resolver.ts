import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { PortalContext } from '../../../graphql/context.js';
import { ContractService } from '../contract.service.js';
import { ContractVoorGemeente } from '../dto/contract.gemeente.type.js';

@Authorized()
@Resolver()
export class ContractGemeenteResolver {
  @Query(() => [ContractVoorGemeente], { description: 'De contracten van uw gemeente met aanbieders, nieuwste eerst.' })
  contracten(@Ctx() { em, principal }: PortalContext) {
    return new ContractService(em).lijst(principal);
  }
}
