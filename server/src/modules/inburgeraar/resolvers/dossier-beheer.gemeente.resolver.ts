import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { PortalContext } from '../../../graphql/context.js';
import { DossierStatus } from '../../../graphql/code-enums.js';
import { DossierBeheerService } from '../dossier-beheer.service.js';
import { DossierEindeService } from '../dossier-einde.service.js';
import { DossierStatusService } from '../dossier-status.service.js';
import { DossierService } from '../dossier.service.js';
import { DossierGegevensInput, EindeInburgeringsplichtInput, RegistreerInburgeraarInput } from '../dto/dossier-beheer.input.js';
import { LocalDate } from '../../../graphql/scalars.js';
import { DossierVoorGemeente } from '../dto/inburgeraar.gemeente.type.js';

@Authorized()
@Resolver()
export class DossierBeheerGemeenteResolver {
  @Authorized('MUTEREN')
  @Mutation(() => DossierVoorGemeente, { description: 'Registreer een nieuw dossier in uw gemeente. Een BSN komt maar één keer in het portaal voor.' })
  async registreerInburgeraar(@Arg('input', () => RegistreerInburgeraarInput, { description: 'Persoonsgegevens en doelgroep van de nieuwe inburgeraar, met de dossiergegevens die al bekend zijn.' }) input: RegistreerInburgeraarInput, @Ctx() { em, principal }: PortalContext) {
    const persoon = await new DossierBeheerService(em).registreer(principal, input);
    return new DossierService(em).naWijziging(principal, persoon.id);
  }

  @Authorized('MUTEREN')
  @Mutation(() => DossierVoorGemeente, { description: 'Werk de gegevens van een dossier bij (adres, contact, brede intake, begeleiding, ontzorgen, opleiding).' })
  async wijzigDossier(@Arg('id', () => ID, { description: 'Id van een dossier van uw gemeente.' }) id: string, @Arg('input', () => DossierGegevensInput, { description: 'De te wijzigen gegevens; velden die ontbreken blijven zoals ze zijn.' }) input: DossierGegevensInput, @Ctx() { em, principal }: PortalContext) {
    await new DossierBeheerService(em).wijzig(principal, id, input);
    return new DossierService(em).naWijziging(principal, id);
  }

  @Authorized('MUTEREN')
  @Mutation(() => DossierVoorGemeente, { description: 'Zet de status van een dossier. Alleen bij ACTIEF zien aanbieders de persoon; INGETROKKEN (ten onrechte geregistreerd, 004) trekt ook alle lopende trajecten in en is definitief.' })
  async wijzigDossierStatus(
    @Arg('id', () => ID, { description: 'Id van het dossier.' }) id: string,
    @Arg('status', () => DossierStatus, { description: 'De nieuwe status.' }) status: 'ACTIEF' | 'VERHUISD' | 'PLICHT_BEEINDIGD' | 'INGETROKKEN',
    @Ctx() { em, principal }: PortalContext,
  ) {
    await new DossierStatusService(em).wijzig(principal, id, status);
    return new DossierService(em).naWijziging(principal, id);
  }

  @Authorized('MUTEREN')
  @Mutation(() => DossierVoorGemeente, { description: 'Registreer het einde van de inburgeringsplicht (datum en DUO-reden). Een actief dossier krijgt de status PLICHT_BEEINDIGD; vijf jaar later verwijdert het portaal alles behalve de gegevens met een bewaartermijn van 50 jaar (Besluit inburgering art. 9.9).' })
  async registreerEindeInburgeringsplicht(
    @Arg('id', () => ID, { description: 'Id van een dossier van uw gemeente.' }) id: string,
    @Arg('input', () => EindeInburgeringsplichtInput, { description: 'Datum en reden van het einde.' }) input: EindeInburgeringsplichtInput,
    @Ctx() { em, principal }: PortalContext,
  ) {
    await new DossierEindeService(em).registreerEinde(principal, id, input);
    return new DossierService(em).naWijziging(principal, id);
  }

  @Authorized('MUTEREN')
  @Mutation(() => DossierVoorGemeente, { description: 'Registreer het overlijden van de inburgeraar. De inburgeringsplicht eindigt uiterlijk op die dag (reden OVERLIJDEN); vijf jaar later verwijdert het portaal alles behalve de gegevens met een bewaartermijn van 50 jaar.' })
  async registreerOverlijden(
    @Arg('id', () => ID, { description: 'Id van een dossier van uw gemeente.' }) id: string,
    @Arg('datum', () => LocalDate, { description: 'Datum van overlijden; niet in de toekomst en niet vóór de geboortedatum.' }) datum: string,
    @Ctx() { em, principal }: PortalContext,
  ) {
    await new DossierEindeService(em).registreerOverlijden(principal, id, datum);
    return new DossierService(em).naWijziging(principal, id);
  }
}
