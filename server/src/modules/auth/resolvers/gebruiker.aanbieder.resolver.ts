import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Rol } from '../../../graphql/common.types.js';
import type { PortalContext } from '../../../graphql/context.js';
import { GebruikerVoorAanbieder, NieuweGebruikerVoorAanbieder, WachtwoordResetVoorAanbieder } from '../dto/gebruiker.aanbieder.type.js';
import { MaakGebruikerInput } from '../dto/maak-gebruiker.input.js';
import { GebruikerBeheerService } from '../gebruiker-beheer.service.js';
import type { Rol as RolCode } from '../rol.js';

@Authorized('BEHEER')
@Resolver()
export class GebruikerAanbiederResolver {
  @Query(() => [GebruikerVoorAanbieder], { description: 'De gebruikers van uw organisatie, op naam. Alleen voor BEHEER.' })
  gebruikers(@Ctx() { em, principal }: PortalContext) {
    return new GebruikerBeheerService(em).lijst(principal);
  }

  @Mutation(() => NieuweGebruikerVoorAanbieder, { description: 'Maak een gebruiker bij uw organisatie, met een eenmalig getoond eerste wachtwoord. Alleen voor BEHEER.' })
  maakGebruiker(@Arg('input', () => MaakGebruikerInput, { description: 'Naam, e-mailadres en rollen van de nieuwe gebruiker.' }) input: MaakGebruikerInput, @Ctx() { em, principal }: PortalContext) {
    return new GebruikerBeheerService(em).maak(principal, input);
  }

  @Mutation(() => GebruikerVoorAanbieder, { description: 'Vervang de rollen van een gebruiker van uw organisatie. Uw eigen rol BEHEER kunt u niet intrekken. Alleen voor BEHEER.' })
  wijzigRollen(
    @Arg('gebruikerId', () => ID, { description: 'Id van een gebruiker van uw organisatie.' }) gebruikerId: string,
    @Arg('rollen', () => [Rol], { description: 'De nieuwe rollen (minstens één).' }) rollen: RolCode[],
    @Ctx() { em, principal }: PortalContext,
  ) {
    return new GebruikerBeheerService(em).wijzigRollen(principal, gebruikerId, rollen);
  }

  @Mutation(() => GebruikerVoorAanbieder, { description: 'Activeer of deactiveer een gebruiker van uw organisatie; deactiveren beëindigt direct de sessies. Uzelf deactiveren kan niet. Alleen voor BEHEER.' })
  zetGebruikerActief(
    @Arg('gebruikerId', () => ID, { description: 'Id van een gebruiker van uw organisatie.' }) gebruikerId: string,
    @Arg('actief', () => Boolean, { description: 'Waar: mag inloggen; onwaar: kan niet meer inloggen.' }) actief: boolean,
    @Ctx() { em, principal }: PortalContext,
  ) {
    return new GebruikerBeheerService(em).zetActief(principal, gebruikerId, actief);
  }

  @Mutation(() => WachtwoordResetVoorAanbieder, { description: 'Geef een gebruiker van uw organisatie een nieuw eenmalig wachtwoord (eenmalig getoond); de gebruiker moet het bij het inloggen direct vervangen en al zijn sessies eindigen. Uw eigen wachtwoord wijzigt u zelf. Alleen voor BEHEER.' })
  resetWachtwoord(
    @Arg('gebruikerId', () => ID, { description: 'Id van een gebruiker van uw organisatie.' }) gebruikerId: string,
    @Ctx() { em, principal }: PortalContext,
  ) {
    return new GebruikerBeheerService(em).resetWachtwoord(principal, gebruikerId);
  }
}
