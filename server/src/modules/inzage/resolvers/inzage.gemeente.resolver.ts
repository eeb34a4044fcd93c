import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { PortalContext } from '../../../graphql/context.js';
import { AvgInzageBestandVoorGemeente, InzageVoorGemeente } from '../dto/inzage.gemeente.type.js';
import { InzageService } from '../inzage.service.js';

@Authorized()
@Resolver()
export class InzageGemeenteResolver {
  @Query(() => [InzageVoorGemeente], { description: 'Wie de gegevens van deze persoon zag of wijzigde, nieuwste eerst (hoogstens 200 regels). Voor een inzageverzoek (AVG).' })
  inzages(@Arg('inburgeraarId', () => ID, { description: 'Id van het dossier.' }) inburgeraarId: string, @Ctx() { em, principal }: PortalContext) {
    return new InzageService(em).vanPersoon(principal, inburgeraarId);
  }

  @Query(() => AvgInzageBestandVoorGemeente, { description: 'Alle gegevens van deze persoon en het hele inzagelog, als JSON-bestand voor een inzageverzoek (artikel 15 AVG). Wordt zelf gelogd.' })
  avgInzageBestand(@Arg('inburgeraarId', () => ID, { description: 'Id van het dossier.' }) inburgeraarId: string, @Ctx() { em, principal }: PortalContext) {
    return new InzageService(em).exporteer(principal, inburgeraarId);
  }
}
