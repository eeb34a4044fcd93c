import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../../graphql/scalars.js';
import {
  Advies, Adviesgrond, Belemmering, BelemmeringGevolg, Examenniveau, Examenonderdeel, ExamenresultaatCode, Examenvoorbereiding, MapResultaatCode,
  RedenGeenResultaat, RedenLateStartTraject, RedenMapNietAfgerond, RedenPvtNietVoldaan, TaalschakelResultaatCode, Toetsniveau,
  VoortgangOordeel, ZNiveau,
} from './rapportage.enums.js';

@InputType({ description: 'Basis van elke melding: het traject waarover het gaat.' })
class MeldingInput {
  @Field(() => ID, { description: 'Id van uw traject (zie `deelnemers`).' })
  trajectId!: string;
}

@InputType({ description: 'Resultaat van een tussentijdse toets voor één vaardigheid.' })
export class ToetsresultaatInput {
  @Field(() => Examenonderdeel, { description: 'Vaardigheid, met DUO\'s code.' })
  onderdeel!: string;

  @Field(() => Toetsniveau, { description: 'Bereikt niveau.' })
  niveau!: string;

  @Field(() => LocalDate, { description: 'Datum van de toets; niet na de peildatum.' })
  datum!: string;
}

@InputType({ description: 'Voortgangsrapportage (domain.md §5). Per peildatum één melding; opnieuw sturen binnen twee weken is een correctie.' })
export class VoortgangInput extends MeldingInput {
  @Field(() => LocalDate, { description: 'De datum waarop de rapportage betrekking heeft; niet in de toekomst, niet vóór de start van het traject.' })
  peildatum!: string;

  @Field(() => VoortgangOordeel, { description: 'Voortgang in het algemeen.' })
  voortgang!: string;

  @Field(() => [Belemmering], { description: 'Belemmerende omstandigheden, als categorieën (elk één keer).' })
  belemmeringen!: string[];

  @Field(() => [BelemmeringGevolg], { nullable: true, description: 'Wat de belemmeringen betekenen voor de deelname, als codes (elk één keer); alleen bij een belemmering. Vervangt belemmeringToelichting.' })
  belemmeringGevolgen?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Korte toelichting (hoogstens 200 tekens), alleen bij een belemmering. Geen medische of religieuze details: een tekst met een medische term wordt geweigerd (MEDISCHE_GEGEVENS).',
    deprecationReason: 'Gebruik belemmeringGevolgen: vrije tekst nodigt uit tot medische details (domain.md §7). Wordt nog aangenomen en gecontroleerd op medische termen, en blijft minstens tot 1 juli 2027.',
  })
  belemmeringToelichting?: string | null;

  @Field(() => Examenvoorbereiding, { description: 'Stand van de examenvoorbereiding.' })
  examenvoorbereiding!: string;

  @Field(() => [ToetsresultaatInput], { description: 'Tussentijdse toetsresultaten, per vaardigheid het laatste.' })
  toetsresultaten!: ToetsresultaatInput[];

  @Field(() => Advies, { description: 'Advies over afschalen, opschalen of routewissel; GEEN als er geen advies is.' })
  advies!: string;

  @Field(() => [Adviesgrond], { description: 'Waarop het advies steunt; verplicht bij een advies, leeg zonder.' })
  adviesGronden!: string[];

  @Field(() => String, { nullable: true, description: 'Korte onderbouwing van het advies (hoogstens 500 tekens); verplicht bij een advies.' })
  adviesToelichting?: string | null;
}

@InputType({ description: 'Resultaat van het taalschakeltraject.' })
export class TaalschakelResultaatInput extends MeldingInput {
  @Field(() => TaalschakelResultaatCode, { description: 'Het resultaat.' })
  resultaat!: string;

  @Field(() => LocalDate, { description: 'Datum van het resultaat; niet in de toekomst.' })
  datum!: string;
}

