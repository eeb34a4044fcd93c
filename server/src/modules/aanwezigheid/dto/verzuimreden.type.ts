import { Field, ObjectType, registerEnumType } from 'type-graphql';

export const VerzuimSoort = { GEOORLOOFD: 'GEOORLOOFD', ONGEOORLOOFD: 'ONGEOORLOOFD' } as const;
registerEnumType(VerzuimSoort, { name: 'VerzuimSoort', description: 'Geoorloofd (met geldige reden) of ongeoorloofd verzuim.' });

@ObjectType({ description: 'Een reden voor verzuim uit de vaste codelijst. Ziekte is een categorie, nooit een diagnose.' })
export class Verzuimreden {
  @Field(() => String)
  code!: string;

  @Field(() => VerzuimSoort)
  soort!: string;

  @Field(() => String)
  omschrijving!: string;
}
