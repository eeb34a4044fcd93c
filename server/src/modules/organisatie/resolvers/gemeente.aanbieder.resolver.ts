import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { PortalContext } from '../../../graphql/context.js';
import { ContractService } from '../contract.service.js';
import { GemeenteVoorAanbieder } from '../dto/gemeente.aanbieder.type.js';

@Authorized()
@Resolver()
export class GemeenteAanbiederResolver {
  @Query(() => [GemeenteVoorAanbieder], { description: 'De gemeenten waarvoor uw organisatie vandaag een lopend contract heeft.' })
  gemeenten(@Ctx() { em, principal }: PortalContext) {
    return new ContractService(em).gemeentenVanAanbieder(principal);
  }
}
