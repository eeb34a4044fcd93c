import { Field, Float, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Aanwezigheid } from '../../../graphql/common.types.js';
import { LocalDate } from '../../../graphql/scalars.js';
import type { VersieResultaat } from '../../shared/versie.js';

@InputType({ description: 'Aanwezigheid van één traject over één periode. Opnieuw sturen met dezelfde waarden verandert niets; andere waarden voor dezelfde periode zijn een correctie.' })
export class AanwezigheidInput {
  @Field(() => ID, { nullable: true, description: 'Id van het traject (zie `deelnemers`); of noem het traject met aanbiederReferentie.' })
  trajectId?: string | null;

  @Field(() => String, { nullable: true, description: 'Uw eigen referentie van het traject (zetAanbiederReferentie), in plaats van trajectId: één van beide.' })
  aanbiederReferentie?: string | null;

  @Field(() => LocalDate, { description: 'Eerste dag van de periode (maandag van de week, of de lesdag).' })
  periodeVan!: string;

  @Field(() => LocalDate, { description: 'Laatste dag van de periode; hoogstens 31 dagen na periodeVan en hoogstens vandaag: alleen dagen die al geweest zijn, of vandaag (anders PERIODE_IN_TOEKOMST).' })
  periodeTot!: string;

  @Field(() => Float, { description: 'Ingeroosterde lesuren in de periode.' })
  urenIngeroosterd!: number;

  @Field(() => Float, { description: 'Uren aanwezig.' })
  urenAanwezig!: number;

  @Field(() => Float, { description: 'Uren geoorloofd verzuim; vraagt een reden.' })
  urenGeoorloofdVerzuim!: number;

  @Field(() => String, { nullable: true, description: 'Code uit `verzuimredenen` van soort GEOORLOOFD.' })
  redenGeoorloofdVerzuim?: string | null;

  @Field(() => Float, { description: 'Uren ongeoorloofd verzuim; vraagt een reden.' })
  urenOngeoorloofdVerzuim!: number;

  @Field(() => String, { nullable: true, description: 'Code uit `verzuimredenen` van soort ONGEOORLOOFD.' })
  redenOngeoorloofdVerzuim?: string | null;
}

/** The GraphQL face of VersieResultaat (shared/versie.ts), used by attendance, reports and decisions alike. */
export const RegistratieResultaat = { NIEUW: 'NIEUW', ONGEWIJZIGD: 'ONGEWIJZIGD', GECORRIGEERD: 'GECORRIGEERD' } as const satisfies { [R in VersieResultaat]: R };
registerEnumType(RegistratieResultaat, {
  name: 'RegistratieResultaat',
  description: 'NIEUW: eerste melding voor deze periode; ONGEWIJZIGD: identiek aan de actuele versie, niets opgeslagen; GECORRIGEERD: nieuwe versie, de vorige blijft bewaard.',
});

@ObjectType({ description: 'Uitkomst van een aanwezigheidsmelding.' })
export class AanwezigheidRegistratie {
  @Field(() => RegistratieResultaat, { description: 'Of de melding nieuw was, niets veranderde of een correctie was.' })
  resultaat!: string;

  @Field(() => Aanwezigheid, { description: 'De actuele versie na deze melding.' })
  aanwezigheid!: Aanwezigheid;
}
