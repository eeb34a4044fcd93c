import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { enumVan } from '../../../graphql/common.types.js';
import { DateTime } from '../../../graphql/scalars.js';
import { INZAGE_ACTIES, WEIGERING_ACTIES, type InzageRegel } from '../inzage.js';

export const InzageActie = enumVan([...INZAGE_ACTIES, ...WEIGERING_ACTIES] as const);
registerEnumType(InzageActie, {
  name: 'InzageActie',
  description: 'Wat er met de gegevens gebeurde. GEGEVENS_VERSTREKT: aan een aanbieder gegeven (een toegewezen traject); TOEGANG_GEWEIGERD en INLOG_GEWEIGERD: een geweigerde poging.',
});

@ObjectType('Inzage', { description: 'Eén keer dat iemand gegevens van deze persoon zag of wijzigde, of dat het werd geweigerd (002: toegang moet herleidbaar zijn).' })
export class InzageVoorGemeente {
  @Field(() => DateTime, { description: 'Wanneer.' })
  tijdstip!: Date;

  @Field(() => String, { nullable: true, description: "'gemeente' of 'aanbieder'; leeg bij een geweigerde poging zonder bekend account." })
  organisatieSoort!: string | null;

  @Field(() => String, { nullable: true, description: 'Naam van de gemeente of aanbieder.' })
  organisatieNaam!: string | null;

  @Field(() => String, { description: 'Naam van de gebruiker, of van het API-token.' })
  wie!: string;

  @Field(() => InzageActie, { description: 'Wat er gebeurde.' })
  actie!: InzageRegel['actie'];

  @Field(() => String, { nullable: true, description: 'Leeg als de toegang plaatsvond; anders de foutcode waarmee die werd geweigerd.' })
  geweigerd!: string | null;

  @Field(() => String, { nullable: true, description: 'Bij GEGEVENS_VERSTREKT: de aanbieder die de gegevens kreeg.' })
  ontvangerNaam!: string | null;

  @Field(() => String, { nullable: true, description: 'Het X-Request-Id van het verzoek, om de regel met andere logs te verbinden.' })
  verzoekId!: string | null;
}

@ObjectType('AvgInzageBestand', { description: 'De gegevens van één persoon en het hele inzagelog daarvan, als bestand voor een inzageverzoek (artikel 15 AVG).' })
export class AvgInzageBestandVoorGemeente {
  @Field(() => String, { description: 'Voorgestelde bestandsnaam.' })
  bestandsnaam!: string;

  @Field(() => String, { description: 'De inhoud: JSON met het dossier, de besluiten en het inzagelog.' })
  inhoud!: string;
}
