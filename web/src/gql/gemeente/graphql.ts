/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** Een besluit over MAP, PVT of Z-route. Alle voorwaarden van DUO worden gecontroleerd voordat er iets wordt opgeslagen. */
export type BesluitInput = {
  /** DUO datumEindgesprekMap / datumOndertekeningPvt / datumAfrondingZroute. Leeg: niet voldaan, of intrekken van een eerdere datum. */
  datum?: string | null | undefined;
  /** Id van het dossier. Hoogstens 64 tekens. */
  inburgeraarId: string | number;
  /** Soort besluit. */
  soort: Besluitsoort;
  /** Het traject van de aanbieder waarop het besluit steunt: een traject van dit dossier en van de soort van het besluit (MAP op MAP, PVT op PVT, Z-route op een Z-route-traject). Hoogstens 64 tekens. */
  trajectId?: string | number | null | undefined;
  /** JA alleen bij overschrijding van de termijn: op of na DUO's einddatum (exclusief; de laatste dag van de termijn is de dag ervoor). NEE vanaf twee maanden vóór die einddatum. Leeg als de datum vóór de einddatum ligt (binnen de termijn). Niet bij de Z-route. */
  verwijtbaar?: Verwijtbaarheid | null | undefined;
};

/** Waarover de gemeente besluit: MAP, PVT of de afronding van de Z-route (DUO MAP-PVT-Zroute-API). */
export type Besluitsoort =
  | 'MAP'
  | 'PVT'
  | 'Z_ROUTE';

/** Doelgroep (domain.md §2). De gemeente koopt de taalroute alleen in voor asielstatushouders. */
export type Doelgroep =
  | 'ASIELSTATUSHOUDER'
  | 'GEZINSMIGRANT'
  | 'OVERIGE_MIGRANT';

/** ACTIEF; VERHUISD (de vorige gemeente houdt alleen leesrecht); PLICHT_BEEINDIGD; INGETROKKEN (ten onrechte geregistreerd, verwerking gestopt). */
export type DossierStatus =
  | 'ACTIEF'
  | 'INGETROKKEN'
  | 'PLICHT_BEEINDIGD'
  | 'VERHUISD';

/** Het einde van de inburgeringsplicht, zoals DUO het meldt. Een overlijden registreert u met registreerOverlijden. */
export type EindeInburgeringsplichtInput = {
  /** Einde van de plicht (DUO Inburgeringsplicht.einddatum); niet in de toekomst en niet vóór de start. */
  datum: string;
  /** Waarom de plicht eindigt (DUO redenGeenInburgeringsplicht); niet OVERLIJDEN. */
  reden: RedenGeenInburgeringsplicht;
};

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

/** Stand van de examenvoorbereiding. */
export type Examenvoorbereiding =
  | 'BEZIG'
  | 'KLAAR_VOOR_EXAMEN'
  | 'NIET_GESTART';

/** Wat er met de gegevens gebeurde. GEGEVENS_VERSTREKT: aan een aanbieder gegeven (een toegewezen traject); TOEGANG_GEWEIGERD en INLOG_GEWEIGERD: een geweigerde poging. */
export type InzageActie =
  | 'BESLUITEN_GELEZEN'
  | 'DEELNEMERS_GELEZEN'
  | 'DOSSIERS_GEZOCHT'
  | 'DOSSIER_GELEZEN'
  | 'DOSSIER_GEWIJZIGD'
  | 'GEGEVENS_GEMELD'
  | 'GEGEVENS_VERSTREKT'
  | 'INLOG_GEWEIGERD'
  | 'INZAGELOG_GELEZEN'
  | 'INZAGE_GEEXPORTEERD'
  | 'OVERZICHT_GELEZEN'
  | 'TOEGANG_GEWEIGERD'
  | 'TRAJECTEN_BIJ_AANBIEDER_GELEZEN'
  | 'TRAJECT_GELEZEN';

/** DUO Leerroute: B = B1-route, O = onderwijsroute, Z = zelfredzaamheidsroute. */
export type Leerroute =
  | 'B'
  | 'O'
  | 'Z';

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

/** DUO NiveauPip: het minimaal te behalen niveau. A2 niet met de onderwijsroute; B1 niet met de Z-route. */
export type PipNiveau =
  | 'A2'
  | 'B1';

/** Waarom een PIP is gewijzigd. AFSCHALEN (B1 → A2) kan pas na 600 uur taalles; een routewissel tot 18 maanden na de start van de termijn. */
export type PipWijzigingsreden =
  | 'AFSCHALEN'
  | 'CORRECTIE'
  | 'INTENSITEIT'
  | 'OPSCHALEN'
  | 'ROUTEWISSEL';

