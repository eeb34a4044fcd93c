import { Field, ID, ObjectType } from 'type-graphql';
import { Rol } from '../../../graphql/common.types.js';
import { DateTime } from '../../../graphql/scalars.js';

@ObjectType({ description: 'Een API-token waarmee een eigen systeem van de aanbieder deze API gebruikt (Authorization: Bearer).' })
export class ApiToken {
  @Field(() => ID, { description: 'Id van het token; nodig om het in te trekken (`trekApiTokenIn`).' })
  id!: string;

  @Field(() => String, { description: 'Naam die het token kreeg, bijvoorbeeld de naam van het eigen systeem.' })
  naam!: string;

  @Field(() => [Rol], { description: 'Wat het token mag: RAADPLEGEN en/of MUTEREN, nooit BEHEER.' })
  rollen!: string[];

  @Field(() => DateTime, { description: 'Moment waarop het token is gemaakt.' })
  aangemaaktOp!: Date;

  @Field(() => DateTime, { nullable: true, description: 'Gezet zodra het token is ingetrokken; daarna werkt het niet meer.' })
  ingetrokkenOp!: Date | null;
}

@ObjectType({ description: 'Een nieuw API-token. De waarde van `token` wordt alleen nu getoond: sla hem direct veilig op.' })
export class NieuwApiToken {
  @Field(() => String, { description: 'De geheime waarde voor de header `Authorization: Bearer`. Het portaal bewaart alleen een hash; kwijt is opnieuw maken.' })
  token!: string;

  @Field(() => ApiToken, { description: 'De gegevens van het nieuwe token, zoals ze ook in `apiTokens` staan.' })
  apiToken!: ApiToken;
}
