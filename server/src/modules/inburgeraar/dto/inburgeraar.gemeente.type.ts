import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Alfabetisering, Doelgroep, DossierStatus, Geslacht, LbtResultaat, Opleidingsniveau, RedenGeenInburgeringsplicht, Regime } from '../../../graphql/code-enums.js';
import { PageInfo } from '../../../graphql/common.types.js';
import { LocalDate } from '../../../graphql/scalars.js';
import { Inburgeringstermijn, PipVersieVoorGemeente } from '../../pip/dto/pip.gemeente.type.js';
import { TrajectVoorGemeente } from '../../traject/dto/traject.gemeente.type.js';

@ObjectType({ description: 'Een periode waarin de persoon tot een doelgroep behoorde (de doelgroep kan wijzigen; 001 §1.4).' })
export class Doelgroepperiode {
  @Field(() => Doelgroep, { description: 'De doelgroep in deze periode (DUO Doelgroepindeling, met gezinsmigrant en overige migrant apart).' })
  doelgroep!: string;

  @Field(() => LocalDate, { description: 'De datum die het begin van de periode aangeeft (inclusief), zoals in de DUO Doelgroephistorie.' })
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

  @Field(() => LocalDate, { nullable: true, description: 'DUO bekendTot: de uren zijn bekend tot deze datum (exclusief): de laatste bekende dag is de dag ervoor.' })
  bekendTot!: string | null;
}

@ObjectType('Inburgeraar', { description: 'Een inburgeringsplichtige van uw gemeente.' })
export class InburgeraarVoorGemeente {
  @Field(() => DossierStatus, { description: 'Status van het dossier; na een verhuizing houdt de vorige gemeente alleen leesrecht (001 §4.5, 003 §3.9).' })
  status!: string;

  @Field(() => ID, { description: 'Id van het dossier; dezelfde waarde kent de aanbieder als portaalReferentie.' })
  id!: string;

  @Field(() => String, { description: 'Burgerservicenummer (9 cijfers, elfproef). Alleen voor de gemeente: nooit voor aanbieders.' })
  bsn!: string;

  @Field(() => String, { description: 'Voornamen volgens de BRP.' })
  voornamen!: string;

  @Field(() => String, { nullable: true, description: 'Tussenvoegsel van de achternaam, als er een is.' })
  tussenvoegsel!: string | null;

  @Field(() => String, { description: 'Achternaam volgens de BRP.' })
  achternaam!: string;

  @Field(() => LocalDate, { description: 'Geboortedatum volgens de BRP. Alleen voor de gemeente: een aanbieder krijgt hem niet (002 Gegevenslevering door gemeenten).' })
  geboortedatum!: string;
}

@ObjectType('Dossier', { description: 'Het dossier van een inburgeraar: persoon, contact en trajecten met de gemelde uren.' })
export class DossierVoorGemeente extends InburgeraarVoorGemeente {
  @Field(() => String, { nullable: true, description: 'E-mailadres; de gemeente geeft het als contactgegeven door aan aanbieders met een traject (002 Gegevenslevering door gemeenten).' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'Telefoonnummer; de gemeente geeft het als contactgegeven door aan aanbieders met een traject (002 Gegevenslevering door gemeenten).' })
  telefoon!: string | null;

  @Field(() => String, { description: 'Gemeente waar het dossier onder valt.' })
  gemeenteNaam!: string;

  @Field(() => Geslacht, { description: 'Geslacht volgens de BRP.' })
  geslacht!: string;

  @Field(() => String, { nullable: true, description: 'Straat van het woonadres (BRP).' })
  straat!: string | null;

  @Field(() => String, { nullable: true, description: 'Huisnummer met eventuele toevoeging.' })
  huisnummer!: string | null;

  @Field(() => String, { nullable: true, description: 'Postcode zonder spatie (1234AB).' })
  postcode!: string | null;

  @Field(() => String, { nullable: true, description: 'Woonplaats (BRP).' })
  woonplaats!: string | null;

  @Field(() => Regime, { description: 'De wet waaronder de inburgeringsplicht valt; een PIP hoort alleen bij de Wi2021 (domain.md §2, DUO-signaal SS190).' })
  regime!: string;

  @Field(() => Doelgroep, { nullable: true, description: 'De huidige doelgroep.' })
  doelgroep!: string | null;

  @Field(() => [Doelgroepperiode], { description: 'Alle doelgroepen door de tijd, oudste eerst.' })
  doelgroepHistorie!: Doelgroepperiode[];

