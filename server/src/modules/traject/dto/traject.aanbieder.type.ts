import { Field, Int, ObjectType } from 'type-graphql';
import { Leerroute, PipNiveau, PipWijzigingsreden } from '../../../graphql/code-enums.js';
import { Aanwezigheid } from '../../../graphql/common.types.js';
import { LocalDate } from '../../../graphql/scalars.js';
import { TeDoenType } from './te-doen.type.js';
import { TrajectBasis } from './traject.base.type.js';

@ObjectType({ description: 'Een wijziging van eerdere PIP-afspraken die de taalaanbieder moet kennen (002: wijzigingen in eerdere PIP-afspraken).' })
export class PipWijziging {
  @Field(() => LocalDate, { description: 'Dagtekening van het gewijzigde PIP.' })
  dagtekeningPip!: string;

  @Field(() => PipWijzigingsreden, { nullable: true, description: 'Waarom het PIP is gewijzigd: afschalen, opschalen, routewissel, intensiteit of correctie (001 §4.4).' })
  wijzigingsreden!: string | null;

  @Field(() => Leerroute, { description: 'Leerroute na de wijziging.' })
  leerroute!: string;

  @Field(() => PipNiveau, { nullable: true, description: 'Te behalen niveau na de wijziging.' })
  niveau!: string | null;

  @Field(() => Int, { nullable: true, description: 'Geschatte uren taalles (intensiteit) na de wijziging.' })
  geschatteIntensiteitB1Route!: number | null;
}

/** The aanbieder's view of a traject: what the gemeente gives it for this soort (domain.md §4), nothing more. */
@ObjectType('Traject', { description: 'Een traject dat de gemeente aan uw organisatie heeft toegewezen, met de afspraken die voor deze soort traject gelden.' })
export class TrajectVoorAanbieder extends TrajectBasis {
  @Field(() => String, { nullable: true, description: 'Uw eigen referentie voor dit traject (zetAanbiederReferentie); een upload kan het traject ermee noemen.' })
  aanbiederReferentie!: string | null;

  @Field(() => String, { description: 'Gemeente die het traject inkoopt.' })
  gemeenteNaam!: string;

  @Field(() => PipNiveau, { nullable: true, description: 'Taal- en Z-trajecten: het taalniveau volgens het eerste PIP. Leeg voor MAP en PVT.' })
  niveauEerstePip!: string | null;

  @Field(() => [PipWijziging], { description: 'Taal- en Z-trajecten: latere wijzigingen van de PIP-afspraken (leerroute, niveau, intensiteit), oudste eerst.' })
  pipWijzigingen!: PipWijziging[];

  @Field(() => LocalDate, { nullable: true, description: 'MAP en PVT: DUO-einddatum van de inburgeringstermijn (met verlenging), exclusief zoals bij DUO: de laatste dag van de termijn is de dag ervoor; het traject moet vóór deze datum af zijn.' })
  termijnEinddatum!: string | null;

  @Field(() => [TeDoenType], { description: 'Wat u voor dit traject nog moet melden (aanwezigheid, voortgang, resultaat), oudste eerst; leeg als alles binnen is.' })
  teDoen!: TeDoenType[];
}

@ObjectType('TrajectDetail', { description: 'Een traject met de actuele aanwezigheidsmeldingen, nieuwste periode eerst.' })
export class TrajectDetailVoorAanbieder extends TrajectVoorAanbieder {
  @Field(() => [Aanwezigheid], { description: 'Actuele aanwezigheidsmeldingen van dit traject (per periode de laatste versie), nieuwste periode eerst.' })
  aanwezigheden!: Aanwezigheid[];
}
