import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { RedenPvtNietVoldaan } from './rapportage.enums.js';

export const DeelnameRegel = { LEEG: 'LEEG', GEVULD: 'GEVULD', OPTIONEEL: 'OPTIONEEL' } as const;
registerEnumType(DeelnameRegel, { name: 'DeelnameRegel', description: "Wat de datums van deelname bij een reden moeten zijn: leeg, gevuld of optioneel (003 §3.5)." });
export const Tijdvak = { NIET_VERWIJTBAAR: 'NIET_VERWIJTBAAR', NA_TERMIJN: 'NA_TERMIJN' } as const;
registerEnumType(Tijdvak, { name: 'Tijdvak', description: 'Wanneer een reden kan: NIET_VERWIJTBAAR vanaf twee maanden vóór het einde van de termijn; NA_TERMIJN pas erna (003 §3.5).' });

@ObjectType({ description: 'Een reden niet voldaan aan de PVT-plicht met de regels die DUO erbij stelt, zodat een formulier ze kan volgen.' })
export class PvtReden {
  @Field(() => RedenPvtNietVoldaan, { description: 'De code.' })
  code!: string;

  @Field(() => String, { description: "DUO's omschrijving." })
  omschrijving!: string;

  @Field(() => DeelnameRegel, { description: 'Regel voor de start- en einddatum van deelname.' })
  deelname!: string;

  @Field(() => Tijdvak, { description: 'Vanaf wanneer de reden kan worden doorgegeven.' })
  tijdvak!: string;
}
