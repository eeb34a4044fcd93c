import { Field, ID, InputType } from 'type-graphql';
import { Trajectsoort } from '../../../graphql/common.types.js';
import { LocalDate } from '../../../graphql/scalars.js';
import type { Trajectsoort as TrajectsoortCode } from '../trajectsoort.js';

@InputType({ description: 'Een nieuw contract van de gemeente met een aanbieder.' })
export class SluitContractInput {
  @Field(() => ID, { description: 'Id van de aanbieder, uit `aanbiedersInPortaal`.' })
  aanbiederId!: string;

  @Field(() => [Trajectsoort], { description: 'Minstens één soort traject die de gemeente bij deze aanbieder inkoopt.' })
  trajectsoorten!: TrajectsoortCode[];

  @Field(() => LocalDate, { description: 'Eerste dag van het contract.' })
  ingangsdatum!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Laatste dag van het contract; leeg voor onbepaalde tijd. Niet vóór de ingangsdatum.' })
  einddatum?: string | null;

  @Field(() => LocalDate, { description: 'Datum van de verwerkersovereenkomst (002); uiterlijk op de ingangsdatum.' })
  datumVerwerkersovereenkomst!: string;
}