/** Soort melding van een aanbieder aan de gemeente (domain.md §5). */
export type Rapportagesoort =
  | 'EXAMENRESULTAAT'
  | 'MAP_RESULTAAT'
  | 'PVT_RESULTAAT'
  | 'TAALSCHAKEL_RESULTAAT'
  | 'VOORTGANG'
  | 'Z_ROUTE_RESULTAAT';

/** DUO RedenGeenInburgeringsplicht: waarom iemand geen inburgeringsplicht (meer) heeft ('Volledige ontheffing', 'Volledige vrijstelling', 'Inburgeringsplicht voldaan', 'Verblijfsdoel gewijzigd', 'Vertrek uit Nederland langer dan een jaar', 'Overlijden', 'Overig', 'Tijdelijke vrijstelling'). */
export type RedenGeenInburgeringsplicht =
  | 'INBURGERINGSPLICHT_VOLDAAN'
  | 'OVERIG'
  | 'OVERLIJDEN'
  | 'TIJDELIJKE_VRIJSTELLING'
  | 'VERBLIJFSDOEL_GEWIJZIGD'
  | 'VERTREK_UIT_NEDERLAND'
  | 'VOLLEDIGE_ONTHEFFING'
  | 'VOLLEDIGE_VRIJSTELLING';

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

/** Een nieuw contract van de gemeente met een aanbieder. */
export type SluitContractInput = {
  /** Id van de aanbieder, uit `aanbiedersInPortaal`. Hoogstens 64 tekens. */
  aanbiederId: string | number;
  /** Datum van de verwerkersovereenkomst (002); uiterlijk op de ingangsdatum. */
  datumVerwerkersovereenkomst: string;
  /** Laatste dag van het contract; leeg voor onbepaalde tijd. Niet vóór de ingangsdatum. */
  einddatum?: string | null | undefined;
  /** Eerste dag van het contract. */
  ingangsdatum: string;
  /** Minstens één soort traject die de gemeente bij deze aanbieder inkoopt. */
  trajectsoorten: Array<Trajectsoort>;
};

/** Resultaat van het taalschakeltraject. */
export type TaalschakelResultaatCode =
  | 'BEHAALD'
  | 'NIET_BEHAALD'
  | 'VOORTIJDIG_GESTOPT';

/** Niveau bereikt bij een tussentijdse toets (ERK). */
export type Toetsniveau =
  | 'A0'
  | 'A1'
  | 'A2'
  | 'B1'
  | 'B2';

/** ACTIEF: toegewezen en lopend; AFGEROND; INGETROKKEN door de gemeente. */
export type TrajectStatus =
  | 'ACTIEF'
  | 'AFGEROND'
  | 'INGETROKKEN';

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

/** DUO 'Verwijtbaar (Ja/Nee)' bij een overschrijding van de inburgeringstermijn. */
export type Verwijtbaarheid =
  | 'JA'
  | 'NEE';

/** Voortgang in het algemeen. */
export type VoortgangOordeel =
  | 'ACHTER'
  | 'ERNSTIG_ACHTER'
  | 'OP_SCHEMA';

/** Niveau bereikt in de Z-route. */
export type ZNiveau =
  | 'A1'
  | 'A2';

export type AanbiedersQueryVariables = Exact<{ [key: string]: never; }>;


export type AanbiedersQuery = { aanbieders: Array<{ id: string, naam: string, kvkNummer: string, deelnemers: number, aanwezigheidspercentage: number | null, contracten: Array<{ id: string, trajectsoorten: Array<Trajectsoort>, ingangsdatum: string, einddatum: string | null }>, uren: { ingeroosterd: number, aanwezig: number, geoorloofdVerzuim: number, ongeoorloofdVerzuim: number, perioden: number, gemeldTot: string | null }, tijdigheid: { meldtermijnWerkdagen: number, perioden: number, opTijd: number, percentageOpTijd: number | null, trajectenZonderVorigeWeek: number } }> };

export type AanbiederQueryVariables = Exact<{
  id: string | number;
}>;


export type AanbiederQuery = { aanbieder: { id: string, naam: string, kvkNummer: string, deelnemers: number, aanwezigheidspercentage: number | null, contracten: Array<{ id: string, trajectsoorten: Array<Trajectsoort>, ingangsdatum: string, einddatum: string | null, datumVerwerkersovereenkomst: string }>, uren: { ingeroosterd: number, aanwezig: number, geoorloofdVerzuim: number, ongeoorloofdVerzuim: number, perioden: number, gemeldTot: string | null }, tijdigheid: { meldtermijnWerkdagen: number, perioden: number, opTijd: number, percentageOpTijd: number | null, trajectenZonderVorigeWeek: number }, trajecten: Array<{ id: string, inburgeraarId: string, naam: string, soort: Trajectsoort, status: TrajectStatus, geplandeStart: string, geplandeEinde: string, geplandeUren: number, vorigeWeekOntbreekt: boolean, uren: { ingeroosterd: number, aanwezig: number, gemeldTot: string | null } }> } };

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

