import { Field, ObjectType } from 'type-graphql';
import { Aanwezigheid } from '../../../graphql/common.types.js';
import { LocalDate } from '../../../graphql/scalars.js';
import { RegistratieResultaat } from '../../aanwezigheid/dto/registreer-aanwezigheid.input.js';
import { RedenIntrekking } from './beeindig-traject.input.js';
import { RapportageUnion } from '../../rapportage/dto/rapportage.types.js';
import { TrajectBasis } from './traject.base.type.js';

@ObjectType('Traject', { description: 'Een traject van de inburgeraar bij een aanbieder, met wat de aanbieder meldde.' })
export class TrajectVoorGemeente extends TrajectBasis {
  @Field(() => String, { description: 'Aanbieder die het traject uitvoert.' })
  aanbiederNaam!: string;

  @Field(() => Boolean, { description: 'Gevolgd tijdens de brede intake: telt bij DUO in een eigen urenbak.' })
  tijdensBredeIntake!: boolean;

  @Field(() => [RapportageUnion], { description: 'Meldingen van de aanbieder over dit traject, met alle versies (nieuwste versie eerst).' })
  rapportages!: (typeof RapportageUnion)[];

  @Field(() => [Aanwezigheid], { description: 'Actuele aanwezigheidsmeldingen, nieuwste periode eerst.' })
  aanwezigheden!: Aanwezigheid[];

  @Field(() => LocalDate, { nullable: true, description: 'AFGEROND: de dag waarop het traject is afgerond; INGETROKKEN: vanaf wanneer. Leeg zolang het loopt (en bij trajecten die vóór deze gegevens eindigden).' })
  einddatum!: string | null;

  @Field(() => RedenIntrekking, { nullable: true, description: 'Waarom de gemeente het traject introk; leeg als het niet is ingetrokken.' })
  redenIntrekking!: string | null;

  @Field(() => RegistratieResultaat, { nullable: true, description: 'Alleen in het antwoord van wijsTrajectToe: NIEUW (toegewezen), of ONGEWIJZIGD (deze toewijzing liep al met dezelfde soort, aanbieder en geplande datums; niets opgeslagen). Elders leeg.' })
  toewijzingResultaat?: string | null;
}
