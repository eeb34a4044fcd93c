import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../../graphql/common.types.js';
import { TrajectDetailVoorAanbieder, TrajectVoorAanbieder } from '../../traject/dto/traject.aanbieder.type.js';

@ObjectType('DeelnemerZonderTrajecten', { description: 'Naam en contactgegevens van de deelnemer van een traject.' })
export class DeelnemerBasisVoorAanbieder {
  @Field(() => ID, { description: 'Vaste portaalreferentie: sla deze op in uw eigen systeem om de persoon terug te vinden.' })
  portaalReferentie!: string;

  @Field(() => String, { description: 'Voornamen van de deelnemer, zoals de gemeente ze doorgeeft (002 Gegevenslevering door gemeenten).' })
  voornamen!: string;

  @Field(() => String, { nullable: true, description: 'Tussenvoegsel van de achternaam (bijvoorbeeld "van der"), als er een is.' })
  tussenvoegsel!: string | null;

  @Field(() => String, { description: 'Achternaam van de deelnemer.' })
  achternaam!: string;

  @Field(() => String, { nullable: true, description: 'E-mailadres van de deelnemer, als de gemeente het heeft (contactgegevens, 002 Gegevenslevering door gemeenten).' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'Telefoonnummer van de deelnemer, als de gemeente het heeft (contactgegevens, 002 Gegevenslevering door gemeenten).' })
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
  @Field(() => DeelnemerBasisVoorAanbieder, { description: 'De deelnemer van dit traject: naam en contactgegevens.' })
  deelnemer!: DeelnemerBasisVoorAanbieder;
}

@ObjectType('DeelnemerConnection', { description: 'Een pagina deelnemers met een lopend traject bij uw organisatie, op achternaam.' })
export class DeelnemerConnection {
  @Field(() => [DeelnemerVoorAanbieder], { description: 'De deelnemers op deze pagina.' })
  nodes!: DeelnemerVoorAanbieder[];

  @Field(() => PageInfo, { description: 'Of er een volgende pagina is, en de cursor ernaartoe.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "Aantal deelnemers dat aan de vraag voldoet, over alle pagina's samen." })
  totalCount!: number;
}
