import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { PortalContext } from '../../../graphql/context.js';
import {
  ExamenresultaatInput, MapResultaatInput, PvtResultaatInput, TaalschakelResultaatInput, VoortgangInput, ZRouteResultaatInput,
} from '../dto/rapportage.inputs.js';
import { MeldingResultaat, RapportageUnion } from '../dto/rapportage.types.js';
import type { Rapportagesoort } from '../rapportage.codes.js';
import { RapportageService } from '../rapportage.service.js';
import { rapportageView } from '../rapportage.view.js';

async function meld(ctx: PortalContext, soort: Rapportagesoort, input: { trajectId: string }) {
  const { trajectId, ...gegevens } = input;
  const { resultaat, rapportage } = await new RapportageService(ctx.em).dienIn(ctx.principal, soort, trajectId, gegevens);
  return { resultaat, rapportage: rapportageView(rapportage) };
}

@Authorized()
@Resolver()
export class RapportageAanbiederResolver {
  @Query(() => [RapportageUnion], { description: 'Uw meldingen over een traject (actuele versies, of met `historie` alle versies).' })
  async rapportages(
    @Arg('trajectId', () => ID, { description: 'Id van uw traject.' }) trajectId: string,
    @Arg('historie', () => Boolean, { nullable: true, description: 'Ook vervangen versies.' }) historie: boolean | undefined,
    @Ctx() { em, principal }: PortalContext,
  ) {
    return (await new RapportageService(em).lijst(principal, [trajectId], historie ?? false)).map(rapportageView);
  }

  @Authorized('MUTEREN')
  @Mutation(() => MeldingResultaat, { description: 'Meld de voortgang (per peildatum).' })
  meldVoortgang(@Arg('input', () => VoortgangInput, { description: 'De rapportage.' }) input: VoortgangInput, @Ctx() ctx: PortalContext) {
    return meld(ctx, 'VOORTGANG', input);
  }

  @Authorized('MUTEREN')
  @Mutation(() => MeldingResultaat, { description: 'Meld het resultaat van het taalschakeltraject.' })
  meldTaalschakelResultaat(@Arg('input', () => TaalschakelResultaatInput, { description: 'Het resultaat.' }) input: TaalschakelResultaatInput, @Ctx() ctx: PortalContext) {
    return meld(ctx, 'TAALSCHAKEL_RESULTAAT', input);
  }

  @Authorized('MUTEREN')
  @Mutation(() => MeldingResultaat, { description: 'Meld een examenresultaat (per onderdeel en examendatum).' })
  meldExamenresultaat(@Arg('input', () => ExamenresultaatInput, { description: 'Het resultaat.' }) input: ExamenresultaatInput, @Ctx() ctx: PortalContext) {
    return meld(ctx, 'EXAMENRESULTAAT', input);
  }

  @Authorized('MUTEREN')
  @Mutation(() => MeldingResultaat, { description: 'Meld het resultaat van de Z-route.' })
  meldZRouteResultaat(@Arg('input', () => ZRouteResultaatInput, { description: 'Het resultaat.' }) input: ZRouteResultaatInput, @Ctx() ctx: PortalContext) {
    return meld(ctx, 'Z_ROUTE_RESULTAAT', input);
  }

  @Authorized('MUTEREN')
  @Mutation(() => MeldingResultaat, { description: 'Meld start, resultaat en eindgesprek van de MAP.' })
  meldMapResultaat(@Arg('input', () => MapResultaatInput, { description: 'Het resultaat.' }) input: MapResultaatInput, @Ctx() ctx: PortalContext) {
    return meld(ctx, 'MAP_RESULTAAT', input);
  }

  @Authorized('MUTEREN')
  @Mutation(() => MeldingResultaat, { description: 'Meld de ondertekening van de participatieverklaring, of de reden niet voldaan.' })
  meldPvtResultaat(@Arg('input', () => PvtResultaatInput, { description: 'Het resultaat.' }) input: PvtResultaatInput, @Ctx() ctx: PortalContext) {
    return meld(ctx, 'PVT_RESULTAAT', input);
  }
}
