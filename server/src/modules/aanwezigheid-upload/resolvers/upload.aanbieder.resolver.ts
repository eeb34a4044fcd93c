import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { naarConnection } from '../../../graphql/connection.js';
import type { PortalContext } from '../../../graphql/context.js';
import { AanwezigheidUploadRegelConnection, AanwezigheidUploadVoorAanbieder, UploadRijFilter } from '../dto/upload.aanbieder.type.js';
import { UploadService, type RijFilter } from '../upload.service.js';
import type { AanwezigheidUploadRij } from '../upload.entity.js';

const regel = (r: AanwezigheidUploadRij) => ({
  regel: r.regel,
  invoer: r.invoer,
  resultaat: r.resultaat ?? null,
  vorige: r.vorige ?? null,
  fouten: (r.fouten ?? []).map((f) => ({ domeinCode: f.code, veld: f.veld, melding: f.melding })),
});

@Authorized()
@Resolver()
export class UploadAanbiederResolver {
  @Query(() => AanwezigheidUploadVoorAanbieder, { description: 'Eén van uw uploads (POST /upload/aanwezigheid gaf het id): voortgang en tellingen.' })
  aanwezigheidUpload(@Arg('id', () => ID, { description: 'Id van een upload van uw organisatie.' }) id: string, @Ctx() { em, principal, jobs }: PortalContext) {
    return new UploadService(em, jobs).haal(principal, id);
  }

  @Query(() => [AanwezigheidUploadVoorAanbieder], { description: 'Uw recente uploads (hoogstens 20), nieuwste eerst.' })
  aanwezigheidUploads(@Ctx() { em, principal, jobs }: PortalContext) {
    return new UploadService(em, jobs).recent(principal);
  }

  @Query(() => AanwezigheidUploadRegelConnection, { description: 'De regels van een upload met hun uitkomst, in de volgorde van het bestand.' })
  async aanwezigheidUploadRegels(
    @Arg('id', () => ID, { description: 'Id van een upload van uw organisatie.' }) id: string,
    @Ctx() { em, principal, jobs }: PortalContext,
    @Arg('filter', () => UploadRijFilter, { nullable: true, description: 'Standaard ALLE.' }) filter?: RijFilter,
    @Arg('first', () => Int, { nullable: true, description: 'Aantal per pagina (1–100, standaard 25).' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor van de vorige pagina.' }) after?: string,
  ) {
    const pagina = await new UploadService(em, jobs).rijen(principal, id, filter ?? 'ALLE', { first, after });
    return naarConnection({ ...pagina, nodes: pagina.nodes.map(regel) });
  }

  @Authorized('MUTEREN')
  @Mutation(() => AanwezigheidUploadVoorAanbieder, { description: 'Sla de regels op die bij de controle in orde waren (een taak op de server; volg de voortgang met aanwezigheidUpload). Corrigeert de upload al gemelde perioden, dan alleen met correctiesBevestigd: true.' })
  slaAanwezigheidUploadOp(
    @Arg('id', () => ID, { description: 'Id van een upload van uw organisatie.' }) id: string,
    @Arg('correctiesBevestigd', () => Boolean, { description: 'De gebruiker heeft de correcties van al gemelde perioden gezien en bevestigd.' }) correctiesBevestigd: boolean,
    @Ctx() { em, principal, jobs }: PortalContext,
  ) {
    return new UploadService(em, jobs).slaOp(principal, id, correctiesBevestigd);
  }

  @Authorized('MUTEREN')
  @Mutation(() => AanwezigheidUploadVoorAanbieder, { description: 'Trek een upload in die nog niet wordt opgeslagen; er wordt niets van opgeslagen.' })
  trekAanwezigheidUploadIn(@Arg('id', () => ID, { description: 'Id van een upload van uw organisatie.' }) id: string, @Ctx() { em, principal, jobs }: PortalContext) {
    return new UploadService(em, jobs).trekIn(principal, id);
  }
}