@InputType({ description: 'Een examenresultaat zoals DUO\'s Examen-API het codeert (Examenresultaat). Eén melding per onderdeel en examendatum.' })
export class ExamenresultaatInput extends MeldingInput {
  @Field(() => Examenonderdeel, { description: 'DUO onderdeel.' })
  onderdeel!: string;

  @Field(() => Examenniveau, { nullable: true, description: 'DUO niveau; verplicht, behalve bij KNM (dat heeft geen niveau).' })
  niveau?: string | null;

  @Field(() => LocalDate, { description: 'DUO examendatum; niet in de toekomst.' })
  examendatum!: string;

  @Field(() => ExamenresultaatCode, { description: 'DUO resultaat.' })
  resultaat!: string;

  @Field(() => RedenGeenResultaat, { nullable: true, description: 'DUO redenGeenResultaat: verplicht bij resultaat GEEN, anders leeg.' })
  redenGeenResultaat?: string | null;
}

@InputType({ description: 'Resultaat van de Z-route (domain.md §5).' })
export class ZRouteResultaatInput extends MeldingInput {
  @Field(() => Boolean, { description: 'Of de Z-route is afgerond.' })
  afgerond!: boolean;

  @Field(() => LocalDate, { nullable: true, description: 'DUO datumAfrondingZroute: verplicht bij afgerond, anders leeg.' })
  datumAfrondingZroute?: string | null;

  @Field(() => Int, { description: 'Gerealiseerde uren taal van de urenverplichting (hele uren).' })
  urenTaalGerealiseerd!: number;

  @Field(() => Int, { description: 'Gerealiseerde uren participatie van de urenverplichting (hele uren).' })
  urenParticipatieGerealiseerd!: number;

  @Field(() => ZNiveau, { nullable: true, description: 'Bereikt niveau (A1 of A2), als bekend.' })
  niveauBereikt?: string | null;
}

@InputType({ description: 'Resultaat van de Module Arbeidsmarkt en Participatie (domain.md §5).' })
export class MapResultaatInput extends MeldingInput {
  @Field(() => LocalDate, { nullable: true, description: 'Gerealiseerde startdatum; alleen leeg bij NIET_AFGEROND als de MAP nooit begon.' })
  gerealiseerdeStartdatum?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Aangepaste geplande einddatum.' })
  aangepasteEinddatum?: string | null;

  @Field(() => RedenLateStartTraject, { nullable: true, description: 'Verplicht als de start later is dan gepland.' })
  redenLateStart?: string | null;

  @Field(() => MapResultaatCode, { description: 'Afgerond of niet.' })
  resultaat!: string;

  @Field(() => LocalDate, { nullable: true, description: 'DUO datumEindgesprekMap: verplicht bij AFGEROND; niet vóór de start, niet in de toekomst.' })
  datumEindgesprekMap?: string | null;

  @Field(() => RedenMapNietAfgerond, { nullable: true, description: 'Verplicht bij NIET_AFGEROND.' })
  redenNietAfgerond?: string | null;
}

@InputType({ description: 'Resultaat van het participatieverklaringstraject: de datum van ondertekening, of één van de acht redenen niet voldaan (003 §3.5).' })
export class PvtResultaatInput extends MeldingInput {
  @Field(() => LocalDate, { nullable: true, description: 'Start van de deelname; per reden leeg, gevuld of optioneel (zie RedenPvtNietVoldaan).' })
  gerealiseerdeStartdatum?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Einde van de deelname; per reden leeg, gevuld of optioneel.' })
  gerealiseerdeEinddatum?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'DUO datumOndertekeningPvt; leeg bij een reden niet voldaan.' })
  datumOndertekeningPvt?: string | null;

  @Field(() => RedenPvtNietVoldaan, { nullable: true, description: 'Reden niet voldaan. Niet-verwijtbare redenen vanaf twee maanden vóór het einde van de termijn; verwijtbare en overmacht pas erna.' })
  redenNietVoldaan?: string | null;
}
