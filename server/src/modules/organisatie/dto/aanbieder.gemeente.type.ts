import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('Aanbieder', { description: 'Een aanbieder die in het portaal staat en waarmee de gemeente een contract kan sluiten.' })
export class AanbiederVoorGemeente {
  @Field(() => ID, { description: 'Id van de aanbieder; nodig bij `sluitContract`.' })
  id!: string;

  @Field(() => String, { description: 'Naam van de aanbieder.' })
  naam!: string;

  @Field(() => String, { description: 'KvK-nummer van de aanbieder (8 cijfers).' })
  kvkNummer!: string;
}
