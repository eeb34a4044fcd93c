import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { PortalContext } from '../../../graphql/context.js';
import { Rol } from '../../../graphql/common.types.js';
import { ApiTokenService } from '../api-token.service.js';
import { ApiToken, NieuwApiToken } from '../dto/api-token.type.js';
import type { Rol as RolCode } from '../rol.js';

@Authorized('BEHEER')
@Resolver()
export class ApiTokenAanbiederResolver {
  @Query(() => [ApiToken], { description: 'De API-tokens van uw organisatie (ook ingetrokken). Alleen voor BEHEER.' })
  apiTokens(@Ctx() { em, principal }: PortalContext) {
    return new ApiTokenService(em).lijst(principal);
  }

  @Mutation(() => NieuwApiToken, { description: 'Maak een API-token voor een eigen systeem. Alleen voor BEHEER.' })
  maakApiToken(
    @Arg('naam', () => String, { description: 'Naam van het token (1 tot 100 tekens), bijvoorbeeld de naam van uw systeem.' }) naam: string,
    @Arg('rollen', () => [Rol], { description: 'RAADPLEGEN en/of MUTEREN; BEHEER kan alleen een persoon hebben.' }) rollen: RolCode[],
    @Ctx() { em, principal }: PortalContext,
  ) {
    return new ApiTokenService(em).maak(principal, naam, rollen);
  }

  @Mutation(() => ApiToken, { description: 'Trek een API-token in; het werkt daarna direct niet meer. Alleen voor BEHEER.' })
  trekApiTokenIn(@Arg('id', () => ID, { description: 'Id van een API-token van uw organisatie.' }) id: string, @Ctx() { em, principal }: PortalContext) {
    return new ApiTokenService(em).trekIn(principal, id);
  }
}
