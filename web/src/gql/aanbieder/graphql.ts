/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Aanwezigheid van één traject over één periode. Opnieuw sturen met dezelfde waarden verandert niets; andere waarden voor dezelfde periode zijn een correctie. */
export type AanwezigheidInput = {
  /** Uw eigen referentie van het traject (zetAanbiederReferentie), in plaats van trajectId: één van beide. Hoogstens 40 tekens. */
  aanbiederReferentie?: string | null | undefined;
  /** Laatste dag van de periode; hoogstens 31 dagen na periodeVan en hoogstens vandaag: alleen dagen die al geweest zijn, of vandaag (anders PERIODE_IN_TOEKOMST). */
  periodeTot: string;
  /** Eerste dag van de periode (maandag van de week, of de lesdag). */
  periodeVan: string;
  /** Code uit `verzuimredenen` van soort GEOORLOOFD. Hoogstens 64 tekens. */
  redenGeoorloofdVerzuim?: string | null | undefined;
  /** Code uit `verzuimredenen` van soort ONGEOORLOOFD. Hoogstens 64 tekens. */
  redenOngeoorloofdVerzuim?: string | null | undefined;
  /** Id van het traject (zie `deelnemers`); of noem het traject met aanbiederReferentie. Hoogstens 64 tekens. */
  trajectId?: string | number | null | undefined;
  /** Uren aanwezig. */
  urenAanwezig: number;
  /** Uren geoorloofd verzuim; vraagt een reden. */
  urenGeoorloofdVerzuim: number;
  /** Ingeroosterde lesuren in de periode. */
  urenIngeroosterd: number;
  /** Uren ongeoorloofd verzuim; vraagt een reden. */
  urenOngeoorloofdVerzuim: number;
};

/** Waar een upload is: ONTVANGEN en CONTROLEREN (proefdraai loopt), GECONTROLEERD (wacht op opslaan), OPSLAAN, OPGESLAGEN; ONLEESBAAR (het bestand kon niet worden gelezen, zie melding) of INGETROKKEN. */
export type AanwezigheidUploadStatus =
  | 'CONTROLEREN'
  | 'GECONTROLEERD'
  | 'INGETROKKEN'
  | 'ONLEESBAAR'
  | 'ONTVANGEN'
  | 'OPGESLAGEN'
  | 'OPSLAAN';

/** Onderbouwd advies aan de gemeente over de leerroute (001 §3.4.4). */
export type Advies =
  | 'AFSCHALEN'
  | 'GEEN'
  | 'OPSCHALEN'
  | 'ROUTEWISSEL';

/** Waarop een advies steunt. */
export type Adviesgrond =
  | 'LEERBAARHEID'
  | 'OMSTANDIGHEDEN'
  | 'SNELLERE_VOORTGANG_DAN_VERWACHT'
  | 'TOETSRESULTATEN'
  | 'UREN_GEVOLGD_ZONDER_VOORTGANG';

/** Omstandigheid die de voortgang belemmert, als categorie. GEZONDHEID is alleen een categorie: geen medische details (002). */
export type Belemmering =
  | 'GEZONDHEID'
  | 'HUISVESTING'
  | 'LEERBAARHEID'
  | 'MOTIVATIE'
  | 'OVERIG'
  | 'PSYCHOSOCIAAL'
  | 'WERK'
  | 'ZORGTAKEN';

/** Wat de belemmeringen betekenen voor de deelname. Een code in plaats van vrije tekst: zo hoeft niemand te schrijven waarom (geen medische details, 002). */
export type BelemmeringGevolg =
  /** Heeft een aanpassing in de les nodig */
  | 'AANPASSING_IN_DE_LES'
  /** Heeft een ander lesmoment nodig */
  | 'ANDER_LESMOMENT'
  /** Heeft extra begeleiding nodig */
  | 'EXTRA_BEGELEIDING'
  /** Leert in een lager tempo */
  | 'LAGER_TEMPO'
  /** Kan minder uren volgen */
  | 'MINDER_UREN'
  /** Volgt (tijdelijk) online lessen */
  | 'ONLINE_LESSEN'
  /** Tijdelijk afwezig */
  | 'TIJDELIJK_AFWEZIG'
  /** Wisselend aanwezig */
  | 'WISSELENDE_AANWEZIGHEID';

/** Wat de datums van deelname bij een reden moeten zijn: leeg, gevuld of optioneel (003 §3.5). */
export type DeelnameRegel =
  | 'GEVULD'
  | 'LEEG'
  | 'OPTIONEEL';

/** DUO ExamenniveauWI2021. */
export type Examenniveau =
  | 'A2'
  | 'B1'
  | 'B2';

/** DUO ExamenonderdeelWI2021Inburgering: KNM, LE (lezen), LU (luisteren), SC (schrijven), SP (spreken). */
export type Examenonderdeel =
  | 'KNM'
  | 'LE'
  | 'LU'
  | 'SC'
  | 'SP';

/** DUO ExamenresultaatWI2021: 'Geslaagd', 'Gezakt', 'Geen'. */
export type ExamenresultaatCode =
  | 'GEEN'
  | 'GESLAAGD'
  | 'GEZAKT';

/** Een examenresultaat zoals DUO's Examen-API het codeert (Examenresultaat). Eén melding per onderdeel en examendatum. */
export type ExamenresultaatInput = {
  /** DUO examendatum; niet in de toekomst. */
  examendatum: string;
  /** DUO niveau; verplicht, behalve bij KNM (dat heeft geen niveau). */
  niveau?: Examenniveau | null | undefined;
  /** DUO onderdeel. */
  onderdeel: Examenonderdeel;
  /** DUO redenGeenResultaat: verplicht bij resultaat GEEN, anders leeg. */
  redenGeenResultaat?: RedenGeenResultaat | null | undefined;
  /** DUO resultaat. */
  resultaat: ExamenresultaatCode;
  /** Id van uw traject (zie `deelnemers`). Hoogstens 64 tekens. */
  trajectId: string | number;
};

/** Stand van de examenvoorbereiding. */
export type Examenvoorbereiding =
  | 'BEZIG'
  | 'KLAAR_VOOR_EXAMEN'
  | 'NIET_GESTART';

/** Een nieuwe gebruiker van de eigen organisatie. */
export type MaakGebruikerInput = {
  /** E-mailadres waarmee de gebruiker inlogt; mag nog niet in het portaal voorkomen. Hoogstens 254 tekens. */
  email: string;
  /** Naam van de gebruiker (1 tot 100 tekens). Hoogstens 100 tekens. */
  naam: string;
  /** Minstens één rol: RAADPLEGEN, MUTEREN en/of BEHEER. */
  rollen: Array<Rol>;
};

/** Of de MAP is afgerond (met eindgesprek). */
export type MapResultaatCode =
  | 'AFGEROND'
  | 'NIET_AFGEROND';

/** Resultaat van de Module Arbeidsmarkt en Participatie (domain.md §5). */
export type MapResultaatInput = {
  /** Aangepaste geplande einddatum. */
  aangepasteEinddatum?: string | null | undefined;
  /** DUO datumEindgesprekMap: verplicht bij AFGEROND; niet vóór de start, niet in de toekomst. */
  datumEindgesprekMap?: string | null | undefined;
  /** Gerealiseerde startdatum; alleen leeg bij NIET_AFGEROND als de MAP nooit begon. */
  gerealiseerdeStartdatum?: string | null | undefined;
  /** Verplicht als de start later is dan gepland. */
  redenLateStart?: RedenLateStartTraject | null | undefined;
  /** Verplicht bij NIET_AFGEROND. */
  redenNietAfgerond?: RedenMapNietAfgerond | null | undefined;
  /** Afgerond of niet. */
  resultaat: MapResultaatCode;
  /** Id van uw traject (zie `deelnemers`). Hoogstens 64 tekens. */
  trajectId: string | number;
};

/** Resultaat van het participatieverklaringstraject: de datum van ondertekening, of één van de acht redenen niet voldaan (003 §3.5). */
export type PvtResultaatInput = {
  /** DUO datumOndertekeningPvt; leeg bij een reden niet voldaan. */
  datumOndertekeningPvt?: string | null | undefined;
  /** Einde van de deelname; per reden leeg, gevuld of optioneel. */
  gerealiseerdeEinddatum?: string | null | undefined;
  /** Start van de deelname; per reden leeg, gevuld of optioneel (zie RedenPvtNietVoldaan). */
  gerealiseerdeStartdatum?: string | null | undefined;
  /** Reden niet voldaan. Niet-verwijtbare redenen vanaf twee maanden vóór het einde van de termijn; verwijtbare en overmacht pas erna. */
  redenNietVoldaan?: RedenPvtNietVoldaan | null | undefined;
  /** Id van uw traject (zie `deelnemers`). Hoogstens 64 tekens. */
  trajectId: string | number;
};

/** DUO RedenGeenResultaatInburgeringsexamen: 'Verwijtbaar', 'Nietverwijtbaar', 'Afgemeld', 'Absent'. */
export type RedenGeenResultaat =
  | 'ABSENT'
  | 'AFGEMELD'
  | 'NIET_VERWIJTBAAR'
  | 'VERWIJTBAAR';

/** Reden dat het traject later startte dan gepland. */
export type RedenLateStartTraject =
  | 'NIET_BEREIKBAAR'
  | 'OVERIG'
  | 'PERSOONLIJKE_OMSTANDIGHEDEN'
  | 'PLANNING_AANBIEDER'
  | 'WACHTLIJST';

/** Reden dat de MAP niet is afgerond. */
export type RedenMapNietAfgerond =
  | 'GESTOPT'
  | 'NIET_VERSCHENEN'
  | 'OVERIG'
  | 'VERHUISD'
  | 'WERK'
  | 'ZIEKTE';

/** De acht redenen niet voldaan aan de PVT-plicht (003 §3.5), met hun regels voor de datums van deelname en het moment van doorgeven. */
export type RedenPvtNietVoldaan =
  /** Bijzondere omstandigheden – Detentie */
  | 'DETENTIE'
  /** Gemeente kon binnen de PVT-termijn geen PV-traject aanbieden */
  | 'GEEN_AANBOD_GEMEENTE'
  /** Persoon is zonder reden niet op komen dagen */
  | 'NIET_OPGEKOMEN'
  /** Bijzondere omstandigheden – Overmacht */
  | 'OVERMACHT'
  /** Persoon reageert niet op uitnodiging van de gemeente */
  | 'REAGEERT_NIET'
  /** Persoon weigert deel te nemen aan het PV-traject */
  | 'WEIGERT_DEELNAME'
  /** Persoon heeft wel deelgenomen maar weigert de verklaring te ondertekenen */
  | 'WEIGERT_ONDERTEKENING'
  /** Bijzondere omstandigheden – Ziekte */
  | 'ZIEKTE';

/** NIEUW: eerste melding voor deze periode; ONGEWIJZIGD: identiek aan de actuele versie, niets opgeslagen; GECORRIGEERD: nieuwe versie, de vorige blijft bewaard. */
export type RegistratieResultaat =
  | 'GECORRIGEERD'
  | 'NIEUW'
  | 'ONGEWIJZIGD';

/** Rol binnen de eigen organisatie, zoals in het DUO-portaal: RAADPLEGEN (lezen), MUTEREN (lezen en wijzigen), BEHEER (gebruikers, API-tokens en contracten). */
export type Rol =
  | 'BEHEER'
  | 'MUTEREN'
  | 'RAADPLEGEN';

/** Resultaat van het taalschakeltraject. */
export type TaalschakelResultaatCode =
  | 'BEHAALD'
  | 'NIET_BEHAALD'
  | 'VOORTIJDIG_GESTOPT';

/** Resultaat van het taalschakeltraject. */
export type TaalschakelResultaatInput = {
  /** Datum van het resultaat; niet in de toekomst. */
  datum: string;
  /** Het resultaat. */
  resultaat: TaalschakelResultaatCode;
  /** Id van uw traject (zie `deelnemers`). Hoogstens 64 tekens. */
  trajectId: string | number;
};

