import { Field, InputType } from 'type-graphql';
import { Alfabetisering, Doelgroep, Geslacht, LbtResultaat, Opleidingsniveau, RedenGeenInburgeringsplicht, Regime } from '../../../graphql/code-enums.js';
import { LocalDate } from '../../../graphql/scalars.js';
import type { RedenGeenInburgeringsplicht as Reden } from '../dossier.codes.js';

@InputType({ description: 'Gegevens van een dossier die de regisseur bijhoudt. Alleen de meegegeven velden veranderen; leeg ("") maakt een veld leeg.' })
export class DossierGegevensInput {
  @Field(() => String, { nullable: true, description: 'E-mailadres van de inburgeraar; de gemeente geeft het als contactgegeven door aan aanbieders met een traject (002 Gegevenslevering door gemeenten).' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Telefoonnummer (cijfers, eventueel met +, spaties of streepjes); contactgegeven voor aanbieders met een traject (002 Gegevenslevering door gemeenten).' })
  telefoon?: string | null;

  @Field(() => String, { nullable: true, description: 'Straat van het woonadres (BRP); hoogstens 100 tekens.' })
  straat?: string | null;

  @Field(() => String, { nullable: true, description: 'Huisnummer met eventuele toevoeging; hoogstens 100 tekens.' })
  huisnummer?: string | null;

  @Field(() => String, { nullable: true, description: '1234AB; een spatie mag.' })
  postcode?: string | null;

  @Field(() => String, { nullable: true, description: 'Woonplaats (BRP); hoogstens 100 tekens.' })
  woonplaats?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Inschrijving in de BRP van de gemeente.' })
  datumVestiging?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Start van de inburgeringsplicht zoals DUO die meldt (DUO Inburgeringsplicht.begindatum); het PIP kan niet eerder gedagtekend zijn.' })
  begindatumInburgeringsplicht?: string | null;

  @Field(() => LbtResultaat, { nullable: true, description: 'Uitslag van de leerbaarheidstoets die DUO aan de gemeente terugkoppelt (DUO LeerbaarheidstoetsResultaat, 001 §3.4.2).' })
  lbtResultaat?: 'B1_ROUTE_HAALBAAR' | 'B1_ROUTE_NIET_HAALBAAR' | 'ONBEKEND' | null;

  @Field(() => LocalDate, { nullable: true, description: 'Datum van de leerbaarheidstoets (DUO datumAfname); niet in de toekomst.' })
  lbtDatumAfname?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Recht op maatschappelijke begeleiding, zoals DUO dat meldt. De gemeente legt alleen deze indicatie en de startdatum vast, voor eigen gebruik en CBS (001 §3.4.6).' })
  rechtMaatschappelijkeBegeleiding?: boolean | null;

  @Field(() => LocalDate, { nullable: true, description: 'Startdatum van de maatschappelijke begeleiding; alleen bij recht erop, niet in de toekomst (001 §3.4.6).' })
  startMaatschappelijkeBegeleiding?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Start van het financieel ontzorgen (asielstatushouders met bijstand, minstens de eerste zes maanden; 001 §4.1); niet in de toekomst.' })
  startOntzorgen?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Einde van het ontzorgen; alleen met een start en niet ervoor. CBS vraagt begin en einde (001 §4.1).' })
  eindeOntzorgen?: string | null;

  @Field(() => Opleidingsniveau, { nullable: true, description: 'Hoogst genoten opleiding, voor de Statistiek Wet inburgering van CBS (002 Art. 35 lid 4).' })
  opleidingsniveau?: 'GEEN' | 'BASISONDERWIJS' | 'VOORTGEZET_ONDERWIJS' | 'MBO' | 'HBO_WO' | 'ONBEKEND' | null;

  @Field(() => Alfabetisering, { nullable: true, description: 'Analfabeet (A), anders-gealfabetiseerd (AA) of niet van toepassing (NVT), voor CBS (002 Art. 35 lid 4).' })
  alfabetisering?: 'A' | 'AA' | 'NVT' | null;
}

@InputType({ description: 'Een nieuw dossier, bijvoorbeeld na DUO-signaal SS101 (persoon is inburgeringsplichtig).' })
export class RegistreerInburgeraarInput extends DossierGegevensInput {
  @Field(() => String, { description: 'BSN: 9 cijfers (of 8 zonder voorloopnul), elfproef.' })
  bsn!: string;

  @Field(() => String, { description: 'Voornamen volgens de BRP (1 tot 200 tekens).' })
  voornamen!: string;

  @Field(() => String, { nullable: true, description: 'Tussenvoegsel van de achternaam, als er een is.' })
  tussenvoegsel?: string | null;

  @Field(() => String, { description: 'Achternaam volgens de BRP (1 tot 200 tekens).' })
  achternaam!: string;

  @Field(() => LocalDate, { description: 'Geboortedatum volgens de BRP; niet in de toekomst.' })
  geboortedatum!: string;

  @Field(() => Geslacht, { nullable: true, description: 'Geslacht volgens de BRP; standaard ONBEKEND.' })
  geslacht?: 'MAN' | 'VROUW' | 'ONBEKEND' | null;

  @Field(() => Regime, { nullable: true, description: 'Standaard WI2021.' })
  regime?: 'WI2021' | 'WI2013' | 'WI2007' | null;

  @Field(() => Doelgroep, { description: 'Doelgroep bij registratie; alleen voor een asielstatushouder koopt de gemeente een leerroute in (domain.md §2).' })
  doelgroep!: 'ASIELSTATUSHOUDER' | 'GEZINSMIGRANT' | 'OVERIGE_MIGRANT';

  @Field(() => LocalDate, { description: 'Sinds wanneer deze doelgroep geldt.' })
  doelgroepBegindatum!: string;
}

@InputType({ description: 'Het einde van de inburgeringsplicht, zoals DUO het meldt. Een overlijden registreert u met registreerOverlijden.' })
export class EindeInburgeringsplichtInput {
  @Field(() => LocalDate, { description: 'Einde van de plicht (DUO Inburgeringsplicht.einddatum); niet in de toekomst en niet vóór de start.' })
  datum!: string;

  @Field(() => RedenGeenInburgeringsplicht, { description: 'Waarom de plicht eindigt (DUO redenGeenInburgeringsplicht); niet OVERLIJDEN.' })
  reden!: Reden;
}
