import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { DossierStatus } from '../../../graphql/code-enums.js';
import { Trajectsoort } from '../../../graphql/common.types.js';
import { naarConnection } from '../../../graphql/connection.js';
import type { PortalContext } from '../../../graphql/context.js';
import { DossierService, type DossierFilter } from '../dossier.service.js';
import { DossierVoorGemeente, InburgeraarConnection } from '../dto/inburgeraar.gemeente.type.js';

@Authorized()
@Resolver()
export class DossierGemeenteResolver {
  @Query(() => InburgeraarConnection, { description: 'Zoek in de dossiers van uw gemeente op naam of op BSN (elfproef). Leeg: alle dossiers op achternaam.' })
  async zoekDossiers(
    @Ctx() { em, principal }: PortalContext,
    @Arg('zoek', () => String, { nullable: true, description: 'Naam (delen van voornamen/achternaam) of een volledig BSN.' }) zoek?: string,
    @Arg('first', () => Int, { nullable: true, description: 'Aantal per pagina (1–100, standaard 25).' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor van de vorige pagina.' }) after?: string,
    @Arg('status', () => DossierStatus, { nullable: true, description: 'Alleen dossiers met deze status.' }) status?: DossierFilter['status'],
    @Arg('trajectsoort', () => Trajectsoort, { nullable: true, description: 'Alleen dossiers met een lopend traject van deze soort.' }) trajectsoort?: DossierFilter['trajectsoort'],
    @Arg('aanbiederId', () => ID, { nullable: true, description: 'Alleen dossiers met een lopend traject bij deze aanbieder (samen met trajectsoort: hetzelfde traject).' }) aanbiederId?: string,
  ) {
    return naarConnection(await new DossierService(em).zoek(principal, { zoek, first, after, status, trajectsoort, aanbiederId }));
  }

  @Query(() => DossierVoorGemeente, { description: 'Eén dossier met trajecten, gemelde aanwezigheid en totalen.' })
  dossier(@Arg('id', () => ID, { description: 'Id van een dossier van uw gemeente (dezelfde waarde die de aanbieder als portaalReferentie kent).' }) id: string, @Ctx() { em, principal }: PortalContext) {
    return new DossierService(em).dossier(principal, id);
  }
}