  @Field(() => LocalDate, { nullable: true, description: 'Start van de inburgeringsplicht (DUO Inburgeringsplicht.begindatum).' })
  begindatumInburgeringsplicht!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Inschrijving in de BRP van de gemeente; het PIP moet binnen 10 weken volgen (DUO-signaal SS120).' })
  datumVestiging!: string | null;

  @Field(() => LbtResultaat, { nullable: true, description: 'Uitslag van de leerbaarheidstoets die DUO aan de gemeente terugkoppelt (DUO LeerbaarheidstoetsResultaat, 001 §3.4.2).' })
  lbtResultaat!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Datum van de leerbaarheidstoets (DUO datumAfname).' })
  lbtDatumAfname!: string | null;

  @Field(() => Boolean, { description: 'Recht op maatschappelijke begeleiding, zoals DUO dat meldt; de gemeente legt het vast voor eigen gebruik en CBS, niet voor DUO (001 §3.4.6).' })
  rechtMaatschappelijkeBegeleiding!: boolean;

  @Field(() => LocalDate, { nullable: true, description: 'Startdatum van de maatschappelijke begeleiding (001 §3.4.6).' })
  startMaatschappelijkeBegeleiding!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Start van het financieel ontzorgen: asielstatushouders met bijstand, minstens de eerste zes maanden (001 §4.1).' })
  startOntzorgen!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Einde van het ontzorgen; CBS vraagt begin en einde (001 §4.1).' })
  eindeOntzorgen!: string | null;

  @Field(() => Opleidingsniveau, { description: 'Hoogst genoten opleiding, voor de Statistiek Wet inburgering van CBS (002 Art. 35 lid 4).' })
  opleidingsniveau!: string;

  @Field(() => Alfabetisering, { description: 'Analfabeet (A), anders-gealfabetiseerd (AA) of niet van toepassing (NVT), voor CBS (002 Art. 35 lid 4).' })
  alfabetisering!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Einde van de inburgeringsplicht (DUO Inburgeringsplicht.einddatum); leeg zolang de plicht loopt.' })
  datumEindeInburgeringsplicht!: string | null;

  @Field(() => RedenGeenInburgeringsplicht, { nullable: true, description: 'Waarom de inburgeringsplicht eindigde (DUO redenGeenInburgeringsplicht).' })
  redenEindeInburgeringsplicht!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Datum van overlijden, als de persoon is overleden.' })
  overlijdensdatum!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Vanaf deze dag verwijdert het portaal alle gegevens behalve BSN, naam, adres, woonplaats, geboortedatum, vrijstelling, ontheffing en datum en wijze van voldoen: vijf jaar na het einde van de plicht of na overlijden (Besluit inburgering art. 9.9).' })
  verwijderenVanaf!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'De dag waarop de bewaartermijn is toegepast: sindsdien zijn van dit dossier alleen de gegevens met een bewaartermijn van 50 jaar over.' })
  retentieToegepastOp!: string | null;

  @Field(() => PipVersieVoorGemeente, { nullable: true, description: 'Het actuele PIP (de hoogste versie).' })
  actuelePip!: PipVersieVoorGemeente | null;

  @Field(() => [PipVersieVoorGemeente], { description: 'Alle versies van het PIP, nieuwste eerst.' })
  pipHistorie!: PipVersieVoorGemeente[];

  @Field(() => Inburgeringstermijn, { nullable: true, description: 'Leeg zolang er geen PIP is.' })
  inburgeringstermijn!: Inburgeringstermijn | null;

  @Field(() => GevolgdeUren, { description: 'DUO Gevolgde uren over alle trajecten, zoals de gemeente ze aan DUO doorgeeft (domain.md §6).' })
  gevolgdeUren!: GevolgdeUren;

  @Field(() => [TrajectVoorGemeente], { description: 'De trajecten van deze persoon bij aanbieders, met de gemelde aanwezigheid en uren.' })
  trajecten!: TrajectVoorGemeente[];
}

@ObjectType('InburgeraarConnection', { description: 'Een pagina dossiers van uw gemeente, op achternaam.' })
export class InburgeraarConnection {
  @Field(() => [InburgeraarVoorGemeente], { description: 'De inburgeraars op deze pagina.' })
  nodes!: InburgeraarVoorGemeente[];

  @Field(() => PageInfo, { description: 'Of er een volgende pagina is, en de cursor ernaartoe.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "Aantal dossiers dat aan de zoekvraag voldoet, over alle pagina's samen." })
  totalCount!: number;
}
