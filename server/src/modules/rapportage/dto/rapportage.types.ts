import { createUnionType, Field, ID, Int, ObjectType } from 'type-graphql';
import { RegistratieResultaat } from '../../aanwezigheid/dto/registreer-aanwezigheid.input.js';
import { DateTime, LocalDate } from '../../../graphql/scalars.js';
import {
  Advies, Adviesgrond, Belemmering, BelemmeringGevolg, Examenniveau, Examenonderdeel, ExamenresultaatCode, Examenvoorbereiding, MapResultaatCode,
  Rapportagesoort, RedenGeenResultaat, RedenLateStartTraject, RedenMapNietAfgerond, RedenPvtNietVoldaan, TaalschakelResultaatCode,
  Toetsniveau, VoortgangOordeel, ZNiveau,
} from './rapportage.enums.js';

/** Fields every report version has; each soort's type adds its payload. */
@ObjectType({ description: 'Velden die elke melding heeft.' })
class RapportageBasis {
  @Field(() => ID, { description: 'Id van deze versie.' })
  id!: string;

  @Field(() => ID, { description: 'Het traject waarover de melding gaat.' })
  trajectId!: string;

  @Field(() => Rapportagesoort, { description: 'Soort melding.' })
  soort!: string;

  @Field(() => Int, { description: '1 bij de eerste melding; +1 bij elke correctie.' })
  versie!: number;

  @Field(() => DateTime, { description: 'Wanneer deze versie is ingediend.' })
  ingediendOp!: Date;

  @Field(() => LocalDate, { description: 'Vanaf deze dag kan de aanbieder niet meer zelf corrigeren: de vijftiende dag na indienen of heropenen (003 §3.5: definitief na twee weken).' })
  definitiefVanaf!: string;

  @Field(() => DateTime, { nullable: true, description: 'Gezet als een nieuwere versie deze verving.' })
  vervangenOp!: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'Wanneer de gemeente de melding heropende voor correctie.' })
  heropendOp!: Date | null;
}

@ObjectType({ description: 'Een tussentijds toetsresultaat.' })
export class Toetsresultaat {
  @Field(() => Examenonderdeel, { description: 'Vaardigheid.' })
  onderdeel!: string;

  @Field(() => Toetsniveau, { description: 'Bereikt niveau.' })
  niveau!: string;

  @Field(() => LocalDate, { description: 'Datum van de toets.' })
  datum!: string;
}

@ObjectType({ description: 'Voortgangsrapportage van de taalaanbieder.' })
export class Voortgangsrapportage extends RapportageBasis {
  @Field(() => LocalDate, { description: 'Peildatum.' })
  peildatum!: string;

  @Field(() => VoortgangOordeel, { description: 'Voortgang in het algemeen.' })
  voortgang!: string;

  @Field(() => [Belemmering], { description: 'Belemmerende omstandigheden (categorieën).' })
  belemmeringen!: string[];

  @Field(() => [BelemmeringGevolg], { description: 'Wat de belemmeringen betekenen voor de deelname (codes); leeg bij meldingen zonder.' })
  belemmeringGevolgen!: string[];

  @Field(() => String, { nullable: true, description: 'Korte toelichting bij de belemmeringen (vrije tekst; nieuwe meldingen gebruiken belemmeringGevolgen).' })
  belemmeringToelichting!: string | null;

  @Field(() => Examenvoorbereiding, { description: 'Stand van de examenvoorbereiding.' })
  examenvoorbereiding!: string;

  @Field(() => [Toetsresultaat], { description: 'Tussentijdse toetsresultaten.' })
  toetsresultaten!: Toetsresultaat[];

  @Field(() => Advies, { description: 'Advies aan de gemeente.' })
  advies!: string;

  @Field(() => [Adviesgrond], { description: 'Gronden van het advies.' })
  adviesGronden!: string[];

  @Field(() => String, { nullable: true, description: 'Onderbouwing van het advies.' })
  adviesToelichting!: string | null;
}

@ObjectType({ description: 'Resultaat van het taalschakeltraject.' })
export class Taalschakelresultaat extends RapportageBasis {
  @Field(() => TaalschakelResultaatCode, { description: 'Het resultaat.' })
  resultaat!: string;

  @Field(() => LocalDate, { description: 'Datum van het resultaat.' })
  datum!: string;
}

