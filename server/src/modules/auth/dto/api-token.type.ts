import { Field, ID, ObjectType } from 'type-graphql';
import { Rol } from '../../../graphql/common.types.js';
import { DateTime } from '../../../graphql/scalars.js';

@ObjectType({ description: 'Een API-token waarmee een eigen systeem van de aanbieder deze API gebruikt (Authorization: Bearer).' })
export class ApiToken {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  naam!: string;

  @Field(() => [Rol])
  rollen!: string[];

  @Field(() => DateTime)
  aangemaaktOp!: Date;

  @Field(() => DateTime, { nullable: true, description: 'Gezet zodra het token is ingetrokken; daarna werkt het niet meer.' })
  ingetrokkenOp!: Date | null;
}

@ObjectType({ description: 'Een nieuw API-token. De waarde van `token` wordt alleen nu getoond: sla hem direct veilig op.' })
export class NieuwApiToken {
  @Field(() => String)
  token!: string;

  @Field(() => ApiToken)
  apiToken!: ApiToken;
}
