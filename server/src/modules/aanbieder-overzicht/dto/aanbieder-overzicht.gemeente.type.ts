import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Trajectsoort, TrajectStatus, UrenTotalen } from '../../../graphql/common.types.js';
import { LocalDate } from '../../../graphql/scalars.js';
import { ContractVoorGemeente } from '../../organisatie/dto/contract.gemeente.type.js';

@ObjectType({ description: 'Hoe tijdig een aanbieder de aanwezigheid meldt.' })
export class MeldTijdigheid {
  @Field(() => Int, { description: 'De meldtermijn: een periode is op tijd gemeld als de eerste melding uiterlijk zoveel werkdagen na de laatste dag van de periode binnenkwam (de gemeente registreert binnen 10 werkdagen bij DUO).' })
  meldtermijnWerkdagen!: number;

  @Field(() => Int, { description: 'Aantal gemelde perioden (weken of lesdagen).' })
  perioden!: number;

  @Field(() => Int, { description: 'Aantal perioden waarvan de eerste melding binnen de meldtermijn binnenkwam; een latere correctie telt niet mee.' })
  opTijd!: number;

  @Field(() => Float, { nullable: true, description: 'Percentage perioden dat op tijd is gemeld (één decimaal); leeg als er nog niets is gemeld.' })
  percentageOpTijd!: number | null;

  @Field(() => Int, { description: 'Lopende trajecten die vóór vorige week begonnen en waarvan de aanwezigheid over vorige week nog ontbreekt.' })
  trajectenZonderVorigeWeek!: number;
}

@ObjectType({ description: 'Een aanbieder waarmee uw gemeente een contract heeft (gehad), met de cijfers over de trajecten van uw gemeente daar.' })
export class AanbiederOverzicht {
  @Field(() => ID, { description: 'Id van de aanbieder.' })
  id!: string;

  @Field(() => String, { description: 'Naam van de aanbieder.' })
  naam!: string;

  @Field(() => String, { description: 'KvK-nummer van de aanbieder.' })
  kvkNummer!: string;

  @Field(() => [ContractVoorGemeente], { description: 'De contracten van uw gemeente met deze aanbieder, nieuwste eerst.' })
  contracten!: ContractVoorGemeente[];

  @Field(() => Int, { description: 'Aantal verschillende deelnemers met een lopend traject bij deze aanbieder.' })
  deelnemers!: number;

  @Field(() => UrenTotalen, { description: 'Uren over alle trajecten van uw gemeente bij deze aanbieder (actuele versies van de meldingen).' })
  uren!: UrenTotalen;

  @Field(() => Float, { nullable: true, description: 'Uren aanwezig als percentage van de ingeroosterde uren (één decimaal); leeg als er niets is ingeroosterd.' })
  aanwezigheidspercentage!: number | null;

  @Field(() => MeldTijdigheid, { description: 'Hoe tijdig de aanbieder de aanwezigheid meldt.' })
  tijdigheid!: MeldTijdigheid;
}

@ObjectType({ description: 'Een traject van uw gemeente bij deze aanbieder.' })
export class TrajectBijAanbieder {
  @Field(() => ID, { description: 'Id van het traject.' })
  id!: string;

  @Field(() => ID, { description: 'Id van het dossier van de deelnemer (voor de dossierpagina).' })
  inburgeraarId!: string;

  @Field(() => String, { description: 'Naam van de deelnemer.' })
  naam!: string;

  @Field(() => Trajectsoort, { description: 'Soort traject.' })
  soort!: string;

  @Field(() => TrajectStatus, { description: 'Of het traject loopt, is afgerond of is ingetrokken.' })
  status!: string;

  @Field(() => LocalDate, { description: 'Geplande startdatum.' })
  geplandeStart!: string;

  @Field(() => LocalDate, { description: 'Geplande einddatum.' })
  geplandeEinde!: string;

  @Field(() => Float, { description: 'Te besteden uren volgens de afspraak.' })
  geplandeUren!: number;

  @Field(() => UrenTotalen, { description: 'Uren uit de aanwezigheidsmeldingen, met gemeldTot (laatste gemelde dag).' })
  uren!: UrenTotalen;

  @Field(() => Boolean, { description: 'Waar als het traject loopt en de aanwezigheid over vorige week nog ontbreekt.' })
  vorigeWeekOntbreekt!: boolean;
}

@ObjectType({ description: 'Een aanbieder met de cijfers en alle trajecten van uw gemeente daar.' })
export class AanbiederMetTrajecten extends AanbiederOverzicht {
  @Field(() => [TrajectBijAanbieder], { description: 'De trajecten van uw gemeente bij deze aanbieder (elke status), op naam van de deelnemer.' })
  trajecten!: TrajectBijAanbieder[];
}
