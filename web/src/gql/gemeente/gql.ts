/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Aanbieders {\n    aanbieders {\n      id naam kvkNummer deelnemers aanwezigheidspercentage\n      contracten { id trajectsoorten ingangsdatum einddatum }\n      uren { ingeroosterd aanwezig geoorloofdVerzuim ongeoorloofdVerzuim perioden gemeldTot }\n      tijdigheid { meldtermijnWerkdagen perioden opTijd percentageOpTijd trajectenZonderVorigeWeek }\n    }\n  }\n": typeof types.AanbiedersDocument,
    "\n  query Aanbieder($id: ID!) {\n    aanbieder(id: $id) {\n      id naam kvkNummer deelnemers aanwezigheidspercentage\n      contracten { id trajectsoorten ingangsdatum einddatum datumVerwerkersovereenkomst }\n      uren { ingeroosterd aanwezig geoorloofdVerzuim ongeoorloofdVerzuim perioden gemeldTot }\n      tijdigheid { meldtermijnWerkdagen perioden opTijd percentageOpTijd trajectenZonderVorigeWeek }\n      trajecten {\n        id inburgeraarId naam soort status geplandeStart geplandeEinde geplandeUren vorigeWeekOntbreekt\n        uren { ingeroosterd aanwezig gemeldTot }\n      }\n    }\n  }\n": typeof types.AanbiederDocument,
    "\n  query Gebruikers { gebruikers { id naam email rollen actief laatsteLoginOp ikZelf } }\n": typeof types.GebruikersDocument,
    "\n  mutation MaakGebruiker($input: MaakGebruikerInput!) {\n    maakGebruiker(input: $input) { initieelWachtwoord gebruiker { id naam email } }\n  }\n": typeof types.MaakGebruikerDocument,
    "\n  mutation WijzigRollen($gebruikerId: ID!, $rollen: [Rol!]!) { wijzigRollen(gebruikerId: $gebruikerId, rollen: $rollen) { id rollen } }\n": typeof types.WijzigRollenDocument,
    "\n  mutation ZetGebruikerActief($gebruikerId: ID!, $actief: Boolean!) { zetGebruikerActief(gebruikerId: $gebruikerId, actief: $actief) { id actief } }\n": typeof types.ZetGebruikerActiefDocument,
    "\n  mutation ResetWachtwoord($gebruikerId: ID!) { resetWachtwoord(gebruikerId: $gebruikerId) { eenmaligWachtwoord gebruiker { id naam email } } }\n": typeof types.ResetWachtwoordDocument,
    "\n  query BeheerContracten {\n    contracten { id aanbiederNaam aanbiederKvkNummer trajectsoorten ingangsdatum einddatum datumVerwerkersovereenkomst }\n    aanbiedersInPortaal { id naam kvkNummer }\n  }\n": typeof types.BeheerContractenDocument,
    "\n  mutation SluitContract($input: SluitContractInput!) { sluitContract(input: $input) { id aanbiederNaam } }\n": typeof types.SluitContractDocument,
    "\n  mutation BeeindigContract($contractId: ID!, $einddatum: LocalDate!) { beeindigContract(contractId: $contractId, einddatum: $einddatum) { id einddatum } }\n": typeof types.BeeindigContractDocument,
    "\n  query Dashboard {\n    dashboard {\n      perStatus { status aantal }\n      zonderPip { inburgeraarId naam wat sinds }\n      teBeoordelen { inburgeraarId naam wat sinds }\n      adviezen { inburgeraarId naam wat sinds }\n      sindsVorigBezoek { sinds aanwezigheden rapportages meldingen { inburgeraarId naam soort versie aanbiederNaam ingediendOp } }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query ZoekDossiers($zoek: String, $first: Int, $after: String, $status: DossierStatus, $trajectsoort: Trajectsoort, $aanbiederId: ID) {\n    zoekDossiers(zoek: $zoek, first: $first, after: $after, status: $status, trajectsoort: $trajectsoort, aanbiederId: $aanbiederId) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id bsn voornamen tussenvoegsel achternaam geboortedatum status }\n    }\n  }\n": typeof types.ZoekDossiersDocument,
    "\n  query Filterkeuzes { contracten { aanbiederId aanbiederNaam } }\n": typeof types.FilterkeuzesDocument,
    "\n  query Dossier($id: ID!) {\n    dossier(id: $id) {\n      id bsn voornamen tussenvoegsel achternaam geboortedatum email telefoon gemeenteNaam doelgroep status\n      datumEindeInburgeringsplicht redenEindeInburgeringsplicht overlijdensdatum verwijderenVanaf retentieToegepastOp\n      actuelePip { versie dagtekeningPip leerroute niveau geschatteIntensiteitB1Route }\n      pipHistorie { id versie dagtekeningPip leerroute niveau geschatteIntensiteitB1Route wijzigingsreden datumInburgeringsaanbod }\n      inburgeringstermijn { startdatum einddatum }\n      gevolgdeUren { participatieAlsTaalles bekendTot }\n      trajecten {\n        id soort status cursusnaam aanbiederNaam geplandeStart geplandeEinde geplandeUren\n        uren { ingeroosterd aanwezig geoorloofdVerzuim ongeoorloofdVerzuim gemeldTot }\n        aanwezigheden {\n          id periodeVan periodeTot versie urenIngeroosterd urenAanwezig\n          urenGeoorloofdVerzuim redenGeoorloofdVerzuim urenOngeoorloofdVerzuim redenOngeoorloofdVerzuim\n        }\n        rapportages {\n          __typename\n          ... on Voortgangsrapportage { id versie ingediendOp vervangenOp peildatum voortgang advies belemmeringen }\n          ... on Examenresultaat { id versie ingediendOp vervangenOp onderdeel niveau examendatum examenResultaat: resultaat }\n          ... on MapResultaat { id versie ingediendOp vervangenOp mapResultaat: resultaat datumEindgesprekMap redenNietAfgerond }\n          ... on PvtResultaat { id versie ingediendOp vervangenOp datumOndertekeningPvt redenNietVoldaan }\n          ... on Taalschakelresultaat { id versie ingediendOp vervangenOp taalschakelResultaat: resultaat datum }\n          ... on ZRouteResultaat { id versie ingediendOp vervangenOp afgerond datumAfrondingZroute }\n        }\n      }\n    }\n    verzuimredenen { code omschrijving }\n    besluiten(inburgeraarId: $id) { id soort versie voldaan datum verwijtbaar genomenOp vervangenOp duoBericht registrerenUiterlijk }\n  }\n": typeof types.DossierDocument,
    "\n  mutation NeemBesluit($input: BesluitInput!) {\n    neemBesluit(input: $input) { resultaat besluit { id versie duoBericht registrerenUiterlijk } }\n  }\n": typeof types.NeemBesluitDocument,
    "\n  mutation RegistreerEindeInburgeringsplicht($id: ID!, $input: EindeInburgeringsplichtInput!) {\n    registreerEindeInburgeringsplicht(id: $id, input: $input) { id status datumEindeInburgeringsplicht redenEindeInburgeringsplicht verwijderenVanaf }\n  }\n": typeof types.RegistreerEindeInburgeringsplichtDocument,
    "\n  mutation RegistreerOverlijden($id: ID!, $datum: LocalDate!) {\n    registreerOverlijden(id: $id, datum: $datum) { id status overlijdensdatum datumEindeInburgeringsplicht redenEindeInburgeringsplicht verwijderenVanaf }\n  }\n": typeof types.RegistreerOverlijdenDocument,
    "\n  query Inzages($id: ID!) {\n    inzages(inburgeraarId: $id) { tijdstip organisatieSoort organisatieNaam wie actie geweigerd ontvangerNaam }\n  }\n": typeof types.InzagesDocument,
    "\n  query AvgInzageBestand($id: ID!) {\n    avgInzageBestand(inburgeraarId: $id) { bestandsnaam inhoud }\n  }\n": typeof types.AvgInzageBestandDocument,
};
const documents: Documents = {
    "\n  query Aanbieders {\n    aanbieders {\n      id naam kvkNummer deelnemers aanwezigheidspercentage\n      contracten { id trajectsoorten ingangsdatum einddatum }\n      uren { ingeroosterd aanwezig geoorloofdVerzuim ongeoorloofdVerzuim perioden gemeldTot }\n      tijdigheid { meldtermijnWerkdagen perioden opTijd percentageOpTijd trajectenZonderVorigeWeek }\n    }\n  }\n": types.AanbiedersDocument,
    "\n  query Aanbieder($id: ID!) {\n    aanbieder(id: $id) {\n      id naam kvkNummer deelnemers aanwezigheidspercentage\n      contracten { id trajectsoorten ingangsdatum einddatum datumVerwerkersovereenkomst }\n      uren { ingeroosterd aanwezig geoorloofdVerzuim ongeoorloofdVerzuim perioden gemeldTot }\n      tijdigheid { meldtermijnWerkdagen perioden opTijd percentageOpTijd trajectenZonderVorigeWeek }\n      trajecten {\n        id inburgeraarId naam soort status geplandeStart geplandeEinde geplandeUren vorigeWeekOntbreekt\n        uren { ingeroosterd aanwezig gemeldTot }\n      }\n    }\n  }\n": types.AanbiederDocument,
    "\n  query Gebruikers { gebruikers { id naam email rollen actief laatsteLoginOp ikZelf } }\n": types.GebruikersDocument,
    "\n  mutation MaakGebruiker($input: MaakGebruikerInput!) {\n    maakGebruiker(input: $input) { initieelWachtwoord gebruiker { id naam email } }\n  }\n": types.MaakGebruikerDocument,
    "\n  mutation WijzigRollen($gebruikerId: ID!, $rollen: [Rol!]!) { wijzigRollen(gebruikerId: $gebruikerId, rollen: $rollen) { id rollen } }\n": types.WijzigRollenDocument,
    "\n  mutation ZetGebruikerActief($gebruikerId: ID!, $actief: Boolean!) { zetGebruikerActief(gebruikerId: $gebruikerId, actief: $actief) { id actief } }\n": types.ZetGebruikerActiefDocument,
    "\n  mutation ResetWachtwoord($gebruikerId: ID!) { resetWachtwoord(gebruikerId: $gebruikerId) { eenmaligWachtwoord gebruiker { id naam email } } }\n": types.ResetWachtwoordDocument,
    "\n  query BeheerContracten {\n    contracten { id aanbiederNaam aanbiederKvkNummer trajectsoorten ingangsdatum einddatum datumVerwerkersovereenkomst }\n    aanbiedersInPortaal { id naam kvkNummer }\n  }\n": types.BeheerContractenDocument,
    "\n  mutation SluitContract($input: SluitContractInput!) { sluitContract(input: $input) { id aanbiederNaam } }\n": types.SluitContractDocument,
    "\n  mutation BeeindigContract($contractId: ID!, $einddatum: LocalDate!) { beeindigContract(contractId: $contractId, einddatum: $einddatum) { id einddatum } }\n": types.BeeindigContractDocument,
    "\n  query Dashboard {\n    dashboard {\n      perStatus { status aantal }\n      zonderPip { inburgeraarId naam wat sinds }\n      teBeoordelen { inburgeraarId naam wat sinds }\n      adviezen { inburgeraarId naam wat sinds }\n      sindsVorigBezoek { sinds aanwezigheden rapportages meldingen { inburgeraarId naam soort versie aanbiederNaam ingediendOp } }\n    }\n  }\n": types.DashboardDocument,
    "\n  query ZoekDossiers($zoek: String, $first: Int, $after: String, $status: DossierStatus, $trajectsoort: Trajectsoort, $aanbiederId: ID) {\n    zoekDossiers(zoek: $zoek, first: $first, after: $after, status: $status, trajectsoort: $trajectsoort, aanbiederId: $aanbiederId) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id bsn voornamen tussenvoegsel achternaam geboortedatum status }\n    }\n  }\n": types.ZoekDossiersDocument,
    "\n  query Filterkeuzes { contracten { aanbiederId aanbiederNaam } }\n": types.FilterkeuzesDocument,
    "\n  query Dossier($id: ID!) {\n    dossier(id: $id) {\n      id bsn voornamen tussenvoegsel achternaam geboortedatum email telefoon gemeenteNaam doelgroep status\n      datumEindeInburgeringsplicht redenEindeInburgeringsplicht overlijdensdatum verwijderenVanaf retentieToegepastOp\n      actuelePip { versie dagtekeningPip leerroute niveau geschatteIntensiteitB1Route }\n      pipHistorie { id versie dagtekeningPip leerroute niveau geschatteIntensiteitB1Route wijzigingsreden datumInburgeringsaanbod }\n      inburgeringstermijn { startdatum einddatum }\n      gevolgdeUren { participatieAlsTaalles bekendTot }\n      trajecten {\n        id soort status cursusnaam aanbiederNaam geplandeStart geplandeEinde geplandeUren\n        uren { ingeroosterd aanwezig geoorloofdVerzuim ongeoorloofdVerzuim gemeldTot }\n        aanwezigheden {\n          id periodeVan periodeTot versie urenIngeroosterd urenAanwezig\n          urenGeoorloofdVerzuim redenGeoorloofdVerzuim urenOngeoorloofdVerzuim redenOngeoorloofdVerzuim\n        }\n        rapportages {\n          __typename\n          ... on Voortgangsrapportage { id versie ingediendOp vervangenOp peildatum voortgang advies belemmeringen }\n          ... on Examenresultaat { id versie ingediendOp vervangenOp onderdeel niveau examendatum examenResultaat: resultaat }\n          ... on MapResultaat { id versie ingediendOp vervangenOp mapResultaat: resultaat datumEindgesprekMap redenNietAfgerond }\n          ... on PvtResultaat { id versie ingediendOp vervangenOp datumOndertekeningPvt redenNietVoldaan }\n          ... on Taalschakelresultaat { id versie ingediendOp vervangenOp taalschakelResultaat: resultaat datum }\n          ... on ZRouteResultaat { id versie ingediendOp vervangenOp afgerond datumAfrondingZroute }\n        }\n      }\n    }\n    verzuimredenen { code omschrijving }\n    besluiten(inburgeraarId: $id) { id soort versie voldaan datum verwijtbaar genomenOp vervangenOp duoBericht registrerenUiterlijk }\n  }\n": types.DossierDocument,
    "\n  mutation NeemBesluit($input: BesluitInput!) {\n    neemBesluit(input: $input) { resultaat besluit { id versie duoBericht registrerenUiterlijk } }\n  }\n": types.NeemBesluitDocument,
    "\n  mutation RegistreerEindeInburgeringsplicht($id: ID!, $input: EindeInburgeringsplichtInput!) {\n    registreerEindeInburgeringsplicht(id: $id, input: $input) { id status datumEindeInburgeringsplicht redenEindeInburgeringsplicht verwijderenVanaf }\n  }\n": types.RegistreerEindeInburgeringsplichtDocument,
    "\n  mutation RegistreerOverlijden($id: ID!, $datum: LocalDate!) {\n    registreerOverlijden(id: $id, datum: $datum) { id status overlijdensdatum datumEindeInburgeringsplicht redenEindeInburgeringsplicht verwijderenVanaf }\n  }\n": types.RegistreerOverlijdenDocument,
    "\n  query Inzages($id: ID!) {\n    inzages(inburgeraarId: $id) { tijdstip organisatieSoort organisatieNaam wie actie geweigerd ontvangerNaam }\n  }\n": types.InzagesDocument,
    "\n  query AvgInzageBestand($id: ID!) {\n    avgInzageBestand(inburgeraarId: $id) { bestandsnaam inhoud }\n  }\n": types.AvgInzageBestandDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Aanbieders {\n    aanbieders {\n      id naam kvkNummer deelnemers aanwezigheidspercentage\n      contracten { id trajectsoorten ingangsdatum einddatum }\n      uren { ingeroosterd aanwezig geoorloofdVerzuim ongeoorloofdVerzuim perioden gemeldTot }\n      tijdigheid { meldtermijnWerkdagen perioden opTijd percentageOpTijd trajectenZonderVorigeWeek }\n    }\n  }\n"): (typeof documents)["\n  query Aanbieders {\n    aanbieders {\n      id naam kvkNummer deelnemers aanwezigheidspercentage\n      contracten { id trajectsoorten ingangsdatum einddatum }\n      uren { ingeroosterd aanwezig geoorloofdVerzuim ongeoorloofdVerzuim perioden gemeldTot }\n      tijdigheid { meldtermijnWerkdagen perioden opTijd percentageOpTijd trajectenZonderVorigeWeek }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Aanbieder($id: ID!) {\n    aanbieder(id: $id) {\n      id naam kvkNummer deelnemers aanwezigheidspercentage\n      contracten { id trajectsoorten ingangsdatum einddatum datumVerwerkersovereenkomst }\n      uren { ingeroosterd aanwezig geoorloofdVerzuim ongeoorloofdVerzuim perioden gemeldTot }\n      tijdigheid { meldtermijnWerkdagen perioden opTijd percentageOpTijd trajectenZonderVorigeWeek }\n      trajecten {\n        id inburgeraarId naam soort status geplandeStart geplandeEinde geplandeUren vorigeWeekOntbreekt\n        uren { ingeroosterd aanwezig gemeldTot }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Aanbieder($id: ID!) {\n    aanbieder(id: $id) {\n      id naam kvkNummer deelnemers aanwezigheidspercentage\n      contracten { id trajectsoorten ingangsdatum einddatum datumVerwerkersovereenkomst }\n      uren { ingeroosterd aanwezig geoorloofdVerzuim ongeoorloofdVerzuim perioden gemeldTot }\n      tijdigheid { meldtermijnWerkdagen perioden opTijd percentageOpTijd trajectenZonderVorigeWeek }\n      trajecten {\n        id inburgeraarId naam soort status geplandeStart geplandeEinde geplandeUren vorigeWeekOntbreekt\n        uren { ingeroosterd aanwezig gemeldTot }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Gebruikers { gebruikers { id naam email rollen actief laatsteLoginOp ikZelf } }\n"): (typeof documents)["\n  query Gebruikers { gebruikers { id naam email rollen actief laatsteLoginOp ikZelf } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MaakGebruiker($input: MaakGebruikerInput!) {\n    maakGebruiker(input: $input) { initieelWachtwoord gebruiker { id naam email } }\n  }\n"): (typeof documents)["\n  mutation MaakGebruiker($input: MaakGebruikerInput!) {\n    maakGebruiker(input: $input) { initieelWachtwoord gebruiker { id naam email } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WijzigRollen($gebruikerId: ID!, $rollen: [Rol!]!) { wijzigRollen(gebruikerId: $gebruikerId, rollen: $rollen) { id rollen } }\n"): (typeof documents)["\n  mutation WijzigRollen($gebruikerId: ID!, $rollen: [Rol!]!) { wijzigRollen(gebruikerId: $gebruikerId, rollen: $rollen) { id rollen } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ZetGebruikerActief($gebruikerId: ID!, $actief: Boolean!) { zetGebruikerActief(gebruikerId: $gebruikerId, actief: $actief) { id actief } }\n"): (typeof documents)["\n  mutation ZetGebruikerActief($gebruikerId: ID!, $actief: Boolean!) { zetGebruikerActief(gebruikerId: $gebruikerId, actief: $actief) { id actief } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetWachtwoord($gebruikerId: ID!) { resetWachtwoord(gebruikerId: $gebruikerId) { eenmaligWachtwoord gebruiker { id naam email } } }\n"): (typeof documents)["\n  mutation ResetWachtwoord($gebruikerId: ID!) { resetWachtwoord(gebruikerId: $gebruikerId) { eenmaligWachtwoord gebruiker { id naam email } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BeheerContracten {\n    contracten { id aanbiederNaam aanbiederKvkNummer trajectsoorten ingangsdatum einddatum datumVerwerkersovereenkomst }\n    aanbiedersInPortaal { id naam kvkNummer }\n  }\n"): (typeof documents)["\n  query BeheerContracten {\n    contracten { id aanbiederNaam aanbiederKvkNummer trajectsoorten ingangsdatum einddatum datumVerwerkersovereenkomst }\n    aanbiedersInPortaal { id naam kvkNummer }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SluitContract($input: SluitContractInput!) { sluitContract(input: $input) { id aanbiederNaam } }\n"): (typeof documents)["\n  mutation SluitContract($input: SluitContractInput!) { sluitContract(input: $input) { id aanbiederNaam } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeeindigContract($contractId: ID!, $einddatum: LocalDate!) { beeindigContract(contractId: $contractId, einddatum: $einddatum) { id einddatum } }\n"): (typeof documents)["\n  mutation BeeindigContract($contractId: ID!, $einddatum: LocalDate!) { beeindigContract(contractId: $contractId, einddatum: $einddatum) { id einddatum } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard {\n    dashboard {\n      perStatus { status aantal }\n      zonderPip { inburgeraarId naam wat sinds }\n      teBeoordelen { inburgeraarId naam wat sinds }\n      adviezen { inburgeraarId naam wat sinds }\n      sindsVorigBezoek { sinds aanwezigheden rapportages meldingen { inburgeraarId naam soort versie aanbiederNaam ingediendOp } }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard {\n    dashboard {\n      perStatus { status aantal }\n      zonderPip { inburgeraarId naam wat sinds }\n      teBeoordelen { inburgeraarId naam wat sinds }\n      adviezen { inburgeraarId naam wat sinds }\n      sindsVorigBezoek { sinds aanwezigheden rapportages meldingen { inburgeraarId naam soort versie aanbiederNaam ingediendOp } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ZoekDossiers($zoek: String, $first: Int, $after: String, $status: DossierStatus, $trajectsoort: Trajectsoort, $aanbiederId: ID) {\n    zoekDossiers(zoek: $zoek, first: $first, after: $after, status: $status, trajectsoort: $trajectsoort, aanbiederId: $aanbiederId) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id bsn voornamen tussenvoegsel achternaam geboortedatum status }\n    }\n  }\n"): (typeof documents)["\n  query ZoekDossiers($zoek: String, $first: Int, $after: String, $status: DossierStatus, $trajectsoort: Trajectsoort, $aanbiederId: ID) {\n    zoekDossiers(zoek: $zoek, first: $first, after: $after, status: $status, trajectsoort: $trajectsoort, aanbiederId: $aanbiederId) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id bsn voornamen tussenvoegsel achternaam geboortedatum status }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Filterkeuzes { contracten { aanbiederId aanbiederNaam } }\n"): (typeof documents)["\n  query Filterkeuzes { contracten { aanbiederId aanbiederNaam } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dossier($id: ID!) {\n    dossier(id: $id) {\n      id bsn voornamen tussenvoegsel achternaam geboortedatum email telefoon gemeenteNaam doelgroep status\n      datumEindeInburgeringsplicht redenEindeInburgeringsplicht overlijdensdatum verwijderenVanaf retentieToegepastOp\n      actuelePip { versie dagtekeningPip leerroute niveau geschatteIntensiteitB1Route }\n      pipHistorie { id versie dagtekeningPip leerroute niveau geschatteIntensiteitB1Route wijzigingsreden datumInburgeringsaanbod }\n      inburgeringstermijn { startdatum einddatum }\n      gevolgdeUren { participatieAlsTaalles bekendTot }\n      trajecten {\n        id soort status cursusnaam aanbiederNaam geplandeStart geplandeEinde geplandeUren\n        uren { ingeroosterd aanwezig geoorloofdVerzuim ongeoorloofdVerzuim gemeldTot }\n        aanwezigheden {\n          id periodeVan periodeTot versie urenIngeroosterd urenAanwezig\n          urenGeoorloofdVerzuim redenGeoorloofdVerzuim urenOngeoorloofdVerzuim redenOngeoorloofdVerzuim\n        }\n        rapportages {\n          __typename\n          ... on Voortgangsrapportage { id versie ingediendOp vervangenOp peildatum voortgang advies belemmeringen }\n          ... on Examenresultaat { id versie ingediendOp vervangenOp onderdeel niveau examendatum examenResultaat: resultaat }\n          ... on MapResultaat { id versie ingediendOp vervangenOp mapResultaat: resultaat datumEindgesprekMap redenNietAfgerond }\n          ... on PvtResultaat { id versie ingediendOp vervangenOp datumOndertekeningPvt redenNietVoldaan }\n          ... on Taalschakelresultaat { id versie ingediendOp vervangenOp taalschakelResultaat: resultaat datum }\n          ... on ZRouteResultaat { id versie ingediendOp vervangenOp afgerond datumAfrondingZroute }\n        }\n      }\n    }\n    verzuimredenen { code omschrijving }\n    besluiten(inburgeraarId: $id) { id soort versie voldaan datum verwijtbaar genomenOp vervangenOp duoBericht registrerenUiterlijk }\n  }\n"): (typeof documents)["\n  query Dossier($id: ID!) {\n    dossier(id: $id) {\n      id bsn voornamen tussenvoegsel achternaam geboortedatum email telefoon gemeenteNaam doelgroep status\n      datumEindeInburgeringsplicht redenEindeInburgeringsplicht overlijdensdatum verwijderenVanaf retentieToegepastOp\n      actuelePip { versie dagtekeningPip leerroute niveau geschatteIntensiteitB1Route }\n      pipHistorie { id versie dagtekeningPip leerroute niveau geschatteIntensiteitB1Route wijzigingsreden datumInburgeringsaanbod }\n      inburgeringstermijn { startdatum einddatum }\n      gevolgdeUren { participatieAlsTaalles bekendTot }\n      trajecten {\n        id soort status cursusnaam aanbiederNaam geplandeStart geplandeEinde geplandeUren\n        uren { ingeroosterd aanwezig geoorloofdVerzuim ongeoorloofdVerzuim gemeldTot }\n        aanwezigheden {\n          id periodeVan periodeTot versie urenIngeroosterd urenAanwezig\n          urenGeoorloofdVerzuim redenGeoorloofdVerzuim urenOngeoorloofdVerzuim redenOngeoorloofdVerzuim\n        }\n        rapportages {\n          __typename\n          ... on Voortgangsrapportage { id versie ingediendOp vervangenOp peildatum voortgang advies belemmeringen }\n          ... on Examenresultaat { id versie ingediendOp vervangenOp onderdeel niveau examendatum examenResultaat: resultaat }\n          ... on MapResultaat { id versie ingediendOp vervangenOp mapResultaat: resultaat datumEindgesprekMap redenNietAfgerond }\n          ... on PvtResultaat { id versie ingediendOp vervangenOp datumOndertekeningPvt redenNietVoldaan }\n          ... on Taalschakelresultaat { id versie ingediendOp vervangenOp taalschakelResultaat: resultaat datum }\n          ... on ZRouteResultaat { id versie ingediendOp vervangenOp afgerond datumAfrondingZroute }\n        }\n      }\n    }\n    verzuimredenen { code omschrijving }\n    besluiten(inburgeraarId: $id) { id soort versie voldaan datum verwijtbaar genomenOp vervangenOp duoBericht registrerenUiterlijk }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NeemBesluit($input: BesluitInput!) {\n    neemBesluit(input: $input) { resultaat besluit { id versie duoBericht registrerenUiterlijk } }\n  }\n"): (typeof documents)["\n  mutation NeemBesluit($input: BesluitInput!) {\n    neemBesluit(input: $input) { resultaat besluit { id versie duoBericht registrerenUiterlijk } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegistreerEindeInburgeringsplicht($id: ID!, $input: EindeInburgeringsplichtInput!) {\n    registreerEindeInburgeringsplicht(id: $id, input: $input) { id status datumEindeInburgeringsplicht redenEindeInburgeringsplicht verwijderenVanaf }\n  }\n"): (typeof documents)["\n  mutation RegistreerEindeInburgeringsplicht($id: ID!, $input: EindeInburgeringsplichtInput!) {\n    registreerEindeInburgeringsplicht(id: $id, input: $input) { id status datumEindeInburgeringsplicht redenEindeInburgeringsplicht verwijderenVanaf }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegistreerOverlijden($id: ID!, $datum: LocalDate!) {\n    registreerOverlijden(id: $id, datum: $datum) { id status overlijdensdatum datumEindeInburgeringsplicht redenEindeInburgeringsplicht verwijderenVanaf }\n  }\n"): (typeof documents)["\n  mutation RegistreerOverlijden($id: ID!, $datum: LocalDate!) {\n    registreerOverlijden(id: $id, datum: $datum) { id status overlijdensdatum datumEindeInburgeringsplicht redenEindeInburgeringsplicht verwijderenVanaf }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inzages($id: ID!) {\n    inzages(inburgeraarId: $id) { tijdstip organisatieSoort organisatieNaam wie actie geweigerd ontvangerNaam }\n  }\n"): (typeof documents)["\n  query Inzages($id: ID!) {\n    inzages(inburgeraarId: $id) { tijdstip organisatieSoort organisatieNaam wie actie geweigerd ontvangerNaam }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AvgInzageBestand($id: ID!) {\n    avgInzageBestand(inburgeraarId: $id) { bestandsnaam inhoud }\n  }\n"): (typeof documents)["\n  query AvgInzageBestand($id: ID!) {\n    avgInzageBestand(inburgeraarId: $id) { bestandsnaam inhoud }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;