/** Wat de aanbieder voor een traject nog moet melden. */
export type TeDoenCode =
  /** Aanwezigheid ontbreekt vanaf `sinds` tot en met de laatste volledige week (of de geplande einddatum). */
  | 'AANWEZIGHEID_ONTBREEKT'
  /** De (uiterste) einddatum is verstreken zonder resultaat; `rapportagesoort` zegt welke melding het afsluit. */
  | 'RESULTAAT_VERWACHT'
  /** Een voortgangsrapportage is verwacht: drie maanden na de vorige, of na de start als er nog geen is. */
  | 'VOORTGANG_VERWACHT';

/** Wanneer een reden kan: NIET_VERWIJTBAAR vanaf twee maanden vóór het einde van de termijn; NA_TERMIJN pas erna (003 §3.5). */
export type Tijdvak =
  | 'NA_TERMIJN'
  | 'NIET_VERWIJTBAAR';

/** Niveau bereikt bij een tussentijdse toets (ERK). */
export type Toetsniveau =
  | 'A0'
  | 'A1'
  | 'A2'
  | 'B1'
  | 'B2';

/** Resultaat van een tussentijdse toets voor één vaardigheid. */
export type ToetsresultaatInput = {
  /** Datum van de toets; niet na de peildatum. */
  datum: string;
  /** Bereikt niveau. */
  niveau: Toetsniveau;
  /** Vaardigheid, met DUO's code. */
  onderdeel: Examenonderdeel;
};

/** Soort traject dat de gemeente bij een aanbieder inkoopt (Wi2021, leerroutes B1, onderwijs en Z; MAP; PVT). */
export type Trajectsoort =
  /** Taaltraject in de B1-route (alleen asielstatushouders). */
  | 'B1_ROUTE'
  /** Module Arbeidsmarkt en Participatie. */
  | 'MAP'
  /** Onderwijsroute met taalschakeltraject (alleen asielstatushouders). */
  | 'ONDERWIJSROUTE'
  /** Participatieverklaringstraject. */
  | 'PVT'
  | 'TAALSCHAKELTRAJECT'
  /** Zelfredzaamheidsroute: taal en participatie (alleen asielstatushouders). */
  | 'Z_ROUTE'
  | 'Z_ROUTE_PARTICIPATIE';

/** Welke regels: alle, alleen die met fouten, of alleen die een al gemelde periode corrigeren. */
export type UploadRijFilter =
  | 'ALLE'
  | 'CORRECTIES'
  | 'FOUTEN';

/** Geoorloofd (met geldige reden) of ongeoorloofd verzuim. */
export type VerzuimSoort =
  | 'GEOORLOOFD'
  | 'ONGEOORLOOFD';

/** Voortgangsrapportage (domain.md §5). Per peildatum één melding; opnieuw sturen binnen twee weken is een correctie. */
export type VoortgangInput = {
  /** Advies over afschalen, opschalen of routewissel; GEEN als er geen advies is. */
  advies: Advies;
  /** Waarop het advies steunt; verplicht bij een advies, leeg zonder. */
  adviesGronden: Array<Adviesgrond>;
  /** Korte onderbouwing van het advies (hoogstens 500 tekens); verplicht bij een advies. Hoogstens 500 tekens. */
  adviesToelichting?: string | null | undefined;
  /** Wat de belemmeringen betekenen voor de deelname, als codes (elk één keer); alleen bij een belemmering. Vervangt belemmeringToelichting. */
  belemmeringGevolgen?: Array<BelemmeringGevolg> | null | undefined;
  /**
   * Korte toelichting (hoogstens 200 tekens), alleen bij een belemmering. Geen medische of religieuze details: een tekst met een medische term wordt geweigerd (MEDISCHE_GEGEVENS). Hoogstens 200 tekens.
   * @deprecated Gebruik belemmeringGevolgen: vrije tekst nodigt uit tot medische details (domain.md §7). Wordt nog aangenomen en gecontroleerd op medische termen, en blijft minstens tot 1 juli 2027.
   */
  belemmeringToelichting?: string | null | undefined;
  /** Belemmerende omstandigheden, als categorieën (elk één keer). */
  belemmeringen: Array<Belemmering>;
  /** Stand van de examenvoorbereiding. */
  examenvoorbereiding: Examenvoorbereiding;
  /** De datum waarop de rapportage betrekking heeft; niet in de toekomst, niet vóór de start van het traject. */
  peildatum: string;
  /** Tussentijdse toetsresultaten, per vaardigheid het laatste. */
  toetsresultaten: Array<ToetsresultaatInput>;
  /** Id van uw traject (zie `deelnemers`). Hoogstens 64 tekens. */
  trajectId: string | number;
  /** Voortgang in het algemeen. */
  voortgang: VoortgangOordeel;
};

/** Voortgang in het algemeen. */
export type VoortgangOordeel =
  | 'ACHTER'
  | 'ERNSTIG_ACHTER'
  | 'OP_SCHEMA';

/** Niveau bereikt in de Z-route. */
export type ZNiveau =
  | 'A1'
  | 'A2';

/** Resultaat van de Z-route (domain.md §5). */
export type ZRouteResultaatInput = {
  /** Of de Z-route is afgerond. */
  afgerond: boolean;
  /** DUO datumAfrondingZroute: verplicht bij afgerond, anders leeg. */
  datumAfrondingZroute?: string | null | undefined;
  /** Bereikt niveau (A1 of A2), als bekend. */
  niveauBereikt?: ZNiveau | null | undefined;
  /** Id van uw traject (zie `deelnemers`). Hoogstens 64 tekens. */
  trajectId: string | number;
  /** Gerealiseerde uren participatie van de urenverplichting (hele uren). */
  urenParticipatieGerealiseerd: number;
  /** Gerealiseerde uren taal van de urenverplichting (hele uren). */
  urenTaalGerealiseerd: number;
};

export type TrajectMetAanwezigheidQueryVariables = Exact<{
  id: string | number;
}>;


