import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { PortalContext } from '../../../graphql/context.js';
import { AanbiederOverzichtService } from '../aanbieder-overzicht.service.js';
import { AanbiederMetTrajecten, AanbiederOverzicht } from '../dto/aanbieder-overzicht.gemeente.type.js';

@Authorized()
@Resolver()
export class AanbiederOverzichtGemeenteResolver {
  @Query(() => [AanbiederOverzicht], { description: 'De aanbieders waarmee uw gemeente een contract heeft (gehad), op naam, met deelnemers, uren, verzuim en tijdigheid van de meldingen.' })
  aanbieders(@Ctx() { em, principal }: PortalContext) {
    return new AanbiederOverzichtService(em).lijst(principal);
  }

  @Query(() => AanbiederMetTrajecten, { description: 'Eén aanbieder met de trajecten van uw gemeente daar. NOT_FOUND (AANBIEDER_ONBEKEND) als uw gemeente geen contract met deze aanbieder heeft.' })
  aanbieder(@Arg('id', () => ID, { description: 'Id van de aanbieder.' }) id: string, @Ctx() { em, principal }: PortalContext) {
    return new AanbiederOverzichtService(em).aanbieder(principal, id);
  }
}
