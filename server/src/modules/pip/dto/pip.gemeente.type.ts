import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Alfabetisering, Leerroute, PipNiveau, PipWijzigingsreden, RedenLateStart } from '../../../graphql/code-enums.js';
import { DateTime, LocalDate } from '../../../graphql/scalars.js';

@ObjectType('PipVersie', { description: 'Eén versie van het Persoonlijk Plan Inburgering en Participatie (een beschikking; nooit overschreven). Velden heten zoals in de PIP-API van DUO.' })
export class PipVersieVoorGemeente {
  @Field(() => ID, { description: 'Id van deze versie van het PIP.' })
  id!: string;

  @Field(() => Int, { description: '1 = het eerste PIP (start van de inburgeringstermijn); elke wijziging een hogere versie.' })
  versie!: number;

  @Field(() => LocalDate, { description: 'DUO dagtekeningPip. Niet vóór de start van de inburgeringsplicht, de vestiging of het vorige PIP.' })
  dagtekeningPip!: string;

  @Field(() => Leerroute, { description: 'DUO Leerroute: B1-route, onderwijsroute of Z-route, om op het hoogst haalbare niveau in te burgeren.' })
  leerroute!: string;

  @Field(() => PipNiveau, { nullable: true, description: 'Zonder opgave B1 bij de B1-route en de onderwijsroute; leeg bij de Z-route.' })
  niveau!: string | null;

  @Field(() => Int, { nullable: true, description: 'DUO geschatteIntensiteitB1Route: geschatte uren taalles; alleen B1-route en asielstatushouder, daar verplicht.' })
  geschatteIntensiteitB1Route!: number | null;

  @Field(() => Alfabetisering, { description: 'DUO indicatorAlfabetiseringsonderwijs: of de leerroute alfabetiseringsonderwijs bevat, voor een analfabeet (A) of anders-gealfabetiseerde (AA).' })
  indicatorAlfabetiseringsonderwijs!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Datum van het inburgeringsaanbod (alleen asielstatushouders), niet vóór de dagtekening.' })
  datumInburgeringsaanbod!: string | null;

  @Field(() => RedenLateStart, { nullable: true, description: 'Verplicht als het aanbod later komt dan drie maanden na het PIP.' })
  redenLateStart!: string | null;

  @Field(() => Boolean, { description: 'Eenzijdig vastgesteld, bijvoorbeeld na drie keer niet verschijnen bij de brede intake (001 §3.4.2).' })
  eenzijdigVastgesteld!: boolean;

  @Field(() => PipWijzigingsreden, { nullable: true, description: 'Leeg bij het eerste PIP; verplicht bij elke wijziging.' })
  wijzigingsreden!: string | null;

  @Field(() => DateTime, { description: 'Moment waarop deze versie in het portaal is vastgelegd; de juridische datum is dagtekeningPip.' })
  vastgesteldOp!: Date;
}

@InputType({ description: 'Een PIP vaststellen of wijzigen. Alle regels van DUO voor het aanleveren van een PIP worden gecontroleerd voordat er iets wordt opgeslagen.' })
export class PipInput {
  @Field(() => LocalDate, { description: 'DUO dagtekeningPip: datum van de beschikking; niet in de toekomst en niet vóór de start van de inburgeringsplicht, de vestiging of het vorige PIP (DUO PIP-API). Het eerste PIP start de inburgeringstermijn (001 §3.4.3).' })
  dagtekeningPip!: string;

  @Field(() => Leerroute, { description: 'DUO Leerroute. Van route wisselen kan tot 18 maanden na de start van de inburgeringstermijn, vanuit de onderwijsroute de hele termijn (001 §3.4.4).' })
  leerroute!: 'B' | 'O' | 'Z';

  @Field(() => PipNiveau, { nullable: true, description: 'DUO NiveauPip; zonder opgave B1 bij de B1-route en de onderwijsroute. A2 niet met de onderwijsroute, B1 niet met de Z-route; afschalen naar A2 pas na 600 uur taalles (DUO PIP-API, 001 §3.4.4).' })
  niveau?: 'A2' | 'B1' | null;

  @Field(() => Int, { nullable: true, description: 'DUO geschatteIntensiteitB1Route: geschat totaal aantal uren voor de B1-route (taalcursus en KNM). Een heel aantal van 1 tot en met 9999 (anders BAD_USER_INPUT PIP_INTENSITEIT_BUITEN_BEREIK). Verplicht bij de B1-route van een asielstatushouder, anders leeg (DUO PIP-API).' })
  geschatteIntensiteitB1Route?: number | null;

  @Field(() => Alfabetisering, { nullable: true, description: 'DUO indicatorAlfabetiseringsonderwijs; standaard NVT.' })
  indicatorAlfabetiseringsonderwijs?: 'A' | 'AA' | 'NVT' | null;

  @Field(() => LocalDate, { nullable: true, description: 'DUO datumInburgeringsaanbod: alleen voor asielstatushouders, niet vóór de dagtekening. Later dan drie maanden na het PIP vraagt een redenLateStart (001 §3.4.4, §4.8).' })
  datumInburgeringsaanbod?: string | null;

  @Field(() => RedenLateStart, { nullable: true, description: 'Verplicht als het inburgeringsaanbod later komt dan drie maanden na de dagtekening (001 §4.8).' })
  redenLateStart?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Eenzijdig vastgesteld, bijvoorbeeld na drie keer niet verschijnen bij de brede intake (001 §3.4.2); standaard onwaar.' })
  eenzijdigVastgesteld?: boolean | null;

  @Field(() => PipWijzigingsreden, { nullable: true, description: 'Leeg bij het eerste PIP; verplicht bij elke wijziging (001 §4.4).' })
  wijzigingsreden?: 'AFSCHALEN' | 'OPSCHALEN' | 'ROUTEWISSEL' | 'INTENSITEIT' | 'CORRECTIE' | null;
}

@ObjectType({ description: 'DUO Inburgeringstermijn: drie jaar vanaf de dagtekening van het eerste PIP, eventueel verlengd.' })
export class Inburgeringstermijn {
  @Field(() => LocalDate, { description: 'DUO startdatum (inclusief): de dagtekening van het eerste PIP (001 §3.4.3).' })
  startdatum!: string;

  @Field(() => LocalDate, { description: 'DUO einddatum (exclusief): drie jaar na de startdatum, of de nieuwe einddatum van de laatste verlenging.' })
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