export type BeheerContractenQueryVariables = Exact<{ [key: string]: never; }>;


export type BeheerContractenQuery = { contracten: Array<{ id: string, aanbiederNaam: string, aanbiederKvkNummer: string, trajectsoorten: Array<Trajectsoort>, ingangsdatum: string, einddatum: string | null, datumVerwerkersovereenkomst: string }>, aanbiedersInPortaal: Array<{ id: string, naam: string, kvkNummer: string }> };

export type SluitContractMutationVariables = Exact<{
  input: SluitContractInput;
}>;


export type SluitContractMutation = { sluitContract: { id: string, aanbiederNaam: string } };

export type BeeindigContractMutationVariables = Exact<{
  contractId: string | number;
  einddatum: string;
}>;


export type BeeindigContractMutation = { beeindigContract: { id: string, einddatum: string | null } };

export type DashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardQuery = { dashboard: { perStatus: Array<{ status: DossierStatus, aantal: number }>, zonderPip: Array<{ inburgeraarId: string, naam: string, wat: string, sinds: string }>, teBeoordelen: Array<{ inburgeraarId: string, naam: string, wat: string, sinds: string }>, adviezen: Array<{ inburgeraarId: string, naam: string, wat: string, sinds: string }>, sindsVorigBezoek: { sinds: string | null, aanwezigheden: number, rapportages: number, meldingen: Array<{ inburgeraarId: string, naam: string, soort: Rapportagesoort, versie: number, aanbiederNaam: string, ingediendOp: string }> } } };

export type ZoekDossiersQueryVariables = Exact<{
  zoek?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: DossierStatus | null | undefined;
  trajectsoort?: Trajectsoort | null | undefined;
  aanbiederId?: string | number | null | undefined;
}>;


export type ZoekDossiersQuery = { zoekDossiers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, bsn: string, voornamen: string, tussenvoegsel: string | null, achternaam: string, geboortedatum: string, status: DossierStatus }> } };

export type FilterkeuzesQueryVariables = Exact<{ [key: string]: never; }>;


export type FilterkeuzesQuery = { contracten: Array<{ aanbiederId: string, aanbiederNaam: string }> };

export type DossierQueryVariables = Exact<{
  id: string | number;
}>;


export type DossierQuery = { dossier: { id: string, bsn: string, voornamen: string, tussenvoegsel: string | null, achternaam: string, geboortedatum: string, email: string | null, telefoon: string | null, gemeenteNaam: string, doelgroep: Doelgroep | null, status: DossierStatus, datumEindeInburgeringsplicht: string | null, redenEindeInburgeringsplicht: RedenGeenInburgeringsplicht | null, overlijdensdatum: string | null, verwijderenVanaf: string | null, retentieToegepastOp: string | null, actuelePip: { versie: number, dagtekeningPip: string, leerroute: Leerroute, niveau: PipNiveau | null, geschatteIntensiteitB1Route: number | null } | null, pipHistorie: Array<{ id: string, versie: number, dagtekeningPip: string, leerroute: Leerroute, niveau: PipNiveau | null, geschatteIntensiteitB1Route: number | null, wijzigingsreden: PipWijzigingsreden | null, datumInburgeringsaanbod: string | null }>, inburgeringstermijn: { startdatum: string, einddatum: string } | null, gevolgdeUren: { participatieAlsTaalles: number, bekendTot: string | null }, trajecten: Array<{ id: string, soort: Trajectsoort, status: TrajectStatus, cursusnaam: string | null, aanbiederNaam: string, geplandeStart: string, geplandeEinde: string, geplandeUren: number, uren: { ingeroosterd: number, aanwezig: number, geoorloofdVerzuim: number, ongeoorloofdVerzuim: number, gemeldTot: string | null }, aanwezigheden: Array<{ id: string, periodeVan: string, periodeTot: string, versie: number, urenIngeroosterd: number, urenAanwezig: number, urenGeoorloofdVerzuim: number, redenGeoorloofdVerzuim: string | null, urenOngeoorloofdVerzuim: number, redenOngeoorloofdVerzuim: string | null }>, rapportages: Array<
        | { __typename: 'Examenresultaat', id: string, versie: number, ingediendOp: string, vervangenOp: string | null, heropendOp: string | null, definitiefVanaf: string, onderdeel: Examenonderdeel, niveau: Examenniveau | null, examendatum: string, redenGeenResultaat: RedenGeenResultaat | null, examenResultaat: ExamenresultaatCode }
        | { __typename: 'MapResultaat', id: string, versie: number, ingediendOp: string, vervangenOp: string | null, heropendOp: string | null, definitiefVanaf: string, gerealiseerdeStartdatum: string | null, aangepasteEinddatum: string | null, redenLateStart: RedenLateStartTraject | null, datumEindgesprekMap: string | null, redenNietAfgerond: RedenMapNietAfgerond | null, mapResultaat: MapResultaatCode }
        | { __typename: 'PvtResultaat', id: string, versie: number, ingediendOp: string, vervangenOp: string | null, heropendOp: string | null, definitiefVanaf: string, gerealiseerdeStartdatum: string | null, gerealiseerdeEinddatum: string | null, datumOndertekeningPvt: string | null, redenNietVoldaan: RedenPvtNietVoldaan | null }
        | { __typename: 'Taalschakelresultaat', id: string, versie: number, ingediendOp: string, vervangenOp: string | null, heropendOp: string | null, definitiefVanaf: string, datum: string, taalschakelResultaat: TaalschakelResultaatCode }
        | { __typename: 'Voortgangsrapportage', id: string, versie: number, ingediendOp: string, vervangenOp: string | null, heropendOp: string | null, definitiefVanaf: string, peildatum: string, voortgang: VoortgangOordeel, examenvoorbereiding: Examenvoorbereiding, belemmeringen: Array<Belemmering>, belemmeringGevolgen: Array<BelemmeringGevolg>, belemmeringToelichting: string | null, advies: Advies, adviesGronden: Array<Adviesgrond>, adviesToelichting: string | null, toetsresultaten: Array<{ onderdeel: Examenonderdeel, niveau: Toetsniveau, datum: string }> }
        | { __typename: 'ZRouteResultaat', id: string, versie: number, ingediendOp: string, vervangenOp: string | null, heropendOp: string | null, definitiefVanaf: string, afgerond: boolean, datumAfrondingZroute: string | null, niveauBereikt: ZNiveau | null, urenTaalGerealiseerd: number, urenParticipatieGerealiseerd: number }
      > }> }, verzuimredenen: Array<{ code: string, omschrijving: string }>, besluiten: Array<{ id: string, soort: Besluitsoort, versie: number, voldaan: boolean, datum: string | null, verwijtbaar: Verwijtbaarheid | null, genomenOp: string, vervangenOp: string | null, duoBericht: string, registrerenUiterlijk: string }> };

