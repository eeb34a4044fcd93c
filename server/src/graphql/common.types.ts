import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ROLLEN } from '../modules/auth/rol.js';
import { TRAJECTSOORTEN } from '../modules/organisatie/trajectsoort.js';
import { TRAJECT_STATUSSEN } from '../modules/traject/traject.entity.js';
import { DateTime, LocalDate } from './scalars.js';

/** Builds a GraphQL enum from one of the domain's `as const` code lists, so there is one list, not two. */
export function enumVan<T extends readonly string[]>(waarden: T): { [K in T[number]]: K } {
  return Object.fromEntries(waarden.map((w) => [w, w])) as { [K in T[number]]: K };
}

export const Rol = enumVan(ROLLEN);
registerEnumType(Rol, {
  name: 'Rol',
  description: 'Rol binnen de eigen organisatie, zoals in het DUO-portaal: RAADPLEGEN (lezen), MUTEREN (lezen en wijzigen), BEHEER (gebruikers, API-tokens en contracten).',
});

export const OrganisatieSoort = { AANBIEDER: 'aanbieder', GEMEENTE: 'gemeente' } as const;
registerEnumType(OrganisatieSoort, { name: 'OrganisatieSoort', description: 'Of de ingelogde partij een gemeente of een aanbieder is.' });

export const Trajectsoort = enumVan(TRAJECTSOORTEN);
registerEnumType(Trajectsoort, {
  name: 'Trajectsoort',
  description: 'Soort traject dat de gemeente bij een aanbieder inkoopt (Wi2021, leerroutes B1, onderwijs en Z; MAP; PVT).',
  valuesConfig: {
    B1_ROUTE: { description: 'Taaltraject in de B1-route (alleen asielstatushouders).' },
    ONDERWIJSROUTE: { description: 'Onderwijsroute met taalschakeltraject (alleen asielstatushouders).' },
    Z_ROUTE: { description: 'Zelfredzaamheidsroute: taal en participatie (alleen asielstatushouders).' },
    MAP: { description: 'Module Arbeidsmarkt en Participatie.' },
    PVT: { description: 'Participatieverklaringstraject.' },
  },
});

export const TrajectStatus = enumVan(TRAJECT_STATUSSEN);
registerEnumType(TrajectStatus, { name: 'TrajectStatus', description: 'ACTIEF: toegewezen en lopend; AFGEROND; INGETROKKEN door de gemeente.' });

@ObjectType({ description: 'Wie er is ingelogd, voor welke organisatie en met welke rollen.' })
export class Mij {
  @Field(() => OrganisatieSoort, { description: 'Of de ingelogde organisatie een gemeente of een aanbieder is; dat bepaalt welk schema geldt.' })
  soort!: 'aanbieder' | 'gemeente';

  @Field(() => ID, { description: 'Id van de gemeente of aanbieder.' })
  organisatieId!: string;

  @Field(() => String, { description: 'Naam van de gemeente of aanbieder waarvoor u bent ingelogd.' })
  organisatieNaam!: string;

  @Field(() => String, { description: 'Naam van de gebruiker, of van het API-token.' })
  naam!: string;

  @Field(() => [Rol], { description: 'Uw rollen binnen deze organisatie, zoals in het DUO-portaal (003 §2.1, §3.1).' })
  rollen!: string[];
}

@ObjectType({ description: 'Paginering met een cursor: vraag de volgende pagina met `after: endCursor`.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Waar als er na deze pagina nog resultaten volgen.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor van het laatste resultaat op deze pagina; geef hem mee als `after` voor de volgende pagina. Leeg bij een lege pagina.' })
  endCursor!: string | null;
}

@ObjectType({ description: 'Uren afgeleid uit de actuele aanwezigheidsmeldingen van de aanbieder; nooit apart ingevoerd.' })
export class UrenTotalen {
  @Field(() => Float, { description: 'Ingeroosterde (geplande) lesuren in de gemelde perioden.' })
  ingeroosterd!: number;

  @Field(() => Float, { description: 'Uren aanwezig.' })
  aanwezig!: number;

  @Field(() => Float, { description: 'Uren geoorloofd verzuim.' })
  geoorloofdVerzuim!: number;

  @Field(() => Float, { description: 'Uren ongeoorloofd verzuim.' })
  ongeoorloofdVerzuim!: number;

  @Field(() => Int, { description: 'Aantal gemelde perioden.' })
  perioden!: number;

  @Field(() => LocalDate, { nullable: true, description: 'Laatste dag waarover aanwezigheid is gemeld (tot en met). DUO\'s bekendTot is de dag erna (exclusief).' })
  gemeldTot!: string | null;

  // Kept for a deprecation period: `bekendTot` elsewhere means DUO's exclusive date; here it always was the last day.
  @Field(() => LocalDate, { nullable: true, description: 'Laatste dag waarover aanwezigheid is gemeld (tot en met): dezelfde waarde als gemeldTot.', deprecationReason: 'Gebruik gemeldTot (zelfde waarde). Elders in het portaal is bekendTot, zoals bij DUO, de dag ná de laatste gemelde dag.' })
  get bekendTot(): string | null {
    return this.gemeldTot;
  }
}

@ObjectType({ description: 'Aanwezigheid en verzuim van één traject over één periode (week of lesdag), actuele versie.' })
export class Aanwezigheid {
  @Field(() => ID, { description: 'Id van deze versie van de melding; een correctie krijgt een nieuw id.' })
  id!: string;

  @Field(() => LocalDate, { description: 'Eerste dag van de periode (maandag van de week, of de lesdag).' })
  periodeVan!: string;

  @Field(() => LocalDate, { description: 'Laatste dag van de periode (inclusief).' })
  periodeTot!: string;

  @Field(() => Int, { description: 'Versie: 1 bij de eerste melding, +1 bij elke correctie.' })
  versie!: number;

  @Field(() => Float, { description: 'Ingeroosterde lesuren in de periode (002 Gegevenslevering aan gemeenten: aanwezigheid).' })
  urenIngeroosterd!: number;

  @Field(() => Float, { description: 'Uren aanwezig; hieruit volgen de gevolgde uren die de gemeente aan DUO doorgeeft (domain.md §6).' })
  urenAanwezig!: number;

  @Field(() => Float, { description: 'Uren geoorloofd verzuim: afwezig met een geldige reden (zie redenGeoorloofdVerzuim).' })
  urenGeoorloofdVerzuim!: number;

  @Field(() => String, { nullable: true, description: 'Code uit `verzuimredenen` (soort GEOORLOOFD).' })
  redenGeoorloofdVerzuim!: string | null;

  @Field(() => Float, { description: 'Uren ongeoorloofd verzuim: afwezig zonder geldige reden; de gemeente gebruikt dit bij handhaving (001 §4.7).' })
  urenOngeoorloofdVerzuim!: number;

  @Field(() => String, { nullable: true, description: 'Code uit `verzuimredenen` (soort ONGEOORLOOFD).' })
  redenOngeoorloofdVerzuim!: string | null;

  @Field(() => DateTime, { description: 'Moment waarop de aanbieder deze versie meldde.' })
  ingediendOp!: Date;
}
