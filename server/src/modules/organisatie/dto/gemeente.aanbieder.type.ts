import { Field, ObjectType } from 'type-graphql';

@ObjectType('Gemeente', { description: 'Een gemeente waarvoor uw organisatie werkt (een lopend contract).' })
export class GemeenteVoorAanbieder {
  @Field(() => String, { description: 'Naam van de gemeente.' })
  naam!: string;

  @Field(() => String, { description: 'CBS-gemeentecode (4 cijfers), zoals DUO die gebruikt.' })
  gemeentecode!: string;
}
