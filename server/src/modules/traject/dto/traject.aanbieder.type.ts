import { Field, ObjectType } from 'type-graphql';
import { Aanwezigheid } from '../../../graphql/common.types.js';
import { TrajectBasis } from './traject.base.type.js';

/** The aanbieder's view of a traject: what the gemeente gives it for this soort (domain.md §4), nothing more. */
@ObjectType('Traject', { description: 'Een traject dat de gemeente aan uw organisatie heeft toegewezen.' })
export class TrajectVoorAanbieder extends TrajectBasis {
  @Field(() => String, { description: 'Gemeente die het traject inkoopt.' })
  gemeenteNaam!: string;
}

@ObjectType('TrajectDetail', { description: 'Een traject met de actuele aanwezigheidsmeldingen, nieuwste periode eerst.' })
export class TrajectDetailVoorAanbieder extends TrajectVoorAanbieder {
  @Field(() => [Aanwezigheid])
  aanwezigheden!: Aanwezigheid[];
}
