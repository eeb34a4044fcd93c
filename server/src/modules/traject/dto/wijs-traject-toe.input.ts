import { Field, Float, ID, InputType } from 'type-graphql';
import { TrajectOnderdeel } from '../../../graphql/code-enums.js';
import { Trajectsoort } from '../../../graphql/common.types.js';
import { LocalDate } from '../../../graphql/scalars.js';

@InputType({ description: 'Een traject toewijzen aan een aanbieder onder een contract. Een taaltraject alleen voor asielstatushouders en passend bij de leerroute van het actuele PIP.' })
export class WijsTrajectToeInput {
  @Field(() => ID, { description: 'Id van een dossier van uw gemeente.' })
  inburgeraarId!: string;

  @Field(() => ID, { description: 'Contract van uw gemeente met de aanbieder (zie `contracten`).' })
  contractId!: string;

  @Field(() => Trajectsoort, { description: 'Soort traject; het contract moet deze soort dekken. Een taal- of Z-route-traject alleen voor een asielstatushouder en passend bij de leerroute van het actuele PIP (001 §3.4.4).' })
  soort!: 'B1_ROUTE' | 'TAALSCHAKELTRAJECT' | 'ONDERWIJSROUTE' | 'Z_ROUTE' | 'Z_ROUTE_PARTICIPATIE' | 'MAP' | 'PVT';

  @Field(() => String, { nullable: true, description: 'Naam van de cursus of module, hoogstens 200 tekens (002: cursusnaam en onderdelen).' })
  cursusnaam?: string | null;

  @Field(() => [TrajectOnderdeel], { nullable: true, description: 'Onderdelen van de cursus of module (002: cursusnaam en onderdelen).' })
  onderdelen?: string[] | null;

  @Field(() => LocalDate, { description: 'Geplande startdatum; binnen de looptijd van het contract (002: geplande start).' })
  geplandeStart!: string;

  @Field(() => LocalDate, { description: 'Geplande einddatum; niet vóór de start (002: geplande einddatum).' })
  geplandeEinde!: string;

  @Field(() => Float, { description: 'Te besteden uren (intensiteit).' })
  geplandeUren!: number;

  @Field(() => LocalDate, { nullable: true, description: 'Alleen MAP en PVT.' })
  uiterlijkeAfrondingsdatum?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Onderdeel van de brede intake (telt in DUO\'s urenbak voor de brede intake).' })
  tijdensBredeIntake?: boolean | null;
}
