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
  description: 'Rol binnen de eigen organisatie, zoals in het DUO-portaal: RAADPLEGEN (lezen), MUTEREN (lezen en wijzigen), BEHEER (gebruikers en API-tokens).',
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
  @Field(() => OrganisatieSoort)
  soort!: 'aanbieder' | 'gemeente';

  @Field(() => ID, { description: 'Id van de gemeente of aanbieder.' })
  organisatieId!: string;

  @Field(() => String)
  organisatieNaam!: string;

  @Field(() => String, { description: 'Naam van de gebruiker, of van het API-token.' })
  naam!: string;

  @Field(() => [Rol])
  rollen!: string[];
}

@ObjectType({ description: 'Paginering met een cursor: vraag de volgende pagina met `after: endCursor`.' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
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

  @Field(() => LocalDate, { nullable: true, description: 'Laatste dag waarover aanwezigheid is gemeld (DUO: bekendTot).' })
  bekendTot!: string | null;
}

@ObjectType({ description: 'Aanwezigheid en verzuim van één traject over één periode (week of lesdag), actuele versie.' })
export class Aanwezigheid {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalDate)
  periodeVan!: string;

  @Field(() => LocalDate)
  periodeTot!: string;

  @Field(() => Int, { description: 'Versie: 1 bij de eerste melding, +1 bij elke correctie.' })
  versie!: number;

  @Field(() => Float)
  urenIngeroosterd!: number;

  @Field(() => Float)
  urenAanwezig!: number;

  @Field(() => Float)
  urenGeoorloofdVerzuim!: number;

  @Field(() => String, { nullable: true, description: 'Code uit `verzuimredenen` (soort GEOORLOOFD).' })
  redenGeoorloofdVerzuim!: string | null;

  @Field(() => Float)
  urenOngeoorloofdVerzuim!: number;

  @Field(() => String, { nullable: true, description: 'Code uit `verzuimredenen` (soort ONGEOORLOOFD).' })
  redenOngeoorloofdVerzuim!: string | null;

  @Field(() => DateTime)
  ingediendOp!: Date;
}
