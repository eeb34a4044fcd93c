import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Rol } from '../../../graphql/common.types.js';
import type { PortalContext } from '../../../graphql/context.js';
import { GebruikerVoorGemeente, NieuweGebruikerVoorGemeente, WachtwoordResetVoorGemeente } from '../dto/gebruiker.gemeente.type.js';
import { MaakGebruikerInput } from '../dto/maak-gebruiker.input.js';
import { GebruikerBeheerService } from '../gebruiker-beheer.service.js';
import type { Rol as RolCode } from '../rol.js';

@Authorized('BEHEER')
@Resolver()
export class GebruikerGemeenteResolver {
  @Query(() => [GebruikerVoorGemeente], { description: 'De gebruikers van uw gemeente, op naam. Alleen voor BEHEER.' })
  gebruikers(@Ctx() { em, principal }: PortalContext) {
    return new GebruikerBeheerService(em).lijst(principal);
  }

  @Mutation(() => NieuweGebruikerVoorGemeente, { description: 'Maak een gebruiker bij uw gemeente, met een eenmalig getoond eerste wachtwoord. Alleen voor BEHEER.' })
  maakGebruiker(@Arg('input', () => MaakGebruikerInput, { description: 'Naam, e-mailadres en rollen van de nieuwe gebruiker.' }) input: MaakGebruikerInput, @Ctx() { em, principal }: PortalContext) {
    return new GebruikerBeheerService(em).maak(principal, input);
  }

  @Mutation(() => GebruikerVoorGemeente, { description: 'Vervang de rollen van een gebruiker van uw gemeente. Uw eigen rol BEHEER kunt u niet intrekken. Alleen voor BEHEER.' })
  wijzigRollen(
    @Arg('gebruikerId', () => ID, { description: 'Id van een gebruiker van uw gemeente.' }) gebruikerId: string,
    @Arg('rollen', () => [Rol], { description: 'De nieuwe rollen (minstens één).' }) rollen: RolCode[],
    @Ctx() { em, principal }: PortalContext,
  ) {
    return new GebruikerBeheerService(em).wijzigRollen(principal, gebruikerId, rollen);
  }

  @Mutation(() => GebruikerVoorGemeente, { description: 'Activeer of deactiveer een gebruiker van uw gemeente; deactiveren beëindigt direct de sessies. Uzelf deactiveren kan niet. Alleen voor BEHEER.' })
  zetGebruikerActief(
    @Arg('gebruikerId', () => ID, { description: 'Id van een gebruiker van uw gemeente.' }) gebruikerId: string,
    @Arg('actief', () => Boolean, { description: 'Waar: mag inloggen; onwaar: kan niet meer inloggen.' }) actief: boolean,
    @Ctx() { em, principal }: PortalContext,
  ) {
    return new GebruikerBeheerService(em).zetActief(principal, gebruikerId, actief);
  }

  @Mutation(() => WachtwoordResetVoorGemeente, { description: 'Geef een gebruiker van uw gemeente een nieuw eenmalig wachtwoord (eenmalig getoond); de gebruiker moet het bij het inloggen direct vervangen en al zijn sessies eindigen. Uw eigen wachtwoord wijzigt u zelf. Alleen voor BEHEER.' })
  resetWachtwoord(
    @Arg('gebruikerId', () => ID, { description: 'Id van een gebruiker van uw gemeente.' }) gebruikerId: string,
    @Ctx() { em, principal }: PortalContext,
  ) {
    return new GebruikerBeheerService(em).resetWachtwoord(principal, gebruikerId);
  }
}
