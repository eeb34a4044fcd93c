import type { Leerroute } from '../pip/pip.codes.js';
import { datumNl, isIsoDatum, plusDagen, plusMaanden, type IsoDatum } from '../shared/datum.js';
import type { Overtredingen } from '../shared/domain-error.js';
import type { Besluitsoort, Verwijtbaarheid } from './besluit.codes.js';
import { BesluitFout as F } from './besluit.errors.js';

export interface BesluitInvoer {
  soort: Besluitsoort;
  datum?: IsoDatum | null;
  verwijtbaar?: Verwijtbaarheid | null;
}

export interface BesluitContext {
  vandaag: IsoDatum;
  gemeenteId: string;
  /** The current PIP, whichever gemeente set it. */
  actuelePip: { gemeenteId: string; leerroute: Leerroute } | null;
  /** DUO's term: `startdatum` inclusive, `einddatum` exclusive (its last day is the day before). */
  termijn: { startdatum: IsoDatum; einddatum: IsoDatum } | null;
  /** The current decision of this soort, if any. */
  vorige: { gemeenteId: string; datum: IsoDatum | null } | null;
  /** datumAfrondingZroute of the current Z-route decision, if the obligation was met that way. */
  datumAfrondingZroute: IsoDatum | null;
}

const NAAM = { MAP: 'de datum eindgesprek MAP', PVT: 'de datum ondertekening PVT', Z_ROUTE: 'de datum afronding Z-route' } as const;

/**
 * DUO's conditions for registering a MAP or PVT result with its verwijtbaarheid (duo-m2m README, identical
 * lists for MAP and PVT) and for a Z-route completion, plus the domain rule that MAP is not required in the
 * onderwijsroute. An overrun of the term is measured at the decision's date, or today when there is none.
 */
export function controleerBesluit(invoer: BesluitInvoer, ctx: BesluitContext, fouten: Overtredingen): void {
  const datum = invoer.datum ?? null;
  const verwijtbaar = invoer.verwijtbaar ?? null;
  if (datum !== null && !isIsoDatum(datum)) {
    fouten.add(F.DATUM_ONGELDIG, 'input.datum', `"${datum}" is geen geldige datum; gebruik JJJJ-MM-DD.`);
    return;
  }
  if (!ctx.actuelePip || ctx.actuelePip.gemeenteId !== ctx.gemeenteId) {
    fouten.add(F.BESLUIT_GEEN_ACTUELE_PIP, 'input.inburgeraarId');
    return;
  }
  if (ctx.vorige && ctx.vorige.gemeenteId !== ctx.gemeenteId) {
    fouten.add(F.BESLUIT_ANDERE_GEMEENTE, 'input.datum', `Een wijziging kan alleen op ${NAAM[invoer.soort]} die uw gemeente eerder doorgaf.`);
  }
  if (datum === null && verwijtbaar === null && !ctx.vorige?.datum) {
    fouten.add(F.BESLUIT_NIETS_IN_TE_TREKKEN, 'input.datum', `Er is geen eerder doorgegeven ${NAAM[invoer.soort].replace('de ', '')} om in te trekken.`);
  }

  if (invoer.soort === 'Z_ROUTE') {
    if (ctx.actuelePip.leerroute !== 'Z') fouten.add(F.BESLUIT_GEEN_Z_ROUTE, 'input.soort');
    if (verwijtbaar) fouten.add(F.BESLUIT_VERWIJTBAAR_NIET_TOEGESTAAN, 'input.verwijtbaar', 'Bij de afronding van de Z-route hoort geen verwijtbaarheid.');
  } else if (ctx.datumAfrondingZroute) {
    fouten.add(F.BESLUIT_Z_ROUTE_VOLDAAN, 'input.soort');
  }

  const termijn = ctx.termijn;
  if (datum) {
    if (datum > ctx.vandaag) fouten.add(F.BESLUIT_DATUM_IN_TOEKOMST, 'input.datum', `${hoofdletter(NAAM[invoer.soort])} ligt in de toekomst.`);
    if (termijn && datum < termijn.startdatum) {
      fouten.add(F.BESLUIT_DATUM_VOOR_TERMIJN, 'input.datum', `${hoofdletter(NAAM[invoer.soort])} ligt vóór de start van de inburgeringstermijn (${datumNl(termijn.startdatum)}).`);
    }
    if (invoer.soort !== 'Z_ROUTE' && ctx.datumAfrondingZroute && datum > ctx.datumAfrondingZroute) {
      fouten.add(F.BESLUIT_NA_AFRONDING_Z_ROUTE, 'input.datum', `${hoofdletter(NAAM[invoer.soort])} ligt na de afronding van de Z-route.`);
    }
  }
  if (invoer.soort === 'Z_ROUTE' || !termijn) return;

  // DUO's einddatum is exclusive: the term's last day is the day before, so on the einddatum itself it is overrun.
  const laatsteDag = datumNl(plusDagen(termijn.einddatum, -1));
  const overschreden = (datum ?? ctx.vandaag) >= termijn.einddatum;
  if (verwijtbaar === null && overschreden) {
    fouten.add(F.BESLUIT_VERWIJTBAARHEID_ONTBREEKT, 'input.verwijtbaar', `De termijn is overschreden (de laatste dag was ${laatsteDag}): geef aan of dat verwijtbaar is.`);
  }
  if (verwijtbaar !== null && datum && datum < termijn.einddatum) {
    fouten.add(F.BESLUIT_VERWIJTBAAR_NIET_TOEGESTAAN, 'input.verwijtbaar', `De datum ligt binnen de termijn (t/m ${laatsteDag}); dan hoort er geen verwijtbaarheid bij.`);
  } else if (verwijtbaar === 'NEE' && ctx.vandaag < plusMaanden(termijn.einddatum, -2)) {
    fouten.add(F.BESLUIT_NEE_TE_VROEG, 'input.verwijtbaar', `'Niet verwijtbaar' kan vanaf twee maanden vóór het einde van de termijn (vanaf ${datumNl(plusMaanden(termijn.einddatum, -2))}).`);
  } else if (verwijtbaar === 'JA' && !overschreden) {
    fouten.add(F.BESLUIT_JA_ZONDER_OVERSCHRIJDING, 'input.verwijtbaar', `'Verwijtbaar' kan pas als de termijn is overschreden (vanaf ${datumNl(termijn.einddatum)}; de laatste dag is ${laatsteDag}).`);
  }
  if (invoer.soort === 'MAP' && datum === null && verwijtbaar === 'JA' && ctx.actuelePip.leerroute === 'O') {
    fouten.add(F.MAP_NIET_VEREIST_ONDERWIJSROUTE, 'input.verwijtbaar');
  }
}

function hoofdletter(tekst: string): string {
  return tekst.charAt(0).toUpperCase() + tekst.slice(1);
}
