import { Field, ID, ObjectType } from 'type-graphql';
import { Rol } from '../../../graphql/common.types.js';
import { DateTime } from '../../../graphql/scalars.js';

@ObjectType('Gebruiker', { description: 'Een medewerker van uw organisatie die kan inloggen, met de rollen binnen uw organisatie.' })
export class GebruikerVoorAanbieder {
  @Field(() => ID, { description: 'Id van de gebruiker; nodig bij `wijzigRollen` en `zetGebruikerActief`.' })
  id!: string;

  @Field(() => String, { description: 'Naam van de gebruiker.' })
  naam!: string;

  @Field(() => String, { description: 'E-mailadres waarmee de gebruiker inlogt; uniek in het hele portaal.' })
  email!: string;

  @Field(() => [Rol], { description: 'Rollen binnen uw organisatie: RAADPLEGEN, MUTEREN en/of BEHEER.' })
  rollen!: string[];

  @Field(() => Boolean, { description: 'Onwaar: de gebruiker kan niet inloggen en zijn sessies zijn beëindigd.' })
  actief!: boolean;

  @Field(() => DateTime, { nullable: true, description: 'Moment van de laatste keer inloggen; leeg als de gebruiker nog nooit inlogde.' })
  laatsteLoginOp!: Date | null;

  @Field(() => Boolean, { description: 'Waar voor uzelf: uw eigen rol BEHEER intrekken of uzelf deactiveren kan niet.' })
  ikZelf!: boolean;
}

@ObjectType('NieuweGebruiker', { description: 'Een nieuwe gebruiker met het eerste wachtwoord. Dat wordt alleen nu getoond: geef het veilig door.' })
export class NieuweGebruikerVoorAanbieder {
  @Field(() => GebruikerVoorAanbieder, { description: 'De nieuwe gebruiker, zoals ook in `gebruikers`.' })
  gebruiker!: GebruikerVoorAanbieder;

  @Field(() => String, { description: 'Willekeurig eerste wachtwoord. Het portaal bewaart alleen een hash: kwijt is een nieuwe gebruiker maken.' })
  initieelWachtwoord!: string;
}

@ObjectType('WachtwoordReset', { description: 'Een nieuw eenmalig wachtwoord voor een gebruiker. Het wordt alleen nu getoond: geef het veilig door.' })
export class WachtwoordResetVoorAanbieder {
  @Field(() => GebruikerVoorAanbieder, { description: 'De gebruiker, zoals ook in `gebruikers`.' })
  gebruiker!: GebruikerVoorAanbieder;

  @Field(() => String, { description: 'Willekeurig eenmalig wachtwoord. De gebruiker moet het bij de volgende keer inloggen direct vervangen; alle sessies van de gebruiker zijn beëindigd.' })
  eenmaligWachtwoord!: string;
}
