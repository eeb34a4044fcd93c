import { Field, ObjectType, registerEnumType } from 'type-graphql';

export const VerzuimSoort = { GEOORLOOFD: 'GEOORLOOFD', ONGEOORLOOFD: 'ONGEOORLOOFD' } as const;
registerEnumType(VerzuimSoort, { name: 'VerzuimSoort', description: 'Geoorloofd (met geldige reden) of ongeoorloofd verzuim.' });

@ObjectType({ description: 'Een reden voor verzuim uit de vaste codelijst. Ziekte is een categorie, nooit een diagnose.' })
export class Verzuimreden {
  @Field(() => String, { description: 'Code om mee te geven als redenGeoorloofdVerzuim of redenOngeoorloofdVerzuim.' })
  code!: string;

  @Field(() => VerzuimSoort, { description: 'Bij welk soort verzuim deze reden hoort.' })
  soort!: string;

  @Field(() => String, { description: 'Omschrijving van de reden; een categorie, nooit medische details (002 Gezondheidsgegevens).' })
  omschrijving!: string;
}
