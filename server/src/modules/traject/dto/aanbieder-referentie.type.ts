import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'De eigen referentie van uw organisatie bij één traject, na het zetten ervan.' })
export class TrajectReferentie {
  @Field(() => ID, { description: 'Het traject.' })
  trajectId!: string;

  @Field(() => String, { nullable: true, description: 'Uw eigen referentie (zoals ReferentieAanbieder in iWmo); leeg als er geen is.' })
  aanbiederReferentie!: string | null;
}
