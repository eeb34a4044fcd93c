import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { PortalContext } from '../../../graphql/context.js';
import { Mij } from '../../../graphql/common.types.js';
import { organisatieId } from '../principal.js';

/** In both schemas: who is logged in, for which organisation, with which roles. */
@Authorized()
@Resolver()
export class MijResolver {
  @Query(() => Mij, { description: 'De ingelogde gebruiker (of het API-token), de organisatie en de rollen.' })
  mij(@Ctx() { principal }: PortalContext): Mij {
    return { soort: principal.soort, organisatieId: organisatieId(principal), organisatieNaam: principal.organisatieNaam, naam: principal.naam, rollen: principal.rollen };
  }
}