export type NeemBesluitMutationVariables = Exact<{
  input: BesluitInput;
}>;


export type NeemBesluitMutation = { neemBesluit: { resultaat: RegistratieResultaat, besluit: { id: string, versie: number, duoBericht: string, registrerenUiterlijk: string } } };

export type RegistreerEindeInburgeringsplichtMutationVariables = Exact<{
  id: string | number;
  input: EindeInburgeringsplichtInput;
}>;


export type RegistreerEindeInburgeringsplichtMutation = { registreerEindeInburgeringsplicht: { id: string, status: DossierStatus, datumEindeInburgeringsplicht: string | null, redenEindeInburgeringsplicht: RedenGeenInburgeringsplicht | null, verwijderenVanaf: string | null } };

export type RegistreerOverlijdenMutationVariables = Exact<{
  id: string | number;
  datum: string;
}>;


export type RegistreerOverlijdenMutation = { registreerOverlijden: { id: string, status: DossierStatus, overlijdensdatum: string | null, datumEindeInburgeringsplicht: string | null, redenEindeInburgeringsplicht: RedenGeenInburgeringsplicht | null, verwijderenVanaf: string | null } };

export type InzagesQueryVariables = Exact<{
  id: string | number;
}>;


export type InzagesQuery = { inzages: Array<{ tijdstip: string, organisatieSoort: string | null, organisatieNaam: string | null, wie: string, actie: InzageActie, geweigerd: string | null, ontvangerNaam: string | null }> };

export type AvgInzageBestandQueryVariables = Exact<{
  id: string | number;
}>;


export type AvgInzageBestandQuery = { avgInzageBestand: { bestandsnaam: string, inhoud: string } };