export type TrajectMetAanwezigheidQuery = { traject: { id: string, soort: Trajectsoort, cursusnaam: string | null, geplandeStart: string, geplandeEinde: string, geplandeUren: number, gemeenteNaam: string, aanbiederReferentie: string | null, uren: { ingeroosterd: number, aanwezig: number, geoorloofdVerzuim: number, ongeoorloofdVerzuim: number, gemeldTot: string | null }, teDoen: Array<{ code: TeDoenCode, sinds: string }>, deelnemer: { portaalReferentie: string, voornamen: string, tussenvoegsel: string | null, achternaam: string, email: string | null, telefoon: string | null }, aanwezigheden: Array<{ id: string, periodeVan: string, periodeTot: string, versie: number, urenIngeroosterd: number, urenAanwezig: number, urenGeoorloofdVerzuim: number, redenGeoorloofdVerzuim: string | null, urenOngeoorloofdVerzuim: number, redenOngeoorloofdVerzuim: string | null }> }, verzuimredenen: Array<{ code: string, soort: VerzuimSoort, omschrijving: string }> };

export type RegistreerAanwezigheidMutationVariables = Exact<{
  input: AanwezigheidInput;
}>;


export type RegistreerAanwezigheidMutation = { registreerAanwezigheid: { resultaat: RegistratieResultaat, aanwezigheid: { id: string, versie: number } } };

export type ZetAanbiederReferentieMutationVariables = Exact<{
  trajectId: string | number;
  referentie?: string | null | undefined;
}>;


export type ZetAanbiederReferentieMutation = { zetAanbiederReferentie: { trajectId: string, aanbiederReferentie: string | null } };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { apiTokens: Array<{ id: string, naam: string, rollen: Array<Rol>, aangemaaktOp: string, ingetrokkenOp: string | null }> };

export type MaakApiTokenMutationVariables = Exact<{
  naam: string;
  rollen: Array<Rol> | Rol;
}>;


export type MaakApiTokenMutation = { maakApiToken: { token: string, apiToken: { id: string, naam: string } } };

export type TrekApiTokenInMutationVariables = Exact<{
  id: string | number;
}>;


export type TrekApiTokenInMutation = { trekApiTokenIn: { id: string, ingetrokkenOp: string | null } };

export type GebruikersQueryVariables = Exact<{ [key: string]: never; }>;


export type GebruikersQuery = { gebruikers: Array<{ id: string, naam: string, email: string, rollen: Array<Rol>, actief: boolean, laatsteLoginOp: string | null, ikZelf: boolean }> };

export type MaakGebruikerMutationVariables = Exact<{
  input: MaakGebruikerInput;
}>;


export type MaakGebruikerMutation = { maakGebruiker: { initieelWachtwoord: string, gebruiker: { id: string, naam: string, email: string } } };

export type WijzigRollenMutationVariables = Exact<{
  gebruikerId: string | number;
  rollen: Array<Rol> | Rol;
}>;


export type WijzigRollenMutation = { wijzigRollen: { id: string, rollen: Array<Rol> } };

export type ZetGebruikerActiefMutationVariables = Exact<{
  gebruikerId: string | number;
  actief: boolean;
}>;


export type ZetGebruikerActiefMutation = { zetGebruikerActief: { id: string, actief: boolean } };

export type ResetWachtwoordMutationVariables = Exact<{
  gebruikerId: string | number;
}>;


export type ResetWachtwoordMutation = { resetWachtwoord: { eenmaligWachtwoord: string, gebruiker: { id: string, naam: string, email: string } } };

export type CsvTrajectenQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CsvTrajectenQuery = { deelnemers: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ voornamen: string, tussenvoegsel: string | null, achternaam: string, trajecten: Array<{ id: string, soort: Trajectsoort, aanbiederReferentie: string | null }> }> } };

export type CsvVerzuimredenenQueryVariables = Exact<{ [key: string]: never; }>;


export type CsvVerzuimredenenQuery = { verzuimredenen: Array<{ code: string, omschrijving: string, soort: VerzuimSoort }> };

export type UploadQueryVariables = Exact<{
  id: string | number;
}>;


export type UploadQuery = { aanwezigheidUpload: { id: string, bestandsnaam: string, status: AanwezigheidUploadStatus, melding: string | null, totaal: number, verwerkt: number, inOrde: number, metFouten: number, overgeslagen: number, correcties: number, opgeslagen: number, ontvangenOp: string } };

export type RecenteUploadsQueryVariables = Exact<{ [key: string]: never; }>;


export type RecenteUploadsQuery = { aanwezigheidUploads: Array<{ id: string, bestandsnaam: string, status: AanwezigheidUploadStatus, melding: string | null, totaal: number, verwerkt: number, inOrde: number, metFouten: number, overgeslagen: number, correcties: number, opgeslagen: number, ontvangenOp: string }> };

export type UploadRegelsQueryVariables = Exact<{
  id: string | number;
  filter?: UploadRijFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UploadRegelsQuery = { aanwezigheidUploadRegels: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ regel: number, resultaat: string | null, invoer: { trajectId: string | null, aanbiederReferentie: string | null, periodeVan: string, periodeTot: string, urenIngeroosterd: number, urenAanwezig: number, urenGeoorloofdVerzuim: number, redenGeoorloofdVerzuim: string | null, urenOngeoorloofdVerzuim: number, redenOngeoorloofdVerzuim: string | null } | null, vorige: { versie: number, urenIngeroosterd: number, urenAanwezig: number, urenGeoorloofdVerzuim: number, redenGeoorloofdVerzuim: string | null, urenOngeoorloofdVerzuim: number, redenOngeoorloofdVerzuim: string | null } | null, fouten: Array<{ veld: string, melding: string }> }> } };

export type SlaUploadOpMutationVariables = Exact<{
  id: string | number;
  correctiesBevestigd: boolean;
}>;


export type SlaUploadOpMutation = { slaAanwezigheidUploadOp: { id: string, status: AanwezigheidUploadStatus, verwerkt: number, opgeslagen: number } };

export type TrekUploadInMutationVariables = Exact<{
  id: string | number;
}>;


export type TrekUploadInMutation = { trekAanwezigheidUploadIn: { id: string, status: AanwezigheidUploadStatus } };

export type DeelnemersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  zoek?: string | null | undefined;
  soort?: Trajectsoort | null | undefined;
  gemeentecode?: string | null | undefined;
  teDoen?: boolean | null | undefined;
}>;


export type DeelnemersQuery = { deelnemers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ portaalReferentie: string, voornamen: string, tussenvoegsel: string | null, achternaam: string, gemeenteNaam: string, trajecten: Array<{ id: string, soort: Trajectsoort, cursusnaam: string | null, geplandeUren: number, uren: { aanwezig: number, gemeldTot: string | null }, teDoen: Array<{ code: TeDoenCode, sinds: string }> }> }> } };

