import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { PortalContext } from '../../../graphql/context.js';
import type { Besluit } from '../besluit.entity.js';
import { BesluitService, duoRegistratie } from '../besluit.service.js';
import { BesluitInput, BesluitResultaat, BesluitVoorGemeente } from '../dto/besluit.types.js';

function view(b: Besluit) {
  const duo = duoRegistratie(b);
  return {
    id: b.id, soort: b.soort, versie: b.versie, voldaan: b.datum != null, datum: b.datum ?? null, verwijtbaar: b.verwijtbaar ?? null,
    trajectId: b.trajectId ?? null, genomenOp: b.genomenOp, vervangenOp: b.vervangenOp ?? null, duoBericht: duo.bericht, registrerenUiterlijk: duo.registrerenUiterlijk,
  };
}

@Authorized()
@Resolver()
export class BesluitGemeenteResolver {
  @Query(() => [BesluitVoorGemeente], { description: 'Alle besluiten over MAP, PVT en Z-route van een dossier, met hun versies en het bericht voor DUO.' })
  async besluiten(@Arg('inburgeraarId', () => ID, { description: 'Id van het dossier.' }) inburgeraarId: string, @Ctx() { em, principal }: PortalContext) {
    return (await new BesluitService(em).besluiten(principal, inburgeraarId)).map(view);
  }

  @Authorized('MUTEREN')
  @Mutation(() => BesluitResultaat, { description: 'Neem een besluit over MAP, PVT of Z-route, onder de voorwaarden van DUO.' })
  async neemBesluit(@Arg('input', () => BesluitInput, { description: 'Het besluit.' }) input: BesluitInput, @Ctx() { em, principal }: PortalContext) {
    const { resultaat, besluit } = await new BesluitService(em).neemBesluit(principal, input);
    return { resultaat, besluit: view(besluit) };
  }
}
