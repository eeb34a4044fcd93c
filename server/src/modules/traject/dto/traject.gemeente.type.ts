import { Field, ObjectType } from 'type-graphql';
import { Aanwezigheid } from '../../../graphql/common.types.js';
import { TrajectBasis } from './traject.base.type.js';

@ObjectType('Traject', { description: 'Een traject van de inburgeraar bij een aanbieder, met wat de aanbieder meldde.' })
export class TrajectVoorGemeente extends TrajectBasis {
  @Field(() => String, { description: 'Aanbieder die het traject uitvoert.' })
  aanbiederNaam!: string;

  @Field(() => Boolean, { description: 'Gevolgd tijdens de brede intake: telt bij DUO in een eigen urenbak.' })
  tijdensBredeIntake!: boolean;

  @Field(() => [Aanwezigheid], { description: 'Actuele aanwezigheidsmeldingen, nieuwste periode eerst.' })
  aanwezigheden!: Aanwezigheid[];
}
