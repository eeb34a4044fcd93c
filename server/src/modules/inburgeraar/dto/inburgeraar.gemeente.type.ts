import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Alfabetisering, Doelgroep, DossierStatus, Geslacht, LbtResultaat, Opleidingsniveau, Regime } from '../../../graphql/code-enums.js';
import { PageInfo } from '../../../graphql/common.types.js';
import { LocalDate } from '../../../graphql/scalars.js';
import { Inburgeringstermijn, PipVersieVoorGemeente } from '../../pip/dto/pip.gemeente.type.js';
import { TrajectVoorGemeente } from '../../traject/dto/traject.gemeente.type.js';

@ObjectType({ description: 'Een periode waarin de persoon tot een doelgroep behoorde (de doelgroep kan wijzigen; 001 §1.4).' })
export class Doelgroepperiode {
  @Field(() => Doelgroep)
  doelgroep!: string;

  @Field(() => LocalDate)
  begindatum!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Leeg: de huidige doelgroep.' })
  einddatum!: string | null;
}

@ObjectType({ description: 'DUO Gevolgde uren, afgeleid uit de aanwezigheidsmeldingen van alle aanbieders (hele uren, zoals DUO ze telt).' })
export class GevolgdeUren {
  @Field(() => Int, { description: 'DUO ParticipatieAlsTaalles: gevolgde uren taalles Nederlands en KNM in de leerroute (ook van een vorige leerroute), zonder brede intake. Telt voor afschalen na 600 uur.' })
  participatieAlsTaalles!: number;

  @Field(() => Int, { description: 'DUO TaallesEnKnmBredeIntake: uren taalles en KNM tijdens de brede intake.' })
  taallesEnKnmBredeIntake!: number;

  @Field(() => Int, { description: 'DUO ParticipatieactiviteitenBredeIntake: uren participatie (Z-route), MAP en PVT meegeteld, brede intake inbegrepen.' })
  participatieactiviteitenBredeIntake!: number;

  @Field(() => LocalDate, { nullable: true, description: 'DUO bekendTot: de uren zijn bekend tot deze datum (exclusief).' })
  bekendTot!: string | null;
}

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

  @Field(() => Geslacht)
  geslacht!: string;

  @Field(() => String, { nullable: true })
  straat!: string | null;

  @Field(() => String, { nullable: true })
  huisnummer!: string | null;

  @Field(() => String, { nullable: true, description: 'Postcode zonder spatie (1234AB).' })
  postcode!: string | null;

  @Field(() => String, { nullable: true })
  woonplaats!: string | null;

  @Field(() => Regime)
  regime!: string;

  @Field(() => Doelgroep, { nullable: true, description: 'De huidige doelgroep.' })
  doelgroep!: string | null;

  @Field(() => [Doelgroepperiode], { description: 'Alle doelgroepen door de tijd, oudste eerst.' })
  doelgroepHistorie!: Doelgroepperiode[];

  @Field(() => LocalDate, { nullable: true, description: 'Start van de inburgeringsplicht (DUO Inburgeringsplicht.begindatum).' })
  begindatumInburgeringsplicht!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Inschrijving in de BRP van de gemeente; het PIP moet binnen 10 weken volgen (DUO-signaal SS120).' })
  datumVestiging!: string | null;

  @Field(() => LbtResultaat, { nullable: true })
  lbtResultaat!: string | null;

  @Field(() => LocalDate, { nullable: true })
  lbtDatumAfname!: string | null;

  @Field(() => Boolean)
  rechtMaatschappelijkeBegeleiding!: boolean;

  @Field(() => LocalDate, { nullable: true })
  startMaatschappelijkeBegeleiding!: string | null;

  @Field(() => LocalDate, { nullable: true })
  startOntzorgen!: string | null;

  @Field(() => LocalDate, { nullable: true })
  eindeOntzorgen!: string | null;

  @Field(() => Opleidingsniveau)
  opleidingsniveau!: string;

  @Field(() => Alfabetisering)
  alfabetisering!: string;

  @Field(() => DossierStatus)
  status!: string;

  @Field(() => PipVersieVoorGemeente, { nullable: true, description: 'Het actuele PIP (de hoogste versie).' })
  actuelePip!: PipVersieVoorGemeente | null;

  @Field(() => [PipVersieVoorGemeente], { description: 'Alle versies van het PIP, nieuwste eerst.' })
  pipHistorie!: PipVersieVoorGemeente[];

  @Field(() => Inburgeringstermijn, { nullable: true, description: 'Leeg zolang er geen PIP is.' })
  inburgeringstermijn!: Inburgeringstermijn | null;

  @Field(() => GevolgdeUren)
  gevolgdeUren!: GevolgdeUren;

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
