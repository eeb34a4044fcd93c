import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DossierStatus } from '../../../graphql/code-enums.js';
import { DateTime, LocalDate } from '../../../graphql/scalars.js';
import { Rapportagesoort } from '../../rapportage/dto/rapportage.enums.js';

@ObjectType({ description: 'Aantal dossiers met een status.' })
export class StatusTelling {
  @Field(() => DossierStatus, { description: 'De status.' })
  status!: string;

  @Field(() => Int, { description: 'Aantal dossiers.' })
  aantal!: number;
}

@ObjectType({ description: 'Iets in een dossier dat aandacht vraagt.' })
export class Werkpunt {
  @Field(() => ID, { description: 'Het dossier.' })
  inburgeraarId!: string;

  @Field(() => String, { description: 'Naam van de persoon.' })
  naam!: string;

  @Field(() => String, { description: 'Wat er te doen is.' })
  wat!: string;

  @Field(() => LocalDate, { description: 'Sinds wanneer.' })
  sinds!: string;
}

@ObjectType({ description: 'Eén melding (versie) van een aanbieder in een dossier van de gemeente.' })
export class NieuweMelding {
  @Field(() => ID, { description: 'Het dossier.' })
  inburgeraarId!: string;

  @Field(() => String, { description: 'Naam van de persoon.' })
  naam!: string;

  @Field(() => Rapportagesoort, { description: 'Soort melding.' })
  soort!: string;

  @Field(() => Int, { description: 'Versie: 1 is een nieuwe melding, hoger een correctie.' })
  versie!: number;

  @Field(() => String, { description: 'De aanbieder die meldde.' })
  aanbiederNaam!: string;

  @Field(() => DateTime, { description: 'Wanneer de aanbieder deze versie indiende.' })
  ingediendOp!: Date;
}

@ObjectType({ description: 'Wat er sinds het vorige bezoek van deze gebruiker is gemeld.' })
export class SindsVorigBezoek {
  @Field(() => DateTime, { nullable: true, description: 'De vorige keer inloggen; leeg bij de eerste keer.' })
  sinds!: Date | null;

  @Field(() => Int, { description: 'Aanwezigheidsmeldingen (versies) sindsdien.' })
  aanwezigheden!: number;

  @Field(() => Int, { description: 'Andere meldingen van aanbieders (versies) sindsdien.' })
  rapportages!: number;

  @Field(() => [NieuweMelding], { description: 'Die andere meldingen zelf, nieuwste eerst (hoogstens 20); bij het eerste bezoek de laatste 20.' })
  meldingen!: NieuweMelding[];
}

@ObjectType({ description: 'Het startscherm van de regisseur: aantallen en wat eerst aandacht vraagt (lijsten hoogstens 20).' })
export class Dashboard {
  @Field(() => [StatusTelling], { description: 'Dossiers per status.' })
  perStatus!: StatusTelling[];

  @Field(() => [Werkpunt], { description: 'Actieve dossiers zonder PIP, 10 weken of langer na de vestiging (DUO-signaal SS120).' })
  zonderPip!: Werkpunt[];

  @Field(() => [Werkpunt], { description: 'MAP-, PVT- en Z-routeresultaten van aanbieders waarover nog geen besluit is genomen.' })
  teBeoordelen!: Werkpunt[];

  @Field(() => [Werkpunt], { description: 'Adviezen van taalaanbieders (afschalen, opschalen, routewissel) van na het actuele PIP.' })
  adviezen!: Werkpunt[];

  @Field(() => SindsVorigBezoek, { description: 'Wat er sinds het vorige bezoek is gemeld.' })
  sindsVorigBezoek!: SindsVorigBezoek;
}
