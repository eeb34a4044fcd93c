import { Field, InputType } from 'type-graphql';
import { Alfabetisering, Doelgroep, Geslacht, LbtResultaat, Opleidingsniveau, Regime } from '../../../graphql/code-enums.js';
import { LocalDate } from '../../../graphql/scalars.js';

@InputType({ description: 'Gegevens van een dossier die de regisseur bijhoudt. Alleen de meegegeven velden veranderen; leeg ("") maakt een veld leeg.' })
export class DossierGegevensInput {
  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  telefoon?: string | null;

  @Field(() => String, { nullable: true })
  straat?: string | null;

  @Field(() => String, { nullable: true })
  huisnummer?: string | null;

  @Field(() => String, { nullable: true, description: '1234AB; een spatie mag.' })
  postcode?: string | null;

  @Field(() => String, { nullable: true })
  woonplaats?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Inschrijving in de BRP van de gemeente.' })
  datumVestiging?: string | null;

  @Field(() => LocalDate, { nullable: true })
  begindatumInburgeringsplicht?: string | null;

  @Field(() => LbtResultaat, { nullable: true })
  lbtResultaat?: 'B1_ROUTE_HAALBAAR' | 'B1_ROUTE_NIET_HAALBAAR' | 'ONBEKEND' | null;

  @Field(() => LocalDate, { nullable: true })
  lbtDatumAfname?: string | null;

  @Field(() => Boolean, { nullable: true })
  rechtMaatschappelijkeBegeleiding?: boolean | null;

  @Field(() => LocalDate, { nullable: true })
  startMaatschappelijkeBegeleiding?: string | null;

  @Field(() => LocalDate, { nullable: true })
  startOntzorgen?: string | null;

  @Field(() => LocalDate, { nullable: true })
  eindeOntzorgen?: string | null;

  @Field(() => Opleidingsniveau, { nullable: true })
  opleidingsniveau?: 'GEEN' | 'BASISONDERWIJS' | 'VOORTGEZET_ONDERWIJS' | 'MBO' | 'HBO_WO' | 'ONBEKEND' | null;

  @Field(() => Alfabetisering, { nullable: true })
  alfabetisering?: 'A' | 'AA' | 'NVT' | null;
}

@InputType({ description: 'Een nieuw dossier, bijvoorbeeld na DUO-signaal SS101 (persoon is inburgeringsplichtig).' })
export class RegistreerInburgeraarInput extends DossierGegevensInput {
  @Field(() => String, { description: 'BSN: 9 cijfers (of 8 zonder voorloopnul), elfproef.' })
  bsn!: string;

  @Field(() => String)
  voornamen!: string;

  @Field(() => String, { nullable: true })
  tussenvoegsel?: string | null;

  @Field(() => String)
  achternaam!: string;

  @Field(() => LocalDate)
  geboortedatum!: string;

  @Field(() => Geslacht, { nullable: true })
  geslacht?: 'MAN' | 'VROUW' | 'ONBEKEND' | null;

  @Field(() => Regime, { nullable: true, description: 'Standaard WI2021.' })
  regime?: 'WI2021' | 'WI2013' | 'WI2007' | null;

  @Field(() => Doelgroep)
  doelgroep!: 'ASIELSTATUSHOUDER' | 'GEZINSMIGRANT' | 'OVERIGE_MIGRANT';

  @Field(() => LocalDate, { description: 'Sinds wanneer deze doelgroep geldt.' })
  doelgroepBegindatum!: string;
}
