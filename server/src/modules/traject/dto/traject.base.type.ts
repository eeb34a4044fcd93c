import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Trajectsoort, TrajectStatus, UrenTotalen } from '../../../graphql/common.types.js';
import { TrajectOnderdeel } from '../../../graphql/code-enums.js';
import { LocalDate } from '../../../graphql/scalars.js';

/** Fields of a traject both roles may read; each role's type adds its own. */
@ObjectType('TrajectBasis', { description: 'Velden van een traject die beide rollen zien.' })
export class TrajectBasis {
  @Field(() => ID, { description: 'Id van het traject (de toewijzing aan één aanbieder onder een contract); hiermee meldt de aanbieder aanwezigheid.' })
  id!: string;

  @Field(() => Trajectsoort, { description: 'Soort traject; bepaalt welke afspraken de gemeente meegeeft (002 Gegevenslevering door gemeenten).' })
  soort!: string;

  @Field(() => TrajectStatus, { description: 'Of het traject loopt, is afgerond of door de gemeente is ingetrokken.' })
  status!: string;

  @Field(() => String, { nullable: true, description: 'Naam van de cursus of module.' })
  cursusnaam!: string | null;

  @Field(() => LocalDate, { description: 'Geplande startdatum.' })
  geplandeStart!: string;

  @Field(() => LocalDate, { description: 'Geplande einddatum.' })
  geplandeEinde!: string;

  @Field(() => Float, { description: 'Te besteden uren (intensiteit) volgens de afspraak tussen gemeente en aanbieder.' })
  geplandeUren!: number;

  @Field(() => [TrajectOnderdeel], { description: 'Onderdelen van de cursus of module (002: cursusnaam en onderdelen).' })
  onderdelen!: string[];

  @Field(() => LocalDate, { nullable: true, description: 'MAP en PVT: uiterste datum waarop het traject afgerond moet zijn (002).' })
  uiterlijkeAfrondingsdatum!: string | null;

  @Field(() => UrenTotalen, { description: 'Uren afgeleid uit de aanwezigheidsmeldingen, tegenover geplandeUren.' })
  uren!: UrenTotalen;
}
