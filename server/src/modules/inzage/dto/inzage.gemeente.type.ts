import { Field, ObjectType } from 'type-graphql';
import { DateTime } from '../../../graphql/scalars.js';

@ObjectType('Inzage', { description: 'Eén keer dat iemand gegevens van deze persoon zag of wijzigde (002: toegang moet herleidbaar zijn).' })
export class InzageVoorGemeente {
  @Field(() => DateTime, { description: 'Wanneer.' })
  tijdstip!: Date;

  @Field(() => String, { description: "'gemeente' of 'aanbieder'." })
  organisatieSoort!: string;

  @Field(() => String, { description: 'Naam van de gemeente of aanbieder.' })
  organisatieNaam!: string;

  @Field(() => String, { description: 'Naam van de gebruiker, of van het API-token.' })
  wie!: string;

  @Field(() => String, { description: 'Wat er gebeurde: DOSSIERS_GEZOCHT, DOSSIER_GELEZEN, DOSSIER_GEWIJZIGD, DEELNEMERS_GELEZEN, TRAJECT_GELEZEN, GEGEVENS_GEMELD, TRAJECTEN_BIJ_AANBIEDER_GELEZEN of OVERZICHT_GELEZEN.' })
  actie!: string;
}
