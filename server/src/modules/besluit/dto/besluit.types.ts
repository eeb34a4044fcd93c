import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RegistratieResultaat } from '../../aanwezigheid/dto/registreer-aanwezigheid.input.js';
import { enumVan } from '../../../graphql/common.types.js';
import { DateTime, LocalDate } from '../../../graphql/scalars.js';
import { BESLUITSOORTEN, VERWIJTBAARHEID } from '../besluit.codes.js';

export const Besluitsoort = enumVan(BESLUITSOORTEN);
registerEnumType(Besluitsoort, { name: 'Besluitsoort', description: 'Waarover de gemeente besluit: MAP, PVT of de afronding van de Z-route (DUO MAP-PVT-Zroute-API).' });
export const Verwijtbaarheid = enumVan(VERWIJTBAARHEID);
registerEnumType(Verwijtbaarheid, { name: 'Verwijtbaarheid', description: "DUO 'Verwijtbaar (Ja/Nee)' bij een overschrijding van de inburgeringstermijn." });

@InputType({ description: 'Een besluit over MAP, PVT of Z-route. Alle voorwaarden van DUO worden gecontroleerd voordat er iets wordt opgeslagen.' })
export class BesluitInput {
  @Field(() => ID, { description: 'Id van het dossier.' })
  inburgeraarId!: string;

  @Field(() => Besluitsoort, { description: 'Soort besluit.' })
  soort!: 'MAP' | 'PVT' | 'Z_ROUTE';

  @Field(() => LocalDate, { nullable: true, description: 'DUO datumEindgesprekMap / datumOndertekeningPvt / datumAfrondingZroute. Leeg: niet voldaan, of intrekken van een eerdere datum.' })
  datum?: string | null;

  @Field(() => Verwijtbaarheid, { nullable: true, description: "JA alleen bij overschrijding van de termijn: op of na DUO's einddatum (exclusief; de laatste dag van de termijn is de dag ervoor). NEE vanaf twee maanden vóór die einddatum. Leeg als de datum vóór de einddatum ligt (binnen de termijn). Niet bij de Z-route." })
  verwijtbaar?: 'JA' | 'NEE' | null;

  @Field(() => ID, { nullable: true, description: 'Het traject van de aanbieder waarop het besluit steunt: een traject van dit dossier en van de soort van het besluit (MAP op MAP, PVT op PVT, Z-route op een Z-route-traject).' })
  trajectId?: string | null;
}

@ObjectType('Besluit', { description: 'Een (versie van een) besluit van de gemeente over MAP, PVT of Z-route.' })
export class BesluitVoorGemeente {
  @Field(() => ID, { description: 'Id van deze versie.' })
  id!: string;

  @Field(() => Besluitsoort, { description: 'Soort besluit.' })
  soort!: string;

  @Field(() => Int, { description: '1 voor het eerste besluit; +1 bij elke wijziging.' })
  versie!: number;

  @Field(() => Boolean, { description: 'Voldaan: er is een datum eindgesprek, ondertekening of afronding.' })
  voldaan!: boolean;

  @Field(() => LocalDate, { nullable: true, description: 'De datum (zie BesluitInput.datum).' })
  datum!: string | null;

  @Field(() => Verwijtbaarheid, { nullable: true, description: 'Verwijtbaarheid van de overschrijding.' })
  verwijtbaar!: string | null;

  @Field(() => ID, { nullable: true, description: 'Het traject waarop het besluit steunt.' })
  trajectId!: string | null;

  @Field(() => DateTime, { description: 'Wanneer dit besluit is genomen.' })
  genomenOp!: Date;

  @Field(() => DateTime, { nullable: true, description: 'Gezet als een nieuwere versie dit besluit verving.' })
  vervangenOp!: Date | null;

  @Field(() => String, { description: 'Het bericht zoals de MAP-PVT-Zroute-API van DUO het verwacht (JSON), om over te nemen.' })
  duoBericht!: string;

  @Field(() => LocalDate, { description: 'Uiterste datum om het besluit bij DUO te registreren: 10 werkdagen (001 §4.4).' })
  registrerenUiterlijk!: string;
}

@ObjectType({ description: 'Uitkomst van een besluit.' })
export class BesluitResultaat {
  @Field(() => RegistratieResultaat, { description: 'NIEUW, ONGEWIJZIGD (identiek, niets opgeslagen) of GECORRIGEERD (nieuwe versie).' })
  resultaat!: string;

  @Field(() => BesluitVoorGemeente, { description: 'Het actuele besluit.' })
  besluit!: BesluitVoorGemeente;
}
