import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { enumVan } from '../../../graphql/common.types.js';
import { LocalDate } from '../../../graphql/scalars.js';
import { Rapportagesoort } from '../../rapportage/dto/rapportage.enums.js';
import { TE_DOEN_CODES } from '../te-doen.js';

export const TeDoenCode = enumVan(TE_DOEN_CODES);
registerEnumType(TeDoenCode, {
  name: 'TeDoenCode',
  description: 'Wat de aanbieder voor een traject nog moet melden.',
  valuesConfig: {
    AANWEZIGHEID_ONTBREEKT: { description: 'Aanwezigheid ontbreekt vanaf `sinds` tot en met de laatste volledige week (of de geplande einddatum).' },
    VOORTGANG_VERWACHT: { description: 'Een voortgangsrapportage is verwacht: drie maanden na de vorige, of na de start als er nog geen is.' },
    RESULTAAT_VERWACHT: { description: 'De (uiterste) einddatum is verstreken zonder resultaat; `rapportagesoort` zegt welke melding het afsluit.' },
  },
});

@ObjectType('TeDoen', { description: 'Iets dat de aanbieder voor dit traject nog aan de gemeente moet melden.' })
export class TeDoenType {
  @Field(() => TeDoenCode, { description: 'Wat er ontbreekt.' })
  code!: string;

  @Field(() => LocalDate, { description: 'Eerste dag waarop het verwacht werd; het oudste punt is het dringendst.' })
  sinds!: string;

  @Field(() => Rapportagesoort, { nullable: true, description: 'Bij VOORTGANG_VERWACHT en RESULTAAT_VERWACHT: de melding die het punt afsluit.' })
  rapportagesoort!: string | null;
}
