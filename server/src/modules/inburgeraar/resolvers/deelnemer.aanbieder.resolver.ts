import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Trajectsoort } from '../../../graphql/common.types.js';
import { naarConnection } from '../../../graphql/connection.js';
import type { PortalContext } from '../../../graphql/context.js';
import { DeelnemerService } from '../deelnemer.service.js';
import { DeelnemerConnection, DeelnemerTrajectVoorAanbieder } from '../dto/deelnemer.aanbieder.type.js';

@Authorized()
@Resolver()
export class DeelnemerAanbiederResolver {
  @Query(() => DeelnemerConnection, { description: 'Uw deelnemers: personen met een lopend traject bij uw organisatie, op achternaam.' })
  async deelnemers(
    @Ctx() { em, principal }: PortalContext,
    @Arg('first', () => Int, { nullable: true, description: 'Aantal per pagina (1–100, standaard 25).' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor van de vorige pagina.' }) after?: string,
    @Arg('soort', () => Trajectsoort, { nullable: true, description: 'Alleen deelnemers met een traject van deze soort (en alleen die trajecten).' }) soort?: 'B1_ROUTE' | 'TAALSCHAKELTRAJECT' | 'ONDERWIJSROUTE' | 'Z_ROUTE' | 'Z_ROUTE_PARTICIPATIE' | 'MAP' | 'PVT',
    @Arg('gemeentecode', () => String, { nullable: true, description: 'Alleen deelnemers van deze gemeente (CBS-code, zie `gemeenten`).' }) gemeentecode?: string,
    @Arg('zoek', () => String, { nullable: true, description: 'Deel van de naam.' }) zoek?: string,
    @Arg('teDoen', () => Boolean, { nullable: true, description: 'Alleen deelnemers met iets te doen, en alleen die trajecten (zie `Traject.teDoen`).' }) teDoen?: boolean,
  ) {
    return naarConnection(await new DeelnemerService(em).lijst(principal, { first, after, zoek, soort, gemeentecode, teDoen }));
  }

  @Query(() => DeelnemerTrajectVoorAanbieder, { description: 'Eén van uw trajecten met deelnemer en aanwezigheid.' })
  traject(@Arg('id', () => ID, { description: 'Id van een traject dat aan uw organisatie is toegewezen; een ander traject geeft NOT_FOUND.' }) id: string, @Ctx() { em, principal }: PortalContext) {
    return new DeelnemerService(em).traject(principal, id);
  }
}