export type MijnGemeentenQueryVariables = Exact<{ [key: string]: never; }>;


export type MijnGemeentenQuery = { gemeenten: Array<{ naam: string, gemeentecode: string }> };

export type GroepQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  zoek?: string | null | undefined;
  soort?: Trajectsoort | null | undefined;
  gemeentecode?: string | null | undefined;
}>;


export type GroepQuery = { deelnemers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ portaalReferentie: string, voornamen: string, tussenvoegsel: string | null, achternaam: string, gemeenteNaam: string, trajecten: Array<{ id: string, soort: Trajectsoort }> }> }, verzuimredenen: Array<{ code: string, soort: VerzuimSoort, omschrijving: string }>, gemeenten: Array<{ naam: string, gemeentecode: string }> };

export type GroepsweekMeldingenQueryVariables = Exact<{
  trajectIds: Array<string | number> | string | number;
  periodeVan: string;
}>;


export type GroepsweekMeldingenQuery = { aanwezighedenInPeriode: Array<{ trajectId: string, aanwezigheid: { periodeTot: string, urenIngeroosterd: number, urenAanwezig: number, urenGeoorloofdVerzuim: number, redenGeoorloofdVerzuim: string | null, urenOngeoorloofdVerzuim: number, redenOngeoorloofdVerzuim: string | null, versie: number } }> };

export type SlaGroepsweekOpMutationVariables = Exact<{
  rijen: Array<AanwezigheidInput> | AanwezigheidInput;
}>;


export type SlaGroepsweekOpMutation = { registreerAanwezigheden: Array<{ rij: number, resultaat: RegistratieResultaat | null, fouten: Array<{ veld: string, melding: string }> }> };

export type RapportagesQueryVariables = Exact<{
  trajectId: string | number;
}>;


export type RapportagesQuery = { rapportages: Array<
    | { __typename: 'Examenresultaat', id: string, versie: number, ingediendOp: string, vervangenOp: string | null, definitiefVanaf: string, onderdeel: Examenonderdeel, niveau: Examenniveau | null, examendatum: string, examenResultaat: ExamenresultaatCode }
    | { __typename: 'MapResultaat', id: string, versie: number, ingediendOp: string, vervangenOp: string | null, definitiefVanaf: string, datumEindgesprekMap: string | null, redenNietAfgerond: RedenMapNietAfgerond | null, mapResultaat: MapResultaatCode }
    | { __typename: 'PvtResultaat', id: string, versie: number, ingediendOp: string, vervangenOp: string | null, definitiefVanaf: string, datumOndertekeningPvt: string | null, redenNietVoldaan: RedenPvtNietVoldaan | null }
    | { __typename: 'Taalschakelresultaat', id: string, versie: number, ingediendOp: string, vervangenOp: string | null, definitiefVanaf: string, datum: string, taalschakelResultaat: TaalschakelResultaatCode }
    | { __typename: 'Voortgangsrapportage', id: string, versie: number, ingediendOp: string, vervangenOp: string | null, definitiefVanaf: string, peildatum: string, voortgang: VoortgangOordeel, advies: Advies }
    | { __typename: 'ZRouteResultaat', id: string, versie: number, ingediendOp: string, vervangenOp: string | null, definitiefVanaf: string, afgerond: boolean, datumAfrondingZroute: string | null }
  > };

export type MeldPvtMutationVariables = Exact<{
  input: PvtResultaatInput;
}>;


export type MeldPvtMutation = { meldPvtResultaat: { resultaat: RegistratieResultaat } };

export type MeldMapMutationVariables = Exact<{
  input: MapResultaatInput;
}>;


export type MeldMapMutation = { meldMapResultaat: { resultaat: RegistratieResultaat } };

export type MeldVoortgangMutationVariables = Exact<{
  input: VoortgangInput;
}>;


export type MeldVoortgangMutation = { meldVoortgang: { resultaat: RegistratieResultaat } };

export type PvtRedenenQueryVariables = Exact<{ [key: string]: never; }>;


export type PvtRedenenQuery = { pvtRedenen: Array<{ code: RedenPvtNietVoldaan, omschrijving: string, deelname: DeelnameRegel, tijdvak: Tijdvak }> };

export type MeldExamenresultaatMutationVariables = Exact<{
  input: ExamenresultaatInput;
}>;


export type MeldExamenresultaatMutation = { meldExamenresultaat: { resultaat: RegistratieResultaat } };

export type MeldZRouteResultaatMutationVariables = Exact<{
  input: ZRouteResultaatInput;
}>;


export type MeldZRouteResultaatMutation = { meldZRouteResultaat: { resultaat: RegistratieResultaat } };

export type MeldTaalschakelResultaatMutationVariables = Exact<{
  input: TaalschakelResultaatInput;
}>;


export type MeldTaalschakelResultaatMutation = { meldTaalschakelResultaat: { resultaat: RegistratieResultaat } };


export const TrajectMetAanwezigheidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrajectMetAanwezigheid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"traject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"soort"}},{"kind":"Field","name":{"kind":"Name","value":"cursusnaam"}},{"kind":"Field","name":{"kind":"Name","value":"geplandeStart"}},{"kind":"Field","name":{"kind":"Name","value":"geplandeEinde"}},{"kind":"Field","name":{"kind":"Name","value":"geplandeUren"}},{"kind":"Field","name":{"kind":"Name","value":"gemeenteNaam"}},{"kind":"Field","name":{"kind":"Name","value":"aanbiederReferentie"}},{"kind":"Field","name":{"kind":"Name","value":"uren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingeroosterd"}},{"kind":"Field","name":{"kind":"Name","value":"aanwezig"}},{"kind":"Field","name":{"kind":"Name","value":"geoorloofdVerzuim"}},{"kind":"Field","name":{"kind":"Name","value":"ongeoorloofdVerzuim"}},{"kind":"Field","name":{"kind":"Name","value":"gemeldTot"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teDoen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"sinds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deelnemer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portaalReferentie"}},{"kind":"Field","name":{"kind":"Name","value":"voornamen"}},{"kind":"Field","name":{"kind":"Name","value":"tussenvoegsel"}},{"kind":"Field","name":{"kind":"Name","value":"achternaam"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"telefoon"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aanwezigheden"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodeVan"}},{"kind":"Field","name":{"kind":"Name","value":"periodeTot"}},{"kind":"Field","name":{"kind":"Name","value":"versie"}},{"kind":"Field","name":{"kind":"Name","value":"urenIngeroosterd"}},{"kind":"Field","name":{"kind":"Name","value":"urenAanwezig"}},{"kind":"Field","name":{"kind":"Name","value":"urenGeoorloofdVerzuim"}},{"kind":"Field","name":{"kind":"Name","value":"redenGeoorloofdVerzuim"}},{"kind":"Field","name":{"kind":"Name","value":"urenOngeoorloofdVerzuim"}},{"kind":"Field","name":{"kind":"Name","value":"redenOngeoorloofdVerzuim"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"verzuimredenen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"soort"}},{"kind":"Field","name":{"kind":"Name","value":"omschrijving"}}]}}]}}]} as unknown as DocumentNode<TrajectMetAanwezigheidQuery, TrajectMetAanwezigheidQueryVariables>;
export const RegistreerAanwezigheidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegistreerAanwezigheid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AanwezigheidInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registreerAanwezigheid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultaat"}},{"kind":"Field","name":{"kind":"Name","value":"aanwezigheid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versie"}}]}}]}}]}}]} as unknown as DocumentNode<RegistreerAanwezigheidMutation, RegistreerAanwezigheidMutationVariables>;
export const ZetAanbiederReferentieDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ZetAanbiederReferentie"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trajectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referentie"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zetAanbiederReferentie"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trajectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trajectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"referentie"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referentie"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trajectId"}},{"kind":"Field","name":{"kind":"Name","value":"aanbiederReferentie"}}]}}]}}]} as unknown as DocumentNode<ZetAanbiederReferentieMutation, ZetAanbiederReferentieMutationVariables>;
export const ApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"rollen"}},{"kind":"Field","name":{"kind":"Name","value":"aangemaaktOp"}},{"kind":"Field","name":{"kind":"Name","value":"ingetrokkenOp"}}]}}]}}]} as unknown as DocumentNode<ApiTokensQuery, ApiTokensQueryVariables>;
export const MaakApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MaakApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"naam"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rollen"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Rol"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maakApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"naam"},"value":{"kind":"Variable","name":{"kind":"Name","value":"naam"}}},{"kind":"Argument","name":{"kind":"Name","value":"rollen"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rollen"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]}}]} as unknown as DocumentNode<MaakApiTokenMutation, MaakApiTokenMutationVariables>;
export const TrekApiTokenInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrekApiTokenIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trekApiTokenIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ingetrokkenOp"}}]}}]}}]} as unknown as DocumentNode<TrekApiTokenInMutation, TrekApiTokenInMutationVariables>;
export const GebruikersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Gebruikers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gebruikers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"rollen"}},{"kind":"Field","name":{"kind":"Name","value":"actief"}},{"kind":"Field","name":{"kind":"Name","value":"laatsteLoginOp"}},{"kind":"Field","name":{"kind":"Name","value":"ikZelf"}}]}}]}}]} as unknown as DocumentNode<GebruikersQuery, GebruikersQueryVariables>;
export const MaakGebruikerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MaakGebruiker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MaakGebruikerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maakGebruiker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initieelWachtwoord"}},{"kind":"Field","name":{"kind":"Name","value":"gebruiker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<MaakGebruikerMutation, MaakGebruikerMutationVariables>;
export const WijzigRollenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WijzigRollen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gebruikerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rollen"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Rol"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wijzigRollen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gebruikerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gebruikerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"rollen"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rollen"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rollen"}}]}}]}}]} as unknown as DocumentNode<WijzigRollenMutation, WijzigRollenMutationVariables>;
export const ZetGebruikerActiefDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ZetGebruikerActief"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gebruikerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actief"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zetGebruikerActief"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gebruikerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gebruikerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"actief"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actief"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actief"}}]}}]}}]} as unknown as DocumentNode<ZetGebruikerActiefMutation, ZetGebruikerActiefMutationVariables>;
export const ResetWachtwoordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetWachtwoord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gebruikerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetWachtwoord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gebruikerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gebruikerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eenmaligWachtwoord"}},{"kind":"Field","name":{"kind":"Name","value":"gebruiker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<ResetWachtwoordMutation, ResetWachtwoordMutationVariables>;
export const CsvTrajectenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CsvTrajecten"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deelnemers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voornamen"}},{"kind":"Field","name":{"kind":"Name","value":"tussenvoegsel"}},{"kind":"Field","name":{"kind":"Name","value":"achternaam"}},{"kind":"Field","name":{"kind":"Name","value":"trajecten"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"soort"}},{"kind":"Field","name":{"kind":"Name","value":"aanbiederReferentie"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CsvTrajectenQuery, CsvTrajectenQueryVariables>;
export const CsvVerzuimredenenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CsvVerzuimredenen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verzuimredenen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"omschrijving"}},{"kind":"Field","name":{"kind":"Name","value":"soort"}}]}}]}}]} as unknown as DocumentNode<CsvVerzuimredenenQuery, CsvVerzuimredenenQueryVariables>;
export const UploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Upload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aanwezigheidUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bestandsnaam"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"melding"}},{"kind":"Field","name":{"kind":"Name","value":"totaal"}},{"kind":"Field","name":{"kind":"Name","value":"verwerkt"}},{"kind":"Field","name":{"kind":"Name","value":"inOrde"}},{"kind":"Field","name":{"kind":"Name","value":"metFouten"}},{"kind":"Field","name":{"kind":"Name","value":"overgeslagen"}},{"kind":"Field","name":{"kind":"Name","value":"correcties"}},{"kind":"Field","name":{"kind":"Name","value":"opgeslagen"}},{"kind":"Field","name":{"kind":"Name","value":"ontvangenOp"}}]}}]}}]} as unknown as DocumentNode<UploadQuery, UploadQueryVariables>;
export const RecenteUploadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecenteUploads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aanwezigheidUploads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bestandsnaam"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"melding"}},{"kind":"Field","name":{"kind":"Name","value":"totaal"}},{"kind":"Field","name":{"kind":"Name","value":"verwerkt"}},{"kind":"Field","name":{"kind":"Name","value":"inOrde"}},{"kind":"Field","name":{"kind":"Name","value":"metFouten"}},{"kind":"Field","name":{"kind":"Name","value":"overgeslagen"}},{"kind":"Field","name":{"kind":"Name","value":"correcties"}},{"kind":"Field","name":{"kind":"Name","value":"opgeslagen"}},{"kind":"Field","name":{"kind":"Name","value":"ontvangenOp"}}]}}]}}]} as unknown as DocumentNode<RecenteUploadsQuery, RecenteUploadsQueryVariables>;
export const UploadRegelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UploadRegels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UploadRijFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aanwezigheidUploadRegels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regel"}},{"kind":"Field","name":{"kind":"Name","value":"resultaat"}},{"kind":"Field","name":{"kind":"Name","value":"invoer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trajectId"}},{"kind":"Field","name":{"kind":"Name","value":"aanbiederReferentie"}},{"kind":"Field","name":{"kind":"Name","value":"periodeVan"}},{"kind":"Field","name":{"kind":"Name","value":"periodeTot"}},{"kind":"Field","name":{"kind":"Name","value":"urenIngeroosterd"}},{"kind":"Field","name":{"kind":"Name","value":"urenAanwezig"}},{"kind":"Field","name":{"kind":"Name","value":"urenGeoorloofdVerzuim"}},{"kind":"Field","name":{"kind":"Name","value":"redenGeoorloofdVerzuim"}},{"kind":"Field","name":{"kind":"Name","value":"urenOngeoorloofdVerzuim"}},{"kind":"Field","name":{"kind":"Name","value":"redenOngeoorloofdVerzuim"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vorige"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versie"}},{"kind":"Field","name":{"kind":"Name","value":"urenIngeroosterd"}},{"kind":"Field","name":{"kind":"Name","value":"urenAanwezig"}},{"kind":"Field","name":{"kind":"Name","value":"urenGeoorloofdVerzuim"}},{"kind":"Field","name":{"kind":"Name","value":"redenGeoorloofdVerzuim"}},{"kind":"Field","name":{"kind":"Name","value":"urenOngeoorloofdVerzuim"}},{"kind":"Field","name":{"kind":"Name","value":"redenOngeoorloofdVerzuim"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fouten"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"veld"}},{"kind":"Field","name":{"kind":"Name","value":"melding"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UploadRegelsQuery, UploadRegelsQueryVariables>;
export const SlaUploadOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SlaUploadOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"correctiesBevestigd"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slaAanwezigheidUploadOp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"correctiesBevestigd"},"value":{"kind":"Variable","name":{"kind":"Name","value":"correctiesBevestigd"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verwerkt"}},{"kind":"Field","name":{"kind":"Name","value":"opgeslagen"}}]}}]}}]} as unknown as DocumentNode<SlaUploadOpMutation, SlaUploadOpMutationVariables>;
export const TrekUploadInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrekUploadIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trekAanwezigheidUploadIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TrekUploadInMutation, TrekUploadInMutationVariables>;
export const DeelnemersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Deelnemers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"zoek"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"soort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Trajectsoort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gemeentecode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teDoen"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deelnemers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"zoek"},"value":{"kind":"Variable","name":{"kind":"Name","value":"zoek"}}},{"kind":"Argument","name":{"kind":"Name","value":"soort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"soort"}}},{"kind":"Argument","name":{"kind":"Name","value":"gemeentecode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gemeentecode"}}},{"kind":"Argument","name":{"kind":"Name","value":"teDoen"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teDoen"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portaalReferentie"}},{"kind":"Field","name":{"kind":"Name","value":"voornamen"}},{"kind":"Field","name":{"kind":"Name","value":"tussenvoegsel"}},{"kind":"Field","name":{"kind":"Name","value":"achternaam"}},{"kind":"Field","name":{"kind":"Name","value":"gemeenteNaam"}},{"kind":"Field","name":{"kind":"Name","value":"trajecten"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"soort"}},{"kind":"Field","name":{"kind":"Name","value":"cursusnaam"}},{"kind":"Field","name":{"kind":"Name","value":"geplandeUren"}},{"kind":"Field","name":{"kind":"Name","value":"uren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aanwezig"}},{"kind":"Field","name":{"kind":"Name","value":"gemeldTot"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teDoen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"sinds"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeelnemersQuery, DeelnemersQueryVariables>;
export const MijnGemeentenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MijnGemeenten"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gemeenten"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"gemeentecode"}}]}}]}}]} as unknown as DocumentNode<MijnGemeentenQuery, MijnGemeentenQueryVariables>;
export const GroepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Groep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"zoek"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"soort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Trajectsoort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gemeentecode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deelnemers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"zoek"},"value":{"kind":"Variable","name":{"kind":"Name","value":"zoek"}}},{"kind":"Argument","name":{"kind":"Name","value":"soort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"soort"}}},{"kind":"Argument","name":{"kind":"Name","value":"gemeentecode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gemeentecode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portaalReferentie"}},{"kind":"Field","name":{"kind":"Name","value":"voornamen"}},{"kind":"Field","name":{"kind":"Name","value":"tussenvoegsel"}},{"kind":"Field","name":{"kind":"Name","value":"achternaam"}},{"kind":"Field","name":{"kind":"Name","value":"gemeenteNaam"}},{"kind":"Field","name":{"kind":"Name","value":"trajecten"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"soort"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"verzuimredenen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"soort"}},{"kind":"Field","name":{"kind":"Name","value":"omschrijving"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gemeenten"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"gemeentecode"}}]}}]}}]} as unknown as DocumentNode<GroepQuery, GroepQueryVariables>;
export const GroepsweekMeldingenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroepsweekMeldingen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trajectIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodeVan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aanwezighedenInPeriode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trajectIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trajectIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodeVan"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodeVan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trajectId"}},{"kind":"Field","name":{"kind":"Name","value":"aanwezigheid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodeTot"}},{"kind":"Field","name":{"kind":"Name","value":"urenIngeroosterd"}},{"kind":"Field","name":{"kind":"Name","value":"urenAanwezig"}},{"kind":"Field","name":{"kind":"Name","value":"urenGeoorloofdVerzuim"}},{"kind":"Field","name":{"kind":"Name","value":"redenGeoorloofdVerzuim"}},{"kind":"Field","name":{"kind":"Name","value":"urenOngeoorloofdVerzuim"}},{"kind":"Field","name":{"kind":"Name","value":"redenOngeoorloofdVerzuim"}},{"kind":"Field","name":{"kind":"Name","value":"versie"}}]}}]}}]}}]} as unknown as DocumentNode<GroepsweekMeldingenQuery, GroepsweekMeldingenQueryVariables>;
export const SlaGroepsweekOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SlaGroepsweekOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rijen"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AanwezigheidInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registreerAanwezigheden"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rijen"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rijen"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rij"}},{"kind":"Field","name":{"kind":"Name","value":"resultaat"}},{"kind":"Field","name":{"kind":"Name","value":"fouten"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"veld"}},{"kind":"Field","name":{"kind":"Name","value":"melding"}}]}}]}}]}}]} as unknown as DocumentNode<SlaGroepsweekOpMutation, SlaGroepsweekOpMutationVariables>;
export const RapportagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Rapportages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trajectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rapportages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trajectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trajectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"historie"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Voortgangsrapportage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versie"}},{"kind":"Field","name":{"kind":"Name","value":"ingediendOp"}},{"kind":"Field","name":{"kind":"Name","value":"vervangenOp"}},{"kind":"Field","name":{"kind":"Name","value":"definitiefVanaf"}},{"kind":"Field","name":{"kind":"Name","value":"peildatum"}},{"kind":"Field","name":{"kind":"Name","value":"voortgang"}},{"kind":"Field","name":{"kind":"Name","value":"advies"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Examenresultaat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versie"}},{"kind":"Field","name":{"kind":"Name","value":"ingediendOp"}},{"kind":"Field","name":{"kind":"Name","value":"vervangenOp"}},{"kind":"Field","name":{"kind":"Name","value":"definitiefVanaf"}},{"kind":"Field","name":{"kind":"Name","value":"onderdeel"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"examendatum"}},{"kind":"Field","alias":{"kind":"Name","value":"examenResultaat"},"name":{"kind":"Name","value":"resultaat"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MapResultaat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versie"}},{"kind":"Field","name":{"kind":"Name","value":"ingediendOp"}},{"kind":"Field","name":{"kind":"Name","value":"vervangenOp"}},{"kind":"Field","name":{"kind":"Name","value":"definitiefVanaf"}},{"kind":"Field","alias":{"kind":"Name","value":"mapResultaat"},"name":{"kind":"Name","value":"resultaat"}},{"kind":"Field","name":{"kind":"Name","value":"datumEindgesprekMap"}},{"kind":"Field","name":{"kind":"Name","value":"redenNietAfgerond"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PvtResultaat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versie"}},{"kind":"Field","name":{"kind":"Name","value":"ingediendOp"}},{"kind":"Field","name":{"kind":"Name","value":"vervangenOp"}},{"kind":"Field","name":{"kind":"Name","value":"definitiefVanaf"}},{"kind":"Field","name":{"kind":"Name","value":"datumOndertekeningPvt"}},{"kind":"Field","name":{"kind":"Name","value":"redenNietVoldaan"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Taalschakelresultaat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versie"}},{"kind":"Field","name":{"kind":"Name","value":"ingediendOp"}},{"kind":"Field","name":{"kind":"Name","value":"vervangenOp"}},{"kind":"Field","name":{"kind":"Name","value":"definitiefVanaf"}},{"kind":"Field","alias":{"kind":"Name","value":"taalschakelResultaat"},"name":{"kind":"Name","value":"resultaat"}},{"kind":"Field","name":{"kind":"Name","value":"datum"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ZRouteResultaat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versie"}},{"kind":"Field","name":{"kind":"Name","value":"ingediendOp"}},{"kind":"Field","name":{"kind":"Name","value":"vervangenOp"}},{"kind":"Field","name":{"kind":"Name","value":"definitiefVanaf"}},{"kind":"Field","name":{"kind":"Name","value":"afgerond"}},{"kind":"Field","name":{"kind":"Name","value":"datumAfrondingZroute"}}]}}]}}]}}]} as unknown as DocumentNode<RapportagesQuery, RapportagesQueryVariables>;
export const MeldPvtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeldPvt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PvtResultaatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meldPvtResultaat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultaat"}}]}}]}}]} as unknown as DocumentNode<MeldPvtMutation, MeldPvtMutationVariables>;
export const MeldMapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeldMap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MapResultaatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meldMapResultaat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultaat"}}]}}]}}]} as unknown as DocumentNode<MeldMapMutation, MeldMapMutationVariables>;
export const MeldVoortgangDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeldVoortgang"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VoortgangInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meldVoortgang"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultaat"}}]}}]}}]} as unknown as DocumentNode<MeldVoortgangMutation, MeldVoortgangMutationVariables>;
export const PvtRedenenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PvtRedenen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pvtRedenen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"omschrijving"}},{"kind":"Field","name":{"kind":"Name","value":"deelname"}},{"kind":"Field","name":{"kind":"Name","value":"tijdvak"}}]}}]}}]} as unknown as DocumentNode<PvtRedenenQuery, PvtRedenenQueryVariables>;
export const MeldExamenresultaatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeldExamenresultaat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExamenresultaatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meldExamenresultaat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultaat"}}]}}]}}]} as unknown as DocumentNode<MeldExamenresultaatMutation, MeldExamenresultaatMutationVariables>;
export const MeldZRouteResultaatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeldZRouteResultaat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ZRouteResultaatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meldZRouteResultaat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultaat"}}]}}]}}]} as unknown as DocumentNode<MeldZRouteResultaatMutation, MeldZRouteResultaatMutationVariables>;
export const MeldTaalschakelResultaatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeldTaalschakelResultaat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaalschakelResultaatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meldTaalschakelResultaat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultaat"}}]}}]}}]} as unknown as DocumentNode<MeldTaalschakelResultaatMutation, MeldTaalschakelResultaatMutationVariables>;