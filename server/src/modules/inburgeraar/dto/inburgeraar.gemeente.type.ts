import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../../graphql/common.types.js';
import { LocalDate } from '../../../graphql/scalars.js';
import { TrajectVoorGemeente } from '../../traject/dto/traject.gemeente.type.js';

@ObjectType('Inburgeraar', { description: 'Een inburgeringsplichtige van uw gemeente.' })
export class InburgeraarVoorGemeente {
  @Field(() => ID, { description: 'Id van het dossier; dezelfde waarde kent de aanbieder als portaalReferentie.' })
  id!: string;

  @Field(() => String, { description: 'Burgerservicenummer (9 cijfers, elfproef). Alleen voor de gemeente: nooit voor aanbieders.' })
  bsn!: string;

  @Field(() => String)
  voornamen!: string;

  @Field(() => String, { nullable: true })
  tussenvoegsel!: string | null;

  @Field(() => String)
  achternaam!: string;

  @Field(() => LocalDate)
  geboortedatum!: string;
}

@ObjectType('Dossier', { description: 'Het dossier van een inburgeraar: persoon, contact en trajecten met de gemelde uren.' })
export class DossierVoorGemeente extends InburgeraarVoorGemeente {
  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  telefoon!: string | null;

  @Field(() => String)
  gemeenteNaam!: string;

  @Field(() => [TrajectVoorGemeente])
  trajecten!: TrajectVoorGemeente[];
}

@ObjectType('InburgeraarConnection')
export class InburgeraarConnection {
  @Field(() => [InburgeraarVoorGemeente])
  nodes!: InburgeraarVoorGemeente[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