@ObjectType({ description: 'Examenresultaat zoals DUO\'s Examen-API het codeert.' })
export class Examenresultaat extends RapportageBasis {
  @Field(() => Examenonderdeel, { description: 'DUO onderdeel.' })
  onderdeel!: string;

  @Field(() => Examenniveau, { nullable: true, description: 'DUO niveau (leeg bij KNM).' })
  niveau!: string | null;

  @Field(() => LocalDate, { description: 'DUO examendatum.' })
  examendatum!: string;

  @Field(() => ExamenresultaatCode, { description: 'DUO resultaat.' })
  resultaat!: string;

  @Field(() => RedenGeenResultaat, { nullable: true, description: 'DUO redenGeenResultaat.' })
  redenGeenResultaat!: string | null;
}

@ObjectType({ description: 'Resultaat van de Z-route.' })
export class ZRouteResultaat extends RapportageBasis {
  @Field(() => Boolean, { description: 'Of de Z-route is afgerond.' })
  afgerond!: boolean;

  @Field(() => LocalDate, { nullable: true, description: 'DUO datumAfrondingZroute.' })
  datumAfrondingZroute!: string | null;

  @Field(() => Int, { description: 'Gerealiseerde uren taal.' })
  urenTaalGerealiseerd!: number;

  @Field(() => Int, { description: 'Gerealiseerde uren participatie.' })
  urenParticipatieGerealiseerd!: number;

  @Field(() => ZNiveau, { nullable: true, description: 'Bereikt niveau.' })
  niveauBereikt!: string | null;
}

@ObjectType({ description: 'Resultaat van de MAP.' })
export class MapResultaat extends RapportageBasis {
  @Field(() => LocalDate, { nullable: true, description: 'Gerealiseerde startdatum (leeg als de MAP nooit begon).' })
  gerealiseerdeStartdatum!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Aangepaste geplande einddatum.' })
  aangepasteEinddatum!: string | null;

  @Field(() => RedenLateStartTraject, { nullable: true, description: 'Reden voor een late start.' })
  redenLateStart!: string | null;

  @Field(() => MapResultaatCode, { description: 'Afgerond of niet.' })
  resultaat!: string;

  @Field(() => LocalDate, { nullable: true, description: 'DUO datumEindgesprekMap.' })
  datumEindgesprekMap!: string | null;

  @Field(() => RedenMapNietAfgerond, { nullable: true, description: 'Reden niet afgerond.' })
  redenNietAfgerond!: string | null;
}

@ObjectType({ description: 'Resultaat van het participatieverklaringstraject.' })
export class PvtResultaat extends RapportageBasis {
  @Field(() => LocalDate, { nullable: true, description: 'Start van de deelname.' })
  gerealiseerdeStartdatum!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Einde van de deelname.' })
  gerealiseerdeEinddatum!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'DUO datumOndertekeningPvt.' })
  datumOndertekeningPvt!: string | null;

  @Field(() => RedenPvtNietVoldaan, { nullable: true, description: 'Reden niet voldaan.' })
  redenNietVoldaan!: string | null;
}

const TYPE_PER_SOORT = {
  VOORTGANG: Voortgangsrapportage, TAALSCHAKEL_RESULTAAT: Taalschakelresultaat, EXAMENRESULTAAT: Examenresultaat,
  Z_ROUTE_RESULTAAT: ZRouteResultaat, MAP_RESULTAAT: MapResultaat, PVT_RESULTAAT: PvtResultaat,
} as const;

export const RapportageUnion = createUnionType({
  name: 'Rapportage',
  description: 'Een melding van een aanbieder; het type hangt af van de soort.',
  types: () => Object.values(TYPE_PER_SOORT),
  resolveType: (waarde) => TYPE_PER_SOORT[(waarde as { soort: keyof typeof TYPE_PER_SOORT }).soort],
});

@ObjectType({ description: 'Uitkomst van een melding.' })
export class MeldingResultaat {
  @Field(() => RegistratieResultaat, { description: 'NIEUW, ONGEWIJZIGD (identiek, niets opgeslagen) of GECORRIGEERD (nieuwe versie).' })
  resultaat!: string;

  @Field(() => RapportageUnion, { description: 'De actuele versie na deze melding.' })
  rapportage!: typeof RapportageUnion;
}
