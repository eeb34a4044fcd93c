import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { PortalContext } from '../../../graphql/context.js';
import { AanwezigheidService } from '../aanwezigheid.service.js';
import { AanwezigheidInput, AanwezigheidRegistratie } from '../dto/registreer-aanwezigheid.input.js';

@Authorized()
@Resolver()
export class AanwezigheidAanbiederResolver {
  @Authorized('MUTEREN')
  @Mutation(() => AanwezigheidRegistratie, {
    description: 'Meld aanwezigheid en verzuim voor één traject en één periode. Idempotent per (traject, periode); andere waarden voor dezelfde periode zijn een correctie (de vorige versie blijft bewaard).',
  })
  registreerAanwezigheid(@Arg('input', () => AanwezigheidInput, { description: 'De melding: traject, periode, uren en de redenen van verzuim.' }) input: AanwezigheidInput, @Ctx() { em, principal }: PortalContext) {
    return new AanwezigheidService(em).registreer(principal, input);
  }
}
