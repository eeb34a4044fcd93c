import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumVan, PageInfo } from '../../../graphql/common.types.js';
import { DateTime } from '../../../graphql/scalars.js';
import { UPLOAD_STATUSSEN, type UploadStatus } from '../upload.entity.js';

export const AanwezigheidUploadStatus = enumVan(UPLOAD_STATUSSEN);
registerEnumType(AanwezigheidUploadStatus, {
  name: 'AanwezigheidUploadStatus',
  description: 'Waar een upload is: ONTVANGEN en CONTROLEREN (proefdraai loopt), GECONTROLEERD (wacht op opslaan), OPSLAAN, OPGESLAGEN; ONLEESBAAR (het bestand kon niet worden gelezen, zie melding) of INGETROKKEN.',
});

export const UploadRijFilter = { ALLE: 'ALLE', FOUTEN: 'FOUTEN', CORRECTIES: 'CORRECTIES' } as const;
registerEnumType(UploadRijFilter, { name: 'UploadRijFilter', description: 'Welke regels: alle, alleen die met fouten, of alleen die een al gemelde periode corrigeren.' });

@ObjectType({ description: 'Eén overtreden regel van een uploadregel, bij de kolom waar hij over gaat.' })
export class UploadVeldfout {
  @Field(() => String, { description: 'Domeincode, bijvoorbeeld LEEG of UREN_MEER_DAN_INGEROOSTERD.' })
  domeinCode!: string;

  @Field(() => String, { description: 'De kolom, zoals urenAanwezig.' })
  veld!: string;

  @Field(() => String, { description: 'Nederlandse melding.' })
  melding!: string;
}

@ObjectType({ description: 'Uren van één periode: wat een regel meldt, of de al gemelde versie die hij vervangt.' })
export class UploadUren {
  @Field(() => Float, { description: 'Ingeroosterde lesuren.' }) urenIngeroosterd!: number;
  @Field(() => Float, { description: 'Uren aanwezig.' }) urenAanwezig!: number;
  @Field(() => Float, { description: 'Uren geoorloofd verzuim.' }) urenGeoorloofdVerzuim!: number;
  @Field(() => String, { nullable: true, description: 'Reden van het geoorloofd verzuim (code).' }) redenGeoorloofdVerzuim!: string | null;
  @Field(() => Float, { description: 'Uren ongeoorloofd verzuim.' }) urenOngeoorloofdVerzuim!: number;
  @Field(() => String, { nullable: true, description: 'Reden van het ongeoorloofd verzuim (code).' }) redenOngeoorloofdVerzuim!: string | null;
}

@ObjectType({ description: 'De gemelde versie die een correctie vervangt.' })
export class UploadVorigeVersie extends UploadUren {
  @Field(() => Int, { description: 'Versienummer van de gemelde versie.' })
  versie!: number;
}

@ObjectType({ description: 'Wat een regel van het bestand meldt (als hij leesbaar was).' })
export class UploadInvoer extends UploadUren {
  @Field(() => String, { nullable: true, description: 'Het traject, zoals in het bestand; leeg als de regel het traject bij uw eigen referentie noemt.' })
  trajectId!: string | null;

  @Field(() => String, { nullable: true, description: 'Uw eigen referentie van het traject, zoals in het bestand; leeg als de regel een trajectId noemt.' })
  aanbiederReferentie!: string | null;

  @Field(() => String, { description: 'Eerste dag van de periode (JJJJ-MM-DD).' })
  periodeVan!: string;

  @Field(() => String, { description: 'Laatste dag van de periode (JJJJ-MM-DD).' })
  periodeTot!: string;
}

@ObjectType({ description: 'Uitkomst van één regel van een upload: na de proefdraai wat opslaan zou doen, na het opslaan wat er gebeurde.' })
export class AanwezigheidUploadRegel {
  @Field(() => Int, { description: 'Regelnummer in het bestand (kopregel = 1).' })
  regel!: number;

  @Field(() => UploadInvoer, { nullable: true, description: 'Wat de regel meldt; leeg als hij niet te lezen was.' })
  invoer!: UploadInvoer | null;

  @Field(() => String, { nullable: true, description: 'NIEUW, ONGEWIJZIGD, GECORRIGEERD of OVERGESLAGEN (een regel zonder uren); leeg bij fouten.' })
  resultaat!: string | null;

  @Field(() => UploadVorigeVersie, { nullable: true, description: 'Bij GECORRIGEERD: de gemelde versie die deze regel vervangt.' })
  vorige!: UploadVorigeVersie | null;

  @Field(() => [UploadVeldfout], { description: 'Alle fouten van de regel; leeg als hij in orde is.' })
  fouten!: UploadVeldfout[];
}

@ObjectType({ description: 'Een pagina regels van een upload, in de volgorde van het bestand.' })
export class AanwezigheidUploadRegelConnection {
  @Field(() => [AanwezigheidUploadRegel], { description: 'De regels op deze pagina.' })
  nodes!: AanwezigheidUploadRegel[];

  @Field(() => PageInfo, { description: 'Of er een volgende pagina is, en de cursor ernaartoe.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Aantal regels dat aan het filter voldoet.' })
  totalCount!: number;
}

@ObjectType({ description: 'Een geüpload aanwezigheidsbestand: de voortgang van de controle of het opslaan, en de tellingen.' })
export class AanwezigheidUploadVoorAanbieder {
  @Field(() => ID, { description: 'Id van de upload, zoals POST /upload/aanwezigheid het gaf.' }) id!: string;
  @Field(() => String, { description: 'Naam van het bestand.' }) bestandsnaam!: string;
  @Field(() => Int, { description: 'Grootte in bytes.' }) grootte!: number;
  @Field(() => AanwezigheidUploadStatus, { description: 'Waar de upload is.' }) status!: UploadStatus;
  @Field(() => String, { nullable: true, description: 'Waarom het bestand niet kon worden gelezen of opgeslagen.' }) melding!: string | null;
  @Field(() => Int, { description: 'Aantal regels in het bestand (bekend zodra het gelezen is).' }) totaal!: number;
  @Field(() => Int, { description: 'Aantal regels dat de lopende stap al heeft verwerkt.' }) verwerkt!: number;
  @Field(() => Int, { description: 'Regels in orde (na de proefdraai: die opgeslagen kunnen worden).' }) inOrde!: number;
  @Field(() => Int, { description: 'Regels met fouten.' }) metFouten!: number;
  @Field(() => Int, { description: 'Regels zonder uren, overgeslagen.' }) overgeslagen!: number;
  @Field(() => Int, { description: 'Regels die een al gemelde periode corrigeren; opslaan vraagt dan correctiesBevestigd.' }) correcties!: number;
  @Field(() => Int, { description: 'Regels opgeslagen.' }) opgeslagen!: number;
  @Field(() => DateTime, { description: 'Wanneer het bestand binnenkwam.' }) ontvangenOp!: Date;
  @Field(() => DateTime, { description: 'Wanneer de voortgang of de stand het laatst veranderde.' }) bijgewerktOp!: Date;
}