export const AanbiedersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Aanbieders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aanbieders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"kvkNummer"}},{"kind":"Field","name":{"kind":"Name","value":"deelnemers"}},{"kind":"Field","name":{"kind":"Name","value":"aanwezigheidspercentage"}},{"kind":"Field","name":{"kind":"Name","value":"contracten"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectsoorten"}},{"kind":"Field","name":{"kind":"Name","value":"ingangsdatum"}},{"kind":"Field","name":{"kind":"Name","value":"einddatum"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingeroosterd"}},{"kind":"Field","name":{"kind":"Name","value":"aanwezig"}},{"kind":"Field","name":{"kind":"Name","value":"geoorloofdVerzuim"}},{"kind":"Field","name":{"kind":"Name","value":"ongeoorloofdVerzuim"}},{"kind":"Field","name":{"kind":"Name","value":"perioden"}},{"kind":"Field","name":{"kind":"Name","value":"gemeldTot"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tijdigheid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meldtermijnWerkdagen"}},{"kind":"Field","name":{"kind":"Name","value":"perioden"}},{"kind":"Field","name":{"kind":"Name","value":"opTijd"}},{"kind":"Field","name":{"kind":"Name","value":"percentageOpTijd"}},{"kind":"Field","name":{"kind":"Name","value":"trajectenZonderVorigeWeek"}}]}}]}}]}}]} as unknown as DocumentNode<AanbiedersQuery, AanbiedersQueryVariables>;
export const AanbiederDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Aanbieder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aanbieder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"kvkNummer"}},{"kind":"Field","name":{"kind":"Name","value":"deelnemers"}},{"kind":"Field","name":{"kind":"Name","value":"aanwezigheidspercentage"}},{"kind":"Field","name":{"kind":"Name","value":"contracten"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trajectsoorten"}},{"kind":"Field","name":{"kind":"Name","value":"ingangsdatum"}},{"kind":"Field","name":{"kind":"Name","value":"einddatum"}},{"kind":"Field","name":{"kind":"Name","value":"datumVerwerkersovereenkomst"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingeroosterd"}},{"kind":"Field","name":{"kind":"Name","value":"aanwezig"}},{"kind":"Field","name":{"kind":"Name","value":"geoorloofdVerzuim"}},{"kind":"Field","name":{"kind":"Name","value":"ongeoorloofdVerzuim"}},{"kind":"Field","name":{"kind":"Name","value":"perioden"}},{"kind":"Field","name":{"kind":"Name","value":"gemeldTot"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tijdigheid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meldtermijnWerkdagen"}},{"kind":"Field","name":{"kind":"Name","value":"perioden"}},{"kind":"Field","name":{"kind":"Name","value":"opTijd"}},{"kind":"Field","name":{"kind":"Name","value":"percentageOpTijd"}},{"kind":"Field","name":{"kind":"Name","value":"trajectenZonderVorigeWeek"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trajecten"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inburgeraarId"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"soort"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"geplandeStart"}},{"kind":"Field","name":{"kind":"Name","value":"geplandeEinde"}},{"kind":"Field","name":{"kind":"Name","value":"geplandeUren"}},{"kind":"Field","name":{"kind":"Name","value":"vorigeWeekOntbreekt"}},{"kind":"Field","name":{"kind":"Name","value":"uren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingeroosterd"}},{"kind":"Field","name":{"kind":"Name","value":"aanwezig"}},{"kind":"Field","name":{"kind":"Name","value":"gemeldTot"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AanbiederQuery, AanbiederQueryVariables>;
export const GebruikersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Gebruikers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gebruikers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"rollen"}},{"kind":"Field","name":{"kind":"Name","value":"actief"}},{"kind":"Field","name":{"kind":"Name","value":"laatsteLoginOp"}},{"kind":"Field","name":{"kind":"Name","value":"ikZelf"}}]}}]}}]} as unknown as DocumentNode<GebruikersQuery, GebruikersQueryVariables>;
export const MaakGebruikerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MaakGebruiker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MaakGebruikerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maakGebruiker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initieelWachtwoord"}},{"kind":"Field","name":{"kind":"Name","value":"gebruiker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<MaakGebruikerMutation, MaakGebruikerMutationVariables>;
export const WijzigRollenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WijzigRollen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gebruikerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rollen"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Rol"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wijzigRollen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gebruikerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gebruikerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"rollen"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rollen"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rollen"}}]}}]}}]} as unknown as DocumentNode<WijzigRollenMutation, WijzigRollenMutationVariables>;
export const ZetGebruikerActiefDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ZetGebruikerActief"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gebruikerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actief"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zetGebruikerActief"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gebruikerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gebruikerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"actief"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actief"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actief"}}]}}]}}]} as unknown as DocumentNode<ZetGebruikerActiefMutation, ZetGebruikerActiefMutationVariables>;
export const ResetWachtwoordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetWachtwoord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gebruikerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetWachtwoord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gebruikerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gebruikerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eenmaligWachtwoord"}},{"kind":"Field","name":{"kind":"Name","value":"gebruiker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<ResetWachtwoordMutation, ResetWachtwoordMutationVariables>;
export const BeheerContractenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeheerContracten"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracten"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"aanbiederNaam"}},{"kind":"Field","name":{"kind":"Name","value":"aanbiederKvkNummer"}},{"kind":"Field","name":{"kind":"Name","value":"trajectsoorten"}},{"kind":"Field","name":{"kind":"Name","value":"ingangsdatum"}},{"kind":"Field","name":{"kind":"Name","value":"einddatum"}},{"kind":"Field","name":{"kind":"Name","value":"datumVerwerkersovereenkomst"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aanbiedersInPortaal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"kvkNummer"}}]}}]}}]} as unknown as DocumentNode<BeheerContractenQuery, BeheerContractenQueryVariables>;
export const SluitContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SluitContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SluitContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sluitContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"aanbiederNaam"}}]}}]}}]} as unknown as DocumentNode<SluitContractMutation, SluitContractMutationVariables>;
export const BeeindigContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BeeindigContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"einddatum"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beeindigContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contractId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}}},{"kind":"Argument","name":{"kind":"Name","value":"einddatum"},"value":{"kind":"Variable","name":{"kind":"Name","value":"einddatum"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"einddatum"}}]}}]}}]} as unknown as DocumentNode<BeeindigContractMutation, BeeindigContractMutationVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"aantal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zonderPip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inburgeraarId"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"wat"}},{"kind":"Field","name":{"kind":"Name","value":"sinds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teBeoordelen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inburgeraarId"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"wat"}},{"kind":"Field","name":{"kind":"Name","value":"sinds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adviezen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inburgeraarId"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"wat"}},{"kind":"Field","name":{"kind":"Name","value":"sinds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sindsVorigBezoek"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sinds"}},{"kind":"Field","name":{"kind":"Name","value":"aanwezigheden"}},{"kind":"Field","name":{"kind":"Name","value":"rapportages"}},{"kind":"Field","name":{"kind":"Name","value":"meldingen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inburgeraarId"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"soort"}},{"kind":"Field","name":{"kind":"Name","value":"versie"}},{"kind":"Field","name":{"kind":"Name","value":"aanbiederNaam"}},{"kind":"Field","name":{"kind":"Name","value":"ingediendOp"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const ZoekDossiersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ZoekDossiers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"zoek"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DossierStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trajectsoort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Trajectsoort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"aanbiederId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zoekDossiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"zoek"},"value":{"kind":"Variable","name":{"kind":"Name","value":"zoek"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"trajectsoort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trajectsoort"}}},{"kind":"Argument","name":{"kind":"Name","value":"aanbiederId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"aanbiederId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bsn"}},{"kind":"Field","name":{"kind":"Name","value":"voornamen"}},{"kind":"Field","name":{"kind":"Name","value":"tussenvoegsel"}},{"kind":"Field","name":{"kind":"Name","value":"achternaam"}},{"kind":"Field","name":{"kind":"Name","value":"geboortedatum"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ZoekDossiersQuery, ZoekDossiersQueryVariables>;
export const FilterkeuzesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Filterkeuzes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracten"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aanbiederId"}},{"kind":"Field","name":{"kind":"Name","value":"aanbiederNaam"}}]}}]}}]} as unknown as DocumentNode<FilterkeuzesQuery, FilterkeuzesQueryVariables>;
export const DossierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bsn"}},{"kind":"Field","name":{"kind":"Name","value":"voornamen"}},{"kind":"Field","name":{"kind":"Name","value":"tussenvoegsel"}},{"kind":"Field","name":{"kind":"Name","value":"achternaam"}},{"kind":"Field","name":{"kind":"Name","value":"geboortedatum"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"telefoon"}},{"kind":"Field","name":{"kind":"Name","value":"gemeenteNaam"}},{"kind":"Field","name":{"kind":"Name","value":"doelgroep"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"datumEindeInburgeringsplicht"}},{"kind":"Field","name":{"kind":"Name","value":"redenEindeInburgeringsplicht"}},{"kind":"Field","name":{"kind":"Name","value":"overlijdensdatum"}},{"kind":"Field","name":{"kind":"Name","value":"verwijderenVanaf"}},{"kind":"Field","name":{"kind":"Name","value":"retentieToegepastOp"}},{"kind":"Field","name":{"kind":"Name","value":"actuelePip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versie"}},{"kind":"Field","name":{"kind":"Name","value":"dagtekeningPip"}},{"kind":"Field","name":{"kind":"Name","value":"leerroute"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"geschatteIntensiteitB1Route"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pipHistorie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versie"}},{"kind":"Field","name":{"kind":"Name","value":"dagtekeningPip"}},{"kind":"Field","name":{"kind":"Name","value":"leerroute"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"geschatteIntensiteitB1Route"}},{"kind":"Field","name":{"kind":"Name","value":"wijzigingsreden"}},{"kind":"Field","name":{"kind":"Name","value":"datumInburgeringsaanbod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inburgeringstermijn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startdatum"}},{"kind":"Field","name":{"kind":"Name","value":"einddatum"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gevolgdeUren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participatieAlsTaalles"}},{"kind":"Field","name":{"kind":"Name","value":"bekendTot"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trajecten"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"soort"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cursusnaam"}},{"kind":"Field","name":{"kind":"Name","value":"aanbiederNaam"}},{"kind":"Field","name":{"kind":"Name","value":"geplandeStart"}},{"kind":"Field","name":{"kind":"Name","value":"geplandeEinde"}},{"kind":"Field","name":{"kind":"Name","value":"geplandeUren"}},{"kind":"Field","name":{"kind":"Name","value":"uren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingeroosterd"}},{"kind":"Field","name":{"kind":"Name","value":"aanwezig"}},{"kind":"Field","name":{"kind":"Name","value":"geoorloofdVerzuim"}},{"kind":"Field","name":{"kind":"Name","value":"ongeoorloofdVerzuim"}},{"kind":"Field","name":{"kind":"Name","value":"gemeldTot"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aanwezigheden"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodeVan"}},{"kind":"Field","name":{"kind":"Name","value":"periodeTot"}},{"kind":"Field","name":{"kind":"Name","value":"versie"}},{"kind":"Field","name":{"kind":"Name","value":"urenIngeroosterd"}},{"kind":"Field","name":{"kind":"Name","value":"urenAanwezig"}},{"kind":"Field","name":{"kind":"Name","value":"urenGeoorloofdVerzuim"}},{"kind":"Field","name":{"kind":"Name","value":"redenGeoorloofdVerzuim"}},{"kind":"Field","name":{"kind":"Name","value":"urenOngeoorloofdVerzuim"}},{"kind":"Field","name":{"kind":"Name","value":"redenOngeoorloofdVerzuim"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rapportages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Voortgangsrapportage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versie"}},{"kind":"Field","name":{"kind":"Name","value":"ingediendOp"}},{"kind":"Field","name":{"kind":"Name","value":"vervangenOp"}},{"kind":"Field","name":{"kind":"Name","value":"heropendOp"}},{"kind":"Field","name":{"kind":"Name","value":"definitiefVanaf"}},{"kind":"Field","name":{"kind":"Name","value":"peildatum"}},{"kind":"Field","name":{"kind":"Name","value":"voortgang"}},{"kind":"Field","name":{"kind":"Name","value":"examenvoorbereiding"}},{"kind":"Field","name":{"kind":"Name","value":"toetsresultaten"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onderdeel"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"datum"}}]}},{"kind":"Field","name":{"kind":"Name","value":"belemmeringen"}},{"kind":"Field","name":{"kind":"Name","value":"belemmeringGevolgen"}},{"kind":"Field","name":{"kind":"Name","value":"belemmeringToelichting"}},{"kind":"Field","name":{"kind":"Name","value":"advies"}},{"kind":"Field","name":{"kind":"Name","value":"adviesGronden"}},{"kind":"Field","name":{"kind":"Name","value":"adviesToelichting"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Examenresultaat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versie"}},{"kind":"Field","name":{"kind":"Name","value":"ingediendOp"}},{"kind":"Field","name":{"kind":"Name","value":"vervangenOp"}},{"kind":"Field","name":{"kind":"Name","value":"heropendOp"}},{"kind":"Field","name":{"kind":"Name","value":"definitiefVanaf"}},{"kind":"Field","name":{"kind":"Name","value":"onderdeel"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"examendatum"}},{"kind":"Field","alias":{"kind":"Name","value":"examenResultaat"},"name":{"kind":"Name","value":"resultaat"}},{"kind":"Field","name":{"kind":"Name","value":"redenGeenResultaat"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MapResultaat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versie"}},{"kind":"Field","name":{"kind":"Name","value":"ingediendOp"}},{"kind":"Field","name":{"kind":"Name","value":"vervangenOp"}},{"kind":"Field","name":{"kind":"Name","value":"heropendOp"}},{"kind":"Field","name":{"kind":"Name","value":"definitiefVanaf"}},{"kind":"Field","alias":{"kind":"Name","value":"mapResultaat"},"name":{"kind":"Name","value":"resultaat"}},{"kind":"Field","name":{"kind":"Name","value":"gerealiseerdeStartdatum"}},{"kind":"Field","name":{"kind":"Name","value":"aangepasteEinddatum"}},{"kind":"Field","name":{"kind":"Name","value":"redenLateStart"}},{"kind":"Field","name":{"kind":"Name","value":"datumEindgesprekMap"}},{"kind":"Field","name":{"kind":"Name","value":"redenNietAfgerond"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PvtResultaat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versie"}},{"kind":"Field","name":{"kind":"Name","value":"ingediendOp"}},{"kind":"Field","name":{"kind":"Name","value":"vervangenOp"}},{"kind":"Field","name":{"kind":"Name","value":"heropendOp"}},{"kind":"Field","name":{"kind":"Name","value":"definitiefVanaf"}},{"kind":"Field","name":{"kind":"Name","value":"gerealiseerdeStartdatum"}},{"kind":"Field","name":{"kind":"Name","value":"gerealiseerdeEinddatum"}},{"kind":"Field","name":{"kind":"Name","value":"datumOndertekeningPvt"}},{"kind":"Field","name":{"kind":"Name","value":"redenNietVoldaan"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Taalschakelresultaat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versie"}},{"kind":"Field","name":{"kind":"Name","value":"ingediendOp"}},{"kind":"Field","name":{"kind":"Name","value":"vervangenOp"}},{"kind":"Field","name":{"kind":"Name","value":"heropendOp"}},{"kind":"Field","name":{"kind":"Name","value":"definitiefVanaf"}},{"kind":"Field","alias":{"kind":"Name","value":"taalschakelResultaat"},"name":{"kind":"Name","value":"resultaat"}},{"kind":"Field","name":{"kind":"Name","value":"datum"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ZRouteResultaat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versie"}},{"kind":"Field","name":{"kind":"Name","value":"ingediendOp"}},{"kind":"Field","name":{"kind":"Name","value":"vervangenOp"}},{"kind":"Field","name":{"kind":"Name","value":"heropendOp"}},{"kind":"Field","name":{"kind":"Name","value":"definitiefVanaf"}},{"kind":"Field","name":{"kind":"Name","value":"afgerond"}},{"kind":"Field","name":{"kind":"Name","value":"datumAfrondingZroute"}},{"kind":"Field","name":{"kind":"Name","value":"niveauBereikt"}},{"kind":"Field","name":{"kind":"Name","value":"urenTaalGerealiseerd"}},{"kind":"Field","name":{"kind":"Name","value":"urenParticipatieGerealiseerd"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"verzuimredenen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"omschrijving"}}]}},{"kind":"Field","name":{"kind":"Name","value":"besluiten"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inburgeraarId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"soort"}},{"kind":"Field","name":{"kind":"Name","value":"versie"}},{"kind":"Field","name":{"kind":"Name","value":"voldaan"}},{"kind":"Field","name":{"kind":"Name","value":"datum"}},{"kind":"Field","name":{"kind":"Name","value":"verwijtbaar"}},{"kind":"Field","name":{"kind":"Name","value":"genomenOp"}},{"kind":"Field","name":{"kind":"Name","value":"vervangenOp"}},{"kind":"Field","name":{"kind":"Name","value":"duoBericht"}},{"kind":"Field","name":{"kind":"Name","value":"registrerenUiterlijk"}}]}}]}}]} as unknown as DocumentNode<DossierQuery, DossierQueryVariables>;
export const NeemBesluitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NeemBesluit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BesluitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neemBesluit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultaat"}},{"kind":"Field","name":{"kind":"Name","value":"besluit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versie"}},{"kind":"Field","name":{"kind":"Name","value":"duoBericht"}},{"kind":"Field","name":{"kind":"Name","value":"registrerenUiterlijk"}}]}}]}}]}}]} as unknown as DocumentNode<NeemBesluitMutation, NeemBesluitMutationVariables>;
export const RegistreerEindeInburgeringsplichtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegistreerEindeInburgeringsplicht"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EindeInburgeringsplichtInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registreerEindeInburgeringsplicht"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"datumEindeInburgeringsplicht"}},{"kind":"Field","name":{"kind":"Name","value":"redenEindeInburgeringsplicht"}},{"kind":"Field","name":{"kind":"Name","value":"verwijderenVanaf"}}]}}]}}]} as unknown as DocumentNode<RegistreerEindeInburgeringsplichtMutation, RegistreerEindeInburgeringsplichtMutationVariables>;
export const RegistreerOverlijdenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegistreerOverlijden"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datum"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registreerOverlijden"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"datum"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datum"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overlijdensdatum"}},{"kind":"Field","name":{"kind":"Name","value":"datumEindeInburgeringsplicht"}},{"kind":"Field","name":{"kind":"Name","value":"redenEindeInburgeringsplicht"}},{"kind":"Field","name":{"kind":"Name","value":"verwijderenVanaf"}}]}}]}}]} as unknown as DocumentNode<RegistreerOverlijdenMutation, RegistreerOverlijdenMutationVariables>;
export const InzagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inzages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inzages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inburgeraarId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tijdstip"}},{"kind":"Field","name":{"kind":"Name","value":"organisatieSoort"}},{"kind":"Field","name":{"kind":"Name","value":"organisatieNaam"}},{"kind":"Field","name":{"kind":"Name","value":"wie"}},{"kind":"Field","name":{"kind":"Name","value":"actie"}},{"kind":"Field","name":{"kind":"Name","value":"geweigerd"}},{"kind":"Field","name":{"kind":"Name","value":"ontvangerNaam"}}]}}]}}]} as unknown as DocumentNode<InzagesQuery, InzagesQueryVariables>;
export const AvgInzageBestandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AvgInzageBestand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"avgInzageBestand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inburgeraarId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bestandsnaam"}},{"kind":"Field","name":{"kind":"Name","value":"inhoud"}}]}}]}}]} as unknown as DocumentNode<AvgInzageBestandQuery, AvgInzageBestandQueryVariables>;