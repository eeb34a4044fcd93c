import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { PortalContext } from '../../../graphql/context.js';
import { AanbiederReferentieService } from '../aanbieder-referentie.service.js';
import { TrajectReferentie } from '../dto/aanbieder-referentie.type.js';

@Authorized()
@Resolver()
export class AanbiederReferentieAanbiederResolver {
  @Authorized('MUTEREN')
  @Mutation(() => TrajectReferentie, {
    description: 'Geef een van uw lopende trajecten uw eigen referentie (uw leerling- of cursistnummer), uniek onder uw lopende trajecten; een lege referentie haalt hem weg. Daarna kan een upload het traject met die referentie noemen (aanbiederReferentie) in plaats van met trajectId.',
  })
  zetAanbiederReferentie(
    @Arg('trajectId', () => ID, { description: 'Een traject dat aan uw organisatie is toegewezen.' }) trajectId: string,
    @Arg('referentie', () => String, { nullable: true, description: 'Letters (zonder accenten), cijfers, spaties en - _ . /; leeg of weggelaten haalt de referentie weg.' }) referentie: string | null | undefined,
    @Ctx() { em, principal }: PortalContext,
  ) {
    return new AanbiederReferentieService(em).zet(principal, trajectId, referentie);
  }
}
