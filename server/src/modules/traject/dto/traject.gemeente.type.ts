import { Field, ObjectType } from 'type-graphql';
import { Aanwezigheid } from '../../../graphql/common.types.js';
import { RapportageUnion } from '../../rapportage/dto/rapportage.types.js';
import { TrajectBasis } from './traject.base.type.js';

@ObjectType('Traject', { description: 'Een traject van de inburgeraar bij een aanbieder, met wat de aanbieder meldde.' })
export class TrajectVoorGemeente extends TrajectBasis {
  @Field(() => String, { description: 'Aanbieder die het traject uitvoert.' })
  aanbiederNaam!: string;

  @Field(() => Boolean, { description: 'Gevolgd tijdens de brede intake: telt bij DUO in een eigen urenbak.' })
  tijdensBredeIntake!: boolean;

  @Field(() => [RapportageUnion], { description: 'Meldingen van de aanbieder over dit traject, met alle versies (nieuwste versie eerst).' })
  rapportages!: (typeof RapportageUnion)[];

  @Field(() => [Aanwezigheid], { description: 'Actuele aanwezigheidsmeldingen, nieuwste periode eerst.' })
  aanwezigheden!: Aanwezigheid[];
}
