import { Field, InputType } from 'type-graphql';
import { Rol } from '../../../graphql/common.types.js';
import type { Rol as RolCode } from '../rol.js';

@InputType({ description: 'Een nieuwe gebruiker van de eigen organisatie.' })
export class MaakGebruikerInput {
  @Field(() => String, { description: 'Naam van de gebruiker (1 tot 100 tekens).' })
  naam!: string;

  @Field(() => String, { description: 'E-mailadres waarmee de gebruiker inlogt; mag nog niet in het portaal voorkomen.' })
  email!: string;

  @Field(() => [Rol], { description: 'Minstens één rol: RAADPLEGEN, MUTEREN en/of BEHEER.' })
  rollen!: RolCode[];
}
