import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { enumVan } from '../../../graphql/common.types.js';
import { LocalDate } from '../../../graphql/scalars.js';
import { REDENEN_INTREKKING, TRAJECT_EINDES, type RedenIntrekking as RedenIntrekkingCode, type TrajectEinde as TrajectEindeCode } from '../beeindiging.codes.js';

export const TrajectEinde = enumVan(TRAJECT_EINDES);
registerEnumType(TrajectEinde, { name: 'TrajectEinde', description: 'Hoe een lopend traject eindigt: AFGEROND (op een datum) of INGETROKKEN door de gemeente (met een reden).' });

export const RedenIntrekking = enumVan(REDENEN_INTREKKING);
registerEnumType(RedenIntrekking, {
  name: 'RedenIntrekking',
  description: 'Waarom de gemeente een traject introk. DOSSIER_INGETROKKEN zet het portaal zelf bij het intrekken van het dossier; DUBBELE_TOEWIJZING ook bij het opruimen van dubbel toegewezen trajecten van vóór die regel.',
});

@InputType({ description: 'Beëindig een lopend traject, zodat het niet meer loopt en een vervolgtraject kan worden toegewezen. De aanbieder ziet het traject daarna niet meer.' })
export class BeeindigTrajectInput {
  @Field(() => ID, { description: 'Id van een lopend traject van uw gemeente.' })
  trajectId!: string;

  @Field(() => TrajectEinde, { description: 'AFGEROND of INGETROKKEN.' })
  status!: TrajectEindeCode;

  @Field(() => LocalDate, { nullable: true, description: 'AFGEROND: de dag waarop het traject is afgerond (verplicht; niet vóór de geplande start, niet na vandaag). INGETROKKEN: vanaf wanneer (leeg: vandaag).' })
  einddatum?: string | null;

  @Field(() => RedenIntrekking, { nullable: true, description: 'Alleen en verplicht bij INGETROKKEN: een code, geen vrije tekst.' })
  redenIntrekking?: RedenIntrekkingCode | null;
}
