import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Aanwezigheid } from '../../../graphql/common.types.js';
import { RegistratieResultaat } from './registreer-aanwezigheid.input.js';

@ObjectType({ description: 'Eén overtreden regel, bij het veld waar hij over gaat.' })
export class Veldfout {
  @Field(() => String, { description: 'Domeincode, bijvoorbeeld UREN_MEER_DAN_INGEROOSTERD.' })
  domeinCode!: string;

  @Field(() => String, { description: 'Het veld, zoals input.urenAanwezig.' })
  veld!: string;

  @Field(() => String, { description: 'Nederlandse melding waarmee de gebruiker verder kan.' })
  melding!: string;
}

@ObjectType({ description: 'Uitkomst van één regel uit een reeks: opgeslagen (met resultaat) of afgewezen (met fouten). Goede regels blijven bewaard als een andere regel fout is.' })
export class AanwezigheidRijResultaat {
  @Field(() => Int, { description: 'Volgnummer van de regel in de invoer (vanaf 0).' })
  rij!: number;

  @Field(() => RegistratieResultaat, { nullable: true, description: 'NIEUW, ONGEWIJZIGD of GECORRIGEERD; leeg als de regel is afgewezen.' })
  resultaat!: string | null;

  @Field(() => Aanwezigheid, { nullable: true, description: 'De actuele versie na deze regel; leeg als de regel is afgewezen.' })
  aanwezigheid!: Aanwezigheid | null;

  @Field(() => Aanwezigheid, { nullable: true, description: 'Bij GECORRIGEERD: de versie die deze regel vervangt (in een proefdraai: zou vervangen), om oud naast nieuw te tonen vóór het opslaan. Uw eigen eerdere melding; anders leeg.' })
  vorige!: Aanwezigheid | null;

  @Field(() => [Veldfout], { description: 'Alle overtreden regels; leeg als de regel is opgeslagen.' })
  fouten!: Veldfout[];
}

@ObjectType({ description: 'De actuele melding van één traject voor een periode.' })
export class AanwezigheidVanTraject {
  @Field(() => ID, { description: 'Het traject.' })
  trajectId!: string;

  @Field(() => Aanwezigheid, { description: 'De actuele versie.' })
  aanwezigheid!: Aanwezigheid;
}
