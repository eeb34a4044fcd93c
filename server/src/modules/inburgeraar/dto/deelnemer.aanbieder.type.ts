import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../../graphql/common.types.js';
import { TrajectDetailVoorAanbieder, TrajectVoorAanbieder } from '../../traject/dto/traject.aanbieder.type.js';

@ObjectType('DeelnemerZonderTrajecten', { description: 'Naam en contactgegevens van de deelnemer van een traject.' })
export class DeelnemerBasisVoorAanbieder {
  @Field(() => ID, { description: 'Vaste portaalreferentie: sla deze op in uw eigen systeem om de persoon terug te vinden.' })
  portaalReferentie!: string;

  @Field(() => String)
  voornamen!: string;

  @Field(() => String, { nullable: true })
  tussenvoegsel!: string | null;

  @Field(() => String)
  achternaam!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  telefoon!: string | null;

  @Field(() => String, { description: 'Gemeente die de persoon begeleidt.' })
  gemeenteNaam!: string;
}

/**
 * A person as an aanbieder may see them (domain.md §4, 002): name, contact details and the portal reference.
 * This type deliberately has no BSN, date of birth, doelgroep or enforcement data.
 */
@ObjectType('Deelnemer', { description: 'Een inburgeraar met een traject bij uw organisatie: naam, contactgegevens en de portaalreferentie, verder niets (002 Gegevenslevering door gemeenten).' })
export class DeelnemerVoorAanbieder extends DeelnemerBasisVoorAanbieder {
  @Field(() => [TrajectVoorAanbieder], { description: 'Alleen uw eigen, lopende trajecten met deze persoon.' })
  trajecten!: TrajectVoorAanbieder[];
}

@ObjectType('DeelnemerTraject', { description: 'Een traject met zijn deelnemer en aanwezigheid.' })
export class DeelnemerTrajectVoorAanbieder extends TrajectDetailVoorAanbieder {
  @Field(() => DeelnemerBasisVoorAanbieder)
  deelnemer!: DeelnemerBasisVoorAanbieder;
}

@ObjectType('DeelnemerConnection')
export class DeelnemerConnection {
  @Field(() => [DeelnemerVoorAanbieder])
  nodes!: DeelnemerVoorAanbieder[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
