import { Field, Float, ID, InputType } from 'type-graphql';
import { TrajectOnderdeel } from '../../../graphql/code-enums.js';
import { Trajectsoort } from '../../../graphql/common.types.js';
import { LocalDate } from '../../../graphql/scalars.js';

@InputType({ description: 'Een traject toewijzen aan een aanbieder onder een contract. Een taaltraject alleen voor asielstatushouders en passend bij de leerroute van het actuele PIP.' })
export class WijsTrajectToeInput {
  @Field(() => ID)
  inburgeraarId!: string;

  @Field(() => ID, { description: 'Contract van uw gemeente met de aanbieder (zie `contracten`).' })
  contractId!: string;

  @Field(() => Trajectsoort)
  soort!: 'B1_ROUTE' | 'TAALSCHAKELTRAJECT' | 'ONDERWIJSROUTE' | 'Z_ROUTE' | 'Z_ROUTE_PARTICIPATIE' | 'MAP' | 'PVT';

  @Field(() => String, { nullable: true })
  cursusnaam?: string | null;

  @Field(() => [TrajectOnderdeel], { nullable: true })
  onderdelen?: string[] | null;

  @Field(() => LocalDate)
  geplandeStart!: string;

  @Field(() => LocalDate)
  geplandeEinde!: string;

  @Field(() => Float, { description: 'Te besteden uren (intensiteit).' })
  geplandeUren!: number;

  @Field(() => LocalDate, { nullable: true, description: 'Alleen MAP en PVT.' })
  uiterlijkeAfrondingsdatum?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Onderdeel van de brede intake (telt in DUO\'s urenbak voor de brede intake).' })
  tijdensBredeIntake?: boolean | null;
}
