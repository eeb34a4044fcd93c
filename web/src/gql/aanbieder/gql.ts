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
    "\n  query TrajectMetAanwezigheid($id: ID!) {\n    traject(id: $id) {\n      id soort cursusnaam geplandeStart geplandeEinde geplandeUren gemeenteNaam aanbiederReferentie\n      uren { ingeroosterd aanwezig geoorloofdVerzuim ongeoorloofdVerzuim gemeldTot }\n      teDoen { code sinds }\n      deelnemer { portaalReferentie voornamen tussenvoegsel achternaam email telefoon }\n      aanwezigheden {\n        id periodeVan periodeTot versie urenIngeroosterd urenAanwezig\n        urenGeoorloofdVerzuim redenGeoorloofdVerzuim urenOngeoorloofdVerzuim redenOngeoorloofdVerzuim\n      }\n    }\n    verzuimredenen { code soort omschrijving }\n  }\n": typeof types.TrajectMetAanwezigheidDocument,
    "\n  mutation RegistreerAanwezigheid($input: AanwezigheidInput!) {\n    registreerAanwezigheid(input: $input) { resultaat aanwezigheid { id versie } }\n  }\n": typeof types.RegistreerAanwezigheidDocument,
    "\n  mutation ZetAanbiederReferentie($trajectId: ID!, $referentie: String) {\n    zetAanbiederReferentie(trajectId: $trajectId, referentie: $referentie) { trajectId aanbiederReferentie }\n  }\n": typeof types.ZetAanbiederReferentieDocument,
    "\n  query ApiTokens { apiTokens { id naam rollen aangemaaktOp ingetrokkenOp } }\n": typeof types.ApiTokensDocument,
    "\n  mutation MaakApiToken($naam: String!, $rollen: [Rol!]!) {\n    maakApiToken(naam: $naam, rollen: $rollen) { token apiToken { id naam } }\n  }\n": typeof types.MaakApiTokenDocument,
    "\n  mutation TrekApiTokenIn($id: ID!) { trekApiTokenIn(id: $id) { id ingetrokkenOp } }\n": typeof types.TrekApiTokenInDocument,
    "\n  query Gebruikers { gebruikers { id naam email rollen actief laatsteLoginOp ikZelf } }\n": typeof types.GebruikersDocument,
    "\n  mutation MaakGebruiker($input: MaakGebruikerInput!) {\n    maakGebruiker(input: $input) { initieelWachtwoord gebruiker { id naam email } }\n  }\n": typeof types.MaakGebruikerDocument,
    "\n  mutation WijzigRollen($gebruikerId: ID!, $rollen: [Rol!]!) { wijzigRollen(gebruikerId: $gebruikerId, rollen: $rollen) { id rollen } }\n": typeof types.WijzigRollenDocument,
    "\n  mutation ZetGebruikerActief($gebruikerId: ID!, $actief: Boolean!) { zetGebruikerActief(gebruikerId: $gebruikerId, actief: $actief) { id actief } }\n": typeof types.ZetGebruikerActiefDocument,
    "\n  mutation ResetWachtwoord($gebruikerId: ID!) { resetWachtwoord(gebruikerId: $gebruikerId) { eenmaligWachtwoord gebruiker { id naam email } } }\n": typeof types.ResetWachtwoordDocument,
    "\n  query CsvTrajecten($first: Int, $after: String) {\n    deelnemers(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { voornamen tussenvoegsel achternaam trajecten { id soort aanbiederReferentie } }\n    }\n  }\n": typeof types.CsvTrajectenDocument,
    "\n  query CsvVerzuimredenen { verzuimredenen { code omschrijving soort } }\n": typeof types.CsvVerzuimredenenDocument,
    "\n  query Upload($id: ID!) {\n    aanwezigheidUpload(id: $id) { id bestandsnaam status melding totaal verwerkt inOrde metFouten overgeslagen correcties opgeslagen ontvangenOp }\n  }\n": typeof types.UploadDocument,
    "\n  query RecenteUploads {\n    aanwezigheidUploads { id bestandsnaam status melding totaal verwerkt inOrde metFouten overgeslagen correcties opgeslagen ontvangenOp }\n  }\n": typeof types.RecenteUploadsDocument,
    "\n  query UploadRegels($id: ID!, $filter: UploadRijFilter, $first: Int, $after: String) {\n    aanwezigheidUploadRegels(id: $id, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        regel resultaat\n        invoer { trajectId aanbiederReferentie periodeVan periodeTot urenIngeroosterd urenAanwezig urenGeoorloofdVerzuim redenGeoorloofdVerzuim urenOngeoorloofdVerzuim redenOngeoorloofdVerzuim }\n        vorige { versie urenIngeroosterd urenAanwezig urenGeoorloofdVerzuim redenGeoorloofdVerzuim urenOngeoorloofdVerzuim redenOngeoorloofdVerzuim }\n        fouten { veld melding }\n      }\n    }\n  }\n": typeof types.UploadRegelsDocument,
    "\n  mutation SlaUploadOp($id: ID!, $correctiesBevestigd: Boolean!) {\n    slaAanwezigheidUploadOp(id: $id, correctiesBevestigd: $correctiesBevestigd) { id status verwerkt opgeslagen }\n  }\n": typeof types.SlaUploadOpDocument,
    "\n  mutation TrekUploadIn($id: ID!) {\n    trekAanwezigheidUploadIn(id: $id) { id status }\n  }\n": typeof types.TrekUploadInDocument,
    "\n  query Deelnemers($first: Int, $after: String, $zoek: String, $soort: Trajectsoort, $gemeentecode: String, $teDoen: Boolean) {\n    deelnemers(first: $first, after: $after, zoek: $zoek, soort: $soort, gemeentecode: $gemeentecode, teDoen: $teDoen) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        portaalReferentie voornamen tussenvoegsel achternaam gemeenteNaam\n        trajecten { id soort cursusnaam geplandeUren uren { aanwezig gemeldTot } teDoen { code sinds } }\n      }\n    }\n  }\n": typeof types.DeelnemersDocument,
    "\n  query MijnGemeenten { gemeenten { naam gemeentecode } }\n": typeof types.MijnGemeentenDocument,
    "\n  query Groep($first: Int, $after: String, $zoek: String, $soort: Trajectsoort, $gemeentecode: String) {\n    deelnemers(first: $first, after: $after, zoek: $zoek, soort: $soort, gemeentecode: $gemeentecode) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { portaalReferentie voornamen tussenvoegsel achternaam gemeenteNaam trajecten { id soort } }\n    }\n    verzuimredenen { code soort omschrijving }\n    gemeenten { naam gemeentecode }\n  }\n": typeof types.GroepDocument,
    "\n  query GroepsweekMeldingen($trajectIds: [ID!]!, $periodeVan: LocalDate!) {\n    aanwezighedenInPeriode(trajectIds: $trajectIds, periodeVan: $periodeVan) {\n      trajectId\n      aanwezigheid { periodeTot urenIngeroosterd urenAanwezig urenGeoorloofdVerzuim redenGeoorloofdVerzuim urenOngeoorloofdVerzuim redenOngeoorloofdVerzuim versie }\n    }\n  }\n": typeof types.GroepsweekMeldingenDocument,
    "\n  mutation SlaGroepsweekOp($rijen: [AanwezigheidInput!]!) {\n    registreerAanwezigheden(rijen: $rijen) { rij resultaat fouten { veld melding } }\n  }\n": typeof types.SlaGroepsweekOpDocument,
    "\n  query Rapportages($trajectId: ID!) {\n    rapportages(trajectId: $trajectId, historie: true) {\n      __typename\n      ... on Voortgangsrapportage { id versie ingediendOp vervangenOp definitiefVanaf peildatum voortgang advies }\n      ... on Examenresultaat { id versie ingediendOp vervangenOp definitiefVanaf onderdeel niveau examendatum examenResultaat: resultaat }\n      ... on MapResultaat { id versie ingediendOp vervangenOp definitiefVanaf mapResultaat: resultaat datumEindgesprekMap redenNietAfgerond }\n      ... on PvtResultaat { id versie ingediendOp vervangenOp definitiefVanaf datumOndertekeningPvt redenNietVoldaan }\n      ... on Taalschakelresultaat { id versie ingediendOp vervangenOp definitiefVanaf taalschakelResultaat: resultaat datum }\n      ... on ZRouteResultaat { id versie ingediendOp vervangenOp definitiefVanaf afgerond datumAfrondingZroute }\n    }\n  }\n": typeof types.RapportagesDocument,
    "\n  mutation MeldPvt($input: PvtResultaatInput!) { meldPvtResultaat(input: $input) { resultaat } }\n": typeof types.MeldPvtDocument,
    "\n  mutation MeldMap($input: MapResultaatInput!) { meldMapResultaat(input: $input) { resultaat } }\n": typeof types.MeldMapDocument,
    "\n  mutation MeldVoortgang($input: VoortgangInput!) { meldVoortgang(input: $input) { resultaat } }\n": typeof types.MeldVoortgangDocument,
    "\n  query PvtRedenen { pvtRedenen { code omschrijving deelname tijdvak } }\n": typeof types.PvtRedenenDocument,
    "\n  mutation MeldExamenresultaat($input: ExamenresultaatInput!) { meldExamenresultaat(input: $input) { resultaat } }\n": typeof types.MeldExamenresultaatDocument,
    "\n  mutation MeldZRouteResultaat($input: ZRouteResultaatInput!) { meldZRouteResultaat(input: $input) { resultaat } }\n": typeof types.MeldZRouteResultaatDocument,
    "\n  mutation MeldTaalschakelResultaat($input: TaalschakelResultaatInput!) { meldTaalschakelResultaat(input: $input) { resultaat } }\n": typeof types.MeldTaalschakelResultaatDocument,
};
const documents: Documents = {
    "\n  query TrajectMetAanwezigheid($id: ID!) {\n    traject(id: $id) {\n      id soort cursusnaam geplandeStart geplandeEinde geplandeUren gemeenteNaam aanbiederReferentie\n      uren { ingeroosterd aanwezig geoorloofdVerzuim ongeoorloofdVerzuim gemeldTot }\n      teDoen { code sinds }\n      deelnemer { portaalReferentie voornamen tussenvoegsel achternaam email telefoon }\n      aanwezigheden {\n        id periodeVan periodeTot versie urenIngeroosterd urenAanwezig\n        urenGeoorloofdVerzuim redenGeoorloofdVerzuim urenOngeoorloofdVerzuim redenOngeoorloofdVerzuim\n      }\n    }\n    verzuimredenen { code soort omschrijving }\n  }\n": types.TrajectMetAanwezigheidDocument,
    "\n  mutation RegistreerAanwezigheid($input: AanwezigheidInput!) {\n    registreerAanwezigheid(input: $input) { resultaat aanwezigheid { id versie } }\n  }\n": types.RegistreerAanwezigheidDocument,
    "\n  mutation ZetAanbiederReferentie($trajectId: ID!, $referentie: String) {\n    zetAanbiederReferentie(trajectId: $trajectId, referentie: $referentie) { trajectId aanbiederReferentie }\n  }\n": types.ZetAanbiederReferentieDocument,
    "\n  query ApiTokens { apiTokens { id naam rollen aangemaaktOp ingetrokkenOp } }\n": types.ApiTokensDocument,
    "\n  mutation MaakApiToken($naam: String!, $rollen: [Rol!]!) {\n    maakApiToken(naam: $naam, rollen: $rollen) { token apiToken { id naam } }\n  }\n": types.MaakApiTokenDocument,
    "\n  mutation TrekApiTokenIn($id: ID!) { trekApiTokenIn(id: $id) { id ingetrokkenOp } }\n": types.TrekApiTokenInDocument,
    "\n  query Gebruikers { gebruikers { id naam email rollen actief laatsteLoginOp ikZelf } }\n": types.GebruikersDocument,
    "\n  mutation MaakGebruiker($input: MaakGebruikerInput!) {\n    maakGebruiker(input: $input) { initieelWachtwoord gebruiker { id naam email } }\n  }\n": types.MaakGebruikerDocument,
    "\n  mutation WijzigRollen($gebruikerId: ID!, $rollen: [Rol!]!) { wijzigRollen(gebruikerId: $gebruikerId, rollen: $rollen) { id rollen } }\n": types.WijzigRollenDocument,
    "\n  mutation ZetGebruikerActief($gebruikerId: ID!, $actief: Boolean!) { zetGebruikerActief(gebruikerId: $gebruikerId, actief: $actief) { id actief } }\n": types.ZetGebruikerActiefDocument,
    "\n  mutation ResetWachtwoord($gebruikerId: ID!) { resetWachtwoord(gebruikerId: $gebruikerId) { eenmaligWachtwoord gebruiker { id naam email } } }\n": types.ResetWachtwoordDocument,
    "\n  query CsvTrajecten($first: Int, $after: String) {\n    deelnemers(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { voornamen tussenvoegsel achternaam trajecten { id soort aanbiederReferentie } }\n    }\n  }\n": types.CsvTrajectenDocument,
    "\n  query CsvVerzuimredenen { verzuimredenen { code omschrijving soort } }\n": types.CsvVerzuimredenenDocument,
    "\n  query Upload($id: ID!) {\n    aanwezigheidUpload(id: $id) { id bestandsnaam status melding totaal verwerkt inOrde metFouten overgeslagen correcties opgeslagen ontvangenOp }\n  }\n": types.UploadDocument,
    "\n  query RecenteUploads {\n    aanwezigheidUploads { id bestandsnaam status melding totaal verwerkt inOrde metFouten overgeslagen correcties opgeslagen ontvangenOp }\n  }\n": types.RecenteUploadsDocument,
    "\n  query UploadRegels($id: ID!, $filter: UploadRijFilter, $first: Int, $after: String) {\n    aanwezigheidUploadRegels(id: $id, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        regel resultaat\n        invoer { trajectId aanbiederReferentie periodeVan periodeTot urenIngeroosterd urenAanwezig urenGeoorloofdVerzuim redenGeoorloofdVerzuim urenOngeoorloofdVerzuim redenOngeoorloofdVerzuim }\n        vorige { versie urenIngeroosterd urenAanwezig urenGeoorloofdVerzuim redenGeoorloofdVerzuim urenOngeoorloofdVerzuim redenOngeoorloofdVerzuim }\n        fouten { veld melding }\n      }\n    }\n  }\n": types.UploadRegelsDocument,
    "\n  mutation SlaUploadOp($id: ID!, $correctiesBevestigd: Boolean!) {\n    slaAanwezigheidUploadOp(id: $id, correctiesBevestigd: $correctiesBevestigd) { id status verwerkt opgeslagen }\n  }\n": types.SlaUploadOpDocument,
    "\n  mutation TrekUploadIn($id: ID!) {\n    trekAanwezigheidUploadIn(id: $id) { id status }\n  }\n": types.TrekUploadInDocument,
    "\n  query Deelnemers($first: Int, $after: String, $zoek: String, $soort: Trajectsoort, $gemeentecode: String, $teDoen: Boolean) {\n    deelnemers(first: $first, after: $after, zoek: $zoek, soort: $soort, gemeentecode: $gemeentecode, teDoen: $teDoen) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        portaalReferentie voornamen tussenvoegsel achternaam gemeenteNaam\n        trajecten { id soort cursusnaam geplandeUren uren { aanwezig gemeldTot } teDoen { code sinds } }\n      }\n    }\n  }\n": types.DeelnemersDocument,
    "\n  query MijnGemeenten { gemeenten { naam gemeentecode } }\n": types.MijnGemeentenDocument,
    "\n  query Groep($first: Int, $after: String, $zoek: String, $soort: Trajectsoort, $gemeentecode: String) {\n    deelnemers(first: $first, after: $after, zoek: $zoek, soort: $soort, gemeentecode: $gemeentecode) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { portaalReferentie voornamen tussenvoegsel achternaam gemeenteNaam trajecten { id soort } }\n    }\n    verzuimredenen { code soort omschrijving }\n    gemeenten { naam gemeentecode }\n  }\n": types.GroepDocument,
    "\n  query GroepsweekMeldingen($trajectIds: [ID!]!, $periodeVan: LocalDate!) {\n    aanwezighedenInPeriode(trajectIds: $trajectIds, periodeVan: $periodeVan) {\n      trajectId\n      aanwezigheid { periodeTot urenIngeroosterd urenAanwezig urenGeoorloofdVerzuim redenGeoorloofdVerzuim urenOngeoorloofdVerzuim redenOngeoorloofdVerzuim versie }\n    }\n  }\n": types.GroepsweekMeldingenDocument,
    "\n  mutation SlaGroepsweekOp($rijen: [AanwezigheidInput!]!) {\n    registreerAanwezigheden(rijen: $rijen) { rij resultaat fouten { veld melding } }\n  }\n": types.SlaGroepsweekOpDocument,
    "\n  query Rapportages($trajectId: ID!) {\n    rapportages(trajectId: $trajectId, historie: true) {\n      __typename\n      ... on Voortgangsrapportage { id versie ingediendOp vervangenOp definitiefVanaf peildatum voortgang advies }\n      ... on Examenresultaat { id versie ingediendOp vervangenOp definitiefVanaf onderdeel niveau examendatum examenResultaat: resultaat }\n      ... on MapResultaat { id versie ingediendOp vervangenOp definitiefVanaf mapResultaat: resultaat datumEindgesprekMap redenNietAfgerond }\n      ... on PvtResultaat { id versie ingediendOp vervangenOp definitiefVanaf datumOndertekeningPvt redenNietVoldaan }\n      ... on Taalschakelresultaat { id versie ingediendOp vervangenOp definitiefVanaf taalschakelResultaat: resultaat datum }\n      ... on ZRouteResultaat { id versie ingediendOp vervangenOp definitiefVanaf afgerond datumAfrondingZroute }\n    }\n  }\n": types.RapportagesDocument,
    "\n  mutation MeldPvt($input: PvtResultaatInput!) { meldPvtResultaat(input: $input) { resultaat } }\n": types.MeldPvtDocument,
    "\n  mutation MeldMap($input: MapResultaatInput!) { meldMapResultaat(input: $input) { resultaat } }\n": types.MeldMapDocument,
    "\n  mutation MeldVoortgang($input: VoortgangInput!) { meldVoortgang(input: $input) { resultaat } }\n": types.MeldVoortgangDocument,
    "\n  query PvtRedenen { pvtRedenen { code omschrijving deelname tijdvak } }\n": types.PvtRedenenDocument,
    "\n  mutation MeldExamenresultaat($input: ExamenresultaatInput!) { meldExamenresultaat(input: $input) { resultaat } }\n": types.MeldExamenresultaatDocument,
    "\n  mutation MeldZRouteResultaat($input: ZRouteResultaatInput!) { meldZRouteResultaat(input: $input) { resultaat } }\n": types.MeldZRouteResultaatDocument,
    "\n  mutation MeldTaalschakelResultaat($input: TaalschakelResultaatInput!) { meldTaalschakelResultaat(input: $input) { resultaat } }\n": types.MeldTaalschakelResultaatDocument,
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
export function graphql(source: "\n  query TrajectMetAanwezigheid($id: ID!) {\n    traject(id: $id) {\n      id soort cursusnaam geplandeStart geplandeEinde geplandeUren gemeenteNaam aanbiederReferentie\n      uren { ingeroosterd aanwezig geoorloofdVerzuim ongeoorloofdVerzuim gemeldTot }\n      teDoen { code sinds }\n      deelnemer { portaalReferentie voornamen tussenvoegsel achternaam email telefoon }\n      aanwezigheden {\n        id periodeVan periodeTot versie urenIngeroosterd urenAanwezig\n        urenGeoorloofdVerzuim redenGeoorloofdVerzuim urenOngeoorloofdVerzuim redenOngeoorloofdVerzuim\n      }\n    }\n    verzuimredenen { code soort omschrijving }\n  }\n"): (typeof documents)["\n  query TrajectMetAanwezigheid($id: ID!) {\n    traject(id: $id) {\n      id soort cursusnaam geplandeStart geplandeEinde geplandeUren gemeenteNaam aanbiederReferentie\n      uren { ingeroosterd aanwezig geoorloofdVerzuim ongeoorloofdVerzuim gemeldTot }\n      teDoen { code sinds }\n      deelnemer { portaalReferentie voornamen tussenvoegsel achternaam email telefoon }\n      aanwezigheden {\n        id periodeVan periodeTot versie urenIngeroosterd urenAanwezig\n        urenGeoorloofdVerzuim redenGeoorloofdVerzuim urenOngeoorloofdVerzuim redenOngeoorloofdVerzuim\n      }\n    }\n    verzuimredenen { code soort omschrijving }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegistreerAanwezigheid($input: AanwezigheidInput!) {\n    registreerAanwezigheid(input: $input) { resultaat aanwezigheid { id versie } }\n  }\n"): (typeof documents)["\n  mutation RegistreerAanwezigheid($input: AanwezigheidInput!) {\n    registreerAanwezigheid(input: $input) { resultaat aanwezigheid { id versie } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ZetAanbiederReferentie($trajectId: ID!, $referentie: String) {\n    zetAanbiederReferentie(trajectId: $trajectId, referentie: $referentie) { trajectId aanbiederReferentie }\n  }\n"): (typeof documents)["\n  mutation ZetAanbiederReferentie($trajectId: ID!, $referentie: String) {\n    zetAanbiederReferentie(trajectId: $trajectId, referentie: $referentie) { trajectId aanbiederReferentie }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens { apiTokens { id naam rollen aangemaaktOp ingetrokkenOp } }\n"): (typeof documents)["\n  query ApiTokens { apiTokens { id naam rollen aangemaaktOp ingetrokkenOp } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MaakApiToken($naam: String!, $rollen: [Rol!]!) {\n    maakApiToken(naam: $naam, rollen: $rollen) { token apiToken { id naam } }\n  }\n"): (typeof documents)["\n  mutation MaakApiToken($naam: String!, $rollen: [Rol!]!) {\n    maakApiToken(naam: $naam, rollen: $rollen) { token apiToken { id naam } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrekApiTokenIn($id: ID!) { trekApiTokenIn(id: $id) { id ingetrokkenOp } }\n"): (typeof documents)["\n  mutation TrekApiTokenIn($id: ID!) { trekApiTokenIn(id: $id) { id ingetrokkenOp } }\n"];
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
export function graphql(source: "\n  query CsvTrajecten($first: Int, $after: String) {\n    deelnemers(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { voornamen tussenvoegsel achternaam trajecten { id soort aanbiederReferentie } }\n    }\n  }\n"): (typeof documents)["\n  query CsvTrajecten($first: Int, $after: String) {\n    deelnemers(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { voornamen tussenvoegsel achternaam trajecten { id soort aanbiederReferentie } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CsvVerzuimredenen { verzuimredenen { code omschrijving soort } }\n"): (typeof documents)["\n  query CsvVerzuimredenen { verzuimredenen { code omschrijving soort } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Upload($id: ID!) {\n    aanwezigheidUpload(id: $id) { id bestandsnaam status melding totaal verwerkt inOrde metFouten overgeslagen correcties opgeslagen ontvangenOp }\n  }\n"): (typeof documents)["\n  query Upload($id: ID!) {\n    aanwezigheidUpload(id: $id) { id bestandsnaam status melding totaal verwerkt inOrde metFouten overgeslagen correcties opgeslagen ontvangenOp }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecenteUploads {\n    aanwezigheidUploads { id bestandsnaam status melding totaal verwerkt inOrde metFouten overgeslagen correcties opgeslagen ontvangenOp }\n  }\n"): (typeof documents)["\n  query RecenteUploads {\n    aanwezigheidUploads { id bestandsnaam status melding totaal verwerkt inOrde metFouten overgeslagen correcties opgeslagen ontvangenOp }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UploadRegels($id: ID!, $filter: UploadRijFilter, $first: Int, $after: String) {\n    aanwezigheidUploadRegels(id: $id, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        regel resultaat\n        invoer { trajectId aanbiederReferentie periodeVan periodeTot urenIngeroosterd urenAanwezig urenGeoorloofdVerzuim redenGeoorloofdVerzuim urenOngeoorloofdVerzuim redenOngeoorloofdVerzuim }\n        vorige { versie urenIngeroosterd urenAanwezig urenGeoorloofdVerzuim redenGeoorloofdVerzuim urenOngeoorloofdVerzuim redenOngeoorloofdVerzuim }\n        fouten { veld melding }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UploadRegels($id: ID!, $filter: UploadRijFilter, $first: Int, $after: String) {\n    aanwezigheidUploadRegels(id: $id, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        regel resultaat\n        invoer { trajectId aanbiederReferentie periodeVan periodeTot urenIngeroosterd urenAanwezig urenGeoorloofdVerzuim redenGeoorloofdVerzuim urenOngeoorloofdVerzuim redenOngeoorloofdVerzuim }\n        vorige { versie urenIngeroosterd urenAanwezig urenGeoorloofdVerzuim redenGeoorloofdVerzuim urenOngeoorloofdVerzuim redenOngeoorloofdVerzuim }\n        fouten { veld melding }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SlaUploadOp($id: ID!, $correctiesBevestigd: Boolean!) {\n    slaAanwezigheidUploadOp(id: $id, correctiesBevestigd: $correctiesBevestigd) { id status verwerkt opgeslagen }\n  }\n"): (typeof documents)["\n  mutation SlaUploadOp($id: ID!, $correctiesBevestigd: Boolean!) {\n    slaAanwezigheidUploadOp(id: $id, correctiesBevestigd: $correctiesBevestigd) { id status verwerkt opgeslagen }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrekUploadIn($id: ID!) {\n    trekAanwezigheidUploadIn(id: $id) { id status }\n  }\n"): (typeof documents)["\n  mutation TrekUploadIn($id: ID!) {\n    trekAanwezigheidUploadIn(id: $id) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Deelnemers($first: Int, $after: String, $zoek: String, $soort: Trajectsoort, $gemeentecode: String, $teDoen: Boolean) {\n    deelnemers(first: $first, after: $after, zoek: $zoek, soort: $soort, gemeentecode: $gemeentecode, teDoen: $teDoen) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        portaalReferentie voornamen tussenvoegsel achternaam gemeenteNaam\n        trajecten { id soort cursusnaam geplandeUren uren { aanwezig gemeldTot } teDoen { code sinds } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Deelnemers($first: Int, $after: String, $zoek: String, $soort: Trajectsoort, $gemeentecode: String, $teDoen: Boolean) {\n    deelnemers(first: $first, after: $after, zoek: $zoek, soort: $soort, gemeentecode: $gemeentecode, teDoen: $teDoen) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        portaalReferentie voornamen tussenvoegsel achternaam gemeenteNaam\n        trajecten { id soort cursusnaam geplandeUren uren { aanwezig gemeldTot } teDoen { code sinds } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MijnGemeenten { gemeenten { naam gemeentecode } }\n"): (typeof documents)["\n  query MijnGemeenten { gemeenten { naam gemeentecode } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Groep($first: Int, $after: String, $zoek: String, $soort: Trajectsoort, $gemeentecode: String) {\n    deelnemers(first: $first, after: $after, zoek: $zoek, soort: $soort, gemeentecode: $gemeentecode) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { portaalReferentie voornamen tussenvoegsel achternaam gemeenteNaam trajecten { id soort } }\n    }\n    verzuimredenen { code soort omschrijving }\n    gemeenten { naam gemeentecode }\n  }\n"): (typeof documents)["\n  query Groep($first: Int, $after: String, $zoek: String, $soort: Trajectsoort, $gemeentecode: String) {\n    deelnemers(first: $first, after: $after, zoek: $zoek, soort: $soort, gemeentecode: $gemeentecode) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { portaalReferentie voornamen tussenvoegsel achternaam gemeenteNaam trajecten { id soort } }\n    }\n    verzuimredenen { code soort omschrijving }\n    gemeenten { naam gemeentecode }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroepsweekMeldingen($trajectIds: [ID!]!, $periodeVan: LocalDate!) {\n    aanwezighedenInPeriode(trajectIds: $trajectIds, periodeVan: $periodeVan) {\n      trajectId\n      aanwezigheid { periodeTot urenIngeroosterd urenAanwezig urenGeoorloofdVerzuim redenGeoorloofdVerzuim urenOngeoorloofdVerzuim redenOngeoorloofdVerzuim versie }\n    }\n  }\n"): (typeof documents)["\n  query GroepsweekMeldingen($trajectIds: [ID!]!, $periodeVan: LocalDate!) {\n    aanwezighedenInPeriode(trajectIds: $trajectIds, periodeVan: $periodeVan) {\n      trajectId\n      aanwezigheid { periodeTot urenIngeroosterd urenAanwezig urenGeoorloofdVerzuim redenGeoorloofdVerzuim urenOngeoorloofdVerzuim redenOngeoorloofdVerzuim versie }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SlaGroepsweekOp($rijen: [AanwezigheidInput!]!) {\n    registreerAanwezigheden(rijen: $rijen) { rij resultaat fouten { veld melding } }\n  }\n"): (typeof documents)["\n  mutation SlaGroepsweekOp($rijen: [AanwezigheidInput!]!) {\n    registreerAanwezigheden(rijen: $rijen) { rij resultaat fouten { veld melding } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Rapportages($trajectId: ID!) {\n    rapportages(trajectId: $trajectId, historie: true) {\n      __typename\n      ... on Voortgangsrapportage { id versie ingediendOp vervangenOp definitiefVanaf peildatum voortgang advies }\n      ... on Examenresultaat { id versie ingediendOp vervangenOp definitiefVanaf onderdeel niveau examendatum examenResultaat: resultaat }\n      ... on MapResultaat { id versie ingediendOp vervangenOp definitiefVanaf mapResultaat: resultaat datumEindgesprekMap redenNietAfgerond }\n      ... on PvtResultaat { id versie ingediendOp vervangenOp definitiefVanaf datumOndertekeningPvt redenNietVoldaan }\n      ... on Taalschakelresultaat { id versie ingediendOp vervangenOp definitiefVanaf taalschakelResultaat: resultaat datum }\n      ... on ZRouteResultaat { id versie ingediendOp vervangenOp definitiefVanaf afgerond datumAfrondingZroute }\n    }\n  }\n"): (typeof documents)["\n  query Rapportages($trajectId: ID!) {\n    rapportages(trajectId: $trajectId, historie: true) {\n      __typename\n      ... on Voortgangsrapportage { id versie ingediendOp vervangenOp definitiefVanaf peildatum voortgang advies }\n      ... on Examenresultaat { id versie ingediendOp vervangenOp definitiefVanaf onderdeel niveau examendatum examenResultaat: resultaat }\n      ... on MapResultaat { id versie ingediendOp vervangenOp definitiefVanaf mapResultaat: resultaat datumEindgesprekMap redenNietAfgerond }\n      ... on PvtResultaat { id versie ingediendOp vervangenOp definitiefVanaf datumOndertekeningPvt redenNietVoldaan }\n      ... on Taalschakelresultaat { id versie ingediendOp vervangenOp definitiefVanaf taalschakelResultaat: resultaat datum }\n      ... on ZRouteResultaat { id versie ingediendOp vervangenOp definitiefVanaf afgerond datumAfrondingZroute }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeldPvt($input: PvtResultaatInput!) { meldPvtResultaat(input: $input) { resultaat } }\n"): (typeof documents)["\n  mutation MeldPvt($input: PvtResultaatInput!) { meldPvtResultaat(input: $input) { resultaat } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeldMap($input: MapResultaatInput!) { meldMapResultaat(input: $input) { resultaat } }\n"): (typeof documents)["\n  mutation MeldMap($input: MapResultaatInput!) { meldMapResultaat(input: $input) { resultaat } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeldVoortgang($input: VoortgangInput!) { meldVoortgang(input: $input) { resultaat } }\n"): (typeof documents)["\n  mutation MeldVoortgang($input: VoortgangInput!) { meldVoortgang(input: $input) { resultaat } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PvtRedenen { pvtRedenen { code omschrijving deelname tijdvak } }\n"): (typeof documents)["\n  query PvtRedenen { pvtRedenen { code omschrijving deelname tijdvak } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeldExamenresultaat($input: ExamenresultaatInput!) { meldExamenresultaat(input: $input) { resultaat } }\n"): (typeof documents)["\n  mutation MeldExamenresultaat($input: ExamenresultaatInput!) { meldExamenresultaat(input: $input) { resultaat } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeldZRouteResultaat($input: ZRouteResultaatInput!) { meldZRouteResultaat(input: $input) { resultaat } }\n"): (typeof documents)["\n  mutation MeldZRouteResultaat($input: ZRouteResultaatInput!) { meldZRouteResultaat(input: $input) { resultaat } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeldTaalschakelResultaat($input: TaalschakelResultaatInput!) { meldTaalschakelResultaat(input: $input) { resultaat } }\n"): (typeof documents)["\n  mutation MeldTaalschakelResultaat($input: TaalschakelResultaatInput!) { meldTaalschakelResultaat(input: $input) { resultaat } }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;