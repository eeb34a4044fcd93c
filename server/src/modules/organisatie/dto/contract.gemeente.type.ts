import { Field, ID, ObjectType } from 'type-graphql';
import { Trajectsoort } from '../../../graphql/common.types.js';
import { LocalDate } from '../../../graphql/scalars.js';

@ObjectType('Contract', { description: 'Wat de gemeente bij een aanbieder heeft ingekocht. De aanbieder is verwerker: de verwerkersovereenkomst is vastgelegd (002).' })
export class ContractVoorGemeente {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  aanbiederNaam!: string;

  @Field(() => String, { description: 'KvK-nummer van de aanbieder.' })
  aanbiederKvkNummer!: string;

  @Field(() => [Trajectsoort], { description: 'De soorten traject die onder dit contract vallen.' })
  trajectsoorten!: string[];

  @Field(() => LocalDate)
  ingangsdatum!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Leeg: voor onbepaalde tijd.' })
  einddatum!: string | null;

  @Field(() => LocalDate)
  datumVerwerkersovereenkomst!: string;
}
