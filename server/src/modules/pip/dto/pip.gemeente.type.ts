import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Alfabetisering, Leerroute, PipNiveau, PipWijzigingsreden, RedenLateStart } from '../../../graphql/code-enums.js';
import { DateTime, LocalDate } from '../../../graphql/scalars.js';

@ObjectType('PipVersie', { description: 'Eén versie van het Persoonlijk Plan Inburgering en Participatie (een beschikking; nooit overschreven). Velden heten zoals in de PIP-API van DUO.' })
export class PipVersieVoorGemeente {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '1 = het eerste PIP (start van de inburgeringstermijn); elke wijziging een hogere versie.' })
  versie!: number;

  @Field(() => LocalDate, { description: 'DUO dagtekeningPip. Niet vóór de start van de inburgeringsplicht, de vestiging of het vorige PIP.' })
  dagtekeningPip!: string;

  @Field(() => Leerroute)
  leerroute!: string;

  @Field(() => PipNiveau, { nullable: true, description: 'Zonder opgave B1 bij de B1-route en de onderwijsroute; leeg bij de Z-route.' })
  niveau!: string | null;

  @Field(() => Int, { nullable: true, description: 'DUO geschatteIntensiteitB1Route: geschatte uren taalles; alleen B1-route en asielstatushouder, daar verplicht.' })
  geschatteIntensiteitB1Route!: number | null;

  @Field(() => Alfabetisering)
  indicatorAlfabetiseringsonderwijs!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Datum van het inburgeringsaanbod (alleen asielstatushouders), niet vóór de dagtekening.' })
  datumInburgeringsaanbod!: string | null;

  @Field(() => RedenLateStart, { nullable: true, description: 'Verplicht als het aanbod later komt dan drie maanden na het PIP.' })
  redenLateStart!: string | null;

  @Field(() => Boolean, { description: 'Eenzijdig vastgesteld, bijvoorbeeld na drie keer niet verschijnen bij de brede intake (001 §3.4.2).' })
  eenzijdigVastgesteld!: boolean;

  @Field(() => PipWijzigingsreden, { nullable: true, description: 'Leeg bij het eerste PIP; verplicht bij elke wijziging.' })
  wijzigingsreden!: string | null;

  @Field(() => DateTime)
  vastgesteldOp!: Date;
}

@InputType({ description: 'Een PIP vaststellen of wijzigen. Alle regels van DUO voor het aanleveren van een PIP worden gecontroleerd voordat er iets wordt opgeslagen.' })
export class PipInput {
  @Field(() => LocalDate)
  dagtekeningPip!: string;

  @Field(() => Leerroute)
  leerroute!: 'B' | 'O' | 'Z';

  @Field(() => PipNiveau, { nullable: true })
  niveau?: 'A2' | 'B1' | null;

  @Field(() => Int, { nullable: true })
  geschatteIntensiteitB1Route?: number | null;

  @Field(() => Alfabetisering, { nullable: true })
  indicatorAlfabetiseringsonderwijs?: 'A' | 'AA' | 'NVT' | null;

  @Field(() => LocalDate, { nullable: true })
  datumInburgeringsaanbod?: string | null;

  @Field(() => RedenLateStart, { nullable: true })
  redenLateStart?: string | null;

  @Field(() => Boolean, { nullable: true })
  eenzijdigVastgesteld?: boolean | null;

  @Field(() => PipWijzigingsreden, { nullable: true })
  wijzigingsreden?: 'AFSCHALEN' | 'OPSCHALEN' | 'ROUTEWISSEL' | 'INTENSITEIT' | 'CORRECTIE' | null;
}

@ObjectType({ description: 'DUO Inburgeringstermijn: drie jaar vanaf de dagtekening van het eerste PIP, eventueel verlengd.' })
export class Inburgeringstermijn {
  @Field(() => LocalDate)
  startdatum!: string;

  @Field(() => LocalDate)
  einddatum!: string;

  @Field(() => String, { nullable: true, description: 'Grond van de laatste verlenging (DUO verlengingsgrondcode), als de termijn is verlengd.' })
  verlengingsgrondcode!: string | null;
}

@InputType({ description: 'Een verlenging van de inburgeringstermijn zoals DUO die heeft vastgesteld (Inburgeringstermijn-API).' })
export class TermijnverlengingInput {
  @Field(() => String, { description: 'DUO verlengingsgrondcode.' })
  verlengingsgrondcode!: string;

  @Field(() => String, { description: 'DUO verlengingsgrondomschrijving.' })
  verlengingsgrondomschrijving!: string;

  @Field(() => LocalDate, { description: 'De nieuwe einddatum: na de huidige.' })
  nieuweEinddatum!: string;

  @Field(() => LocalDate, { description: 'DUO wijzigingsdatum.' })
  wijzigingsdatum!: string;
}
