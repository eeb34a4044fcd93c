import { Field, ID, ObjectType } from 'type-graphql';
import { Trajectsoort } from '../../../graphql/common.types.js';
import { LocalDate } from '../../../graphql/scalars.js';

@ObjectType('Contract', { description: 'Wat de gemeente bij een aanbieder heeft ingekocht. De aanbieder is verwerker: de verwerkersovereenkomst is vastgelegd (002).' })
export class ContractVoorGemeente {
  @Field(() => ID, { description: 'Id van het contract; nodig bij `wijsTrajectToe`.' })
  id!: string;

  @Field(() => ID, { description: 'Id van de aanbieder met wie de gemeente het contract sloot (filter `zoekDossiers(aanbiederId:)`).' })
  aanbiederId!: string;

  @Field(() => String, { description: 'Naam van de aanbieder met wie de gemeente het contract sloot.' })
  aanbiederNaam!: string;

  @Field(() => String, { description: 'KvK-nummer van de aanbieder.' })
  aanbiederKvkNummer!: string;

  @Field(() => [Trajectsoort], { description: 'De soorten traject die onder dit contract vallen.' })
  trajectsoorten!: string[];

  @Field(() => LocalDate, { description: 'Eerste dag van het contract; een toegewezen traject start niet eerder (en niet na de einddatum).' })
  ingangsdatum!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Leeg: voor onbepaalde tijd.' })
  einddatum!: string | null;

  @Field(() => LocalDate, { description: 'Datum van de verwerkersovereenkomst: de aanbieder verwerkt de persoonsgegevens als verwerker van de gemeente (002).' })
  datumVerwerkersovereenkomst!: string;
}
