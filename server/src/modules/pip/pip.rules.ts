import type { Doelgroep, Regime } from '../inburgeraar/dossier.codes.js';
import { datumNl, isIsoDatum, plusMaanden, type IsoDatum } from '../shared/datum.js';
import type { Overtredingen } from '../shared/domain-error.js';
import { PipFout as F } from './pip.errors.js';
import {
  AANBOD_BINNEN_MAANDEN, AFSCHALEN_MIN_UREN, INTENSITEIT_MAX_UREN, INTENSITEIT_MIN_UREN, REDENEN_LATE_START, ROUTEWISSEL_MAANDEN,
  type Leerroute, type PipNiveau, type PipWijzigingsreden,
} from './pip.codes.js';

export interface PipInvoer {
  dagtekeningPip: IsoDatum;
  leerroute: Leerroute;
  niveau?: PipNiveau | null;
  geschatteIntensiteitB1Route?: number | null;
  indicatorAlfabetiseringsonderwijs?: 'A' | 'AA' | 'NVT' | null;
  datumInburgeringsaanbod?: IsoDatum | null;
  redenLateStart?: string | null;
  eenzijdigVastgesteld?: boolean | null;
  wijzigingsreden?: PipWijzigingsreden | null;
}

/** What the rules need to know beyond the input itself; the service gathers it in a fixed number of queries. */
export interface PipContext {
  vandaag: IsoDatum;
  regime: Regime;
  doelgroep: Doelgroep | null;
  begindatumInburgeringsplicht: IsoDatum | null;
  datumVestiging: IsoDatum | null;
  eerste: { dagtekeningPip: IsoDatum } | null;
  actueel: { dagtekeningPip: IsoDatum; leerroute: Leerroute; niveau: PipNiveau | null } | null;
  /** Language lessons attended so far (DUO ParticipatieAlsTaalles), for the 600-hour rule. */
  taaluren: number;
}

/** DUO: without a niveau, B1 is set for the B1-route and the onderwijsroute. */
export function effectiefNiveau(invoer: PipInvoer): PipNiveau | null {
  return invoer.niveau ?? (invoer.leerroute === 'Z' ? null : 'B1');
}

/**
 * DUO's conditions for registering a PIP (duo-m2m README "Het aanleveren van een PIP") and the domain's
 * rules on changes (001 §3.4.4). Every violation is collected; the caller throws them together.
 */
export function controleerPip(invoer: PipInvoer, ctx: PipContext, fouten: Overtredingen): void {
  const datums: [string, IsoDatum | null | undefined][] = [['dagtekeningPip', invoer.dagtekeningPip], ['datumInburgeringsaanbod', invoer.datumInburgeringsaanbod]];
  const ongeldig = datums.filter(([, w]) => w != null && !isIsoDatum(w));
  for (const [veld, waarde] of ongeldig) fouten.add(F.DATUM_ONGELDIG, `input.${veld}`, `"${waarde}" is geen geldige datum; gebruik JJJJ-MM-DD.`);
  if (ongeldig.length > 0) return;

  if (ctx.regime !== 'WI2021') {
    fouten.add(F.PIP_REGIME_NIET_WI2021, 'input', `Deze persoon valt onder de ${ctx.regime}; een PIP hoort bij de Wet inburgering 2021.`);
  }
  const dag = invoer.dagtekeningPip;
  if (dag > ctx.vandaag) fouten.add(F.PIP_DAGTEKENING_IN_TOEKOMST, 'input.dagtekeningPip');
  if (ctx.begindatumInburgeringsplicht && dag < ctx.begindatumInburgeringsplicht) {
    fouten.add(F.PIP_VOOR_START_INBURGERINGSPLICHT, 'input.dagtekeningPip', `De dagtekening ligt vóór de start van de inburgeringsplicht (${datumNl(ctx.begindatumInburgeringsplicht)}).`);
  }
  if (ctx.datumVestiging && dag < ctx.datumVestiging) {
    fouten.add(F.PIP_VOOR_VESTIGING, 'input.dagtekeningPip', `De dagtekening ligt vóór de vestiging in de gemeente (${datumNl(ctx.datumVestiging)}).`);
  }
  if (ctx.actueel && (dag < ctx.actueel.dagtekeningPip || (ctx.eerste && dag < ctx.eerste.dagtekeningPip))) {
    fouten.add(F.PIP_VOOR_VORIGE_PIP, 'input.dagtekeningPip', `Een gewijzigd PIP mag niet eerder gedagtekend zijn dan het huidige PIP (${datumNl(ctx.actueel.dagtekeningPip)}).`);
  }

  const niveau = effectiefNiveau(invoer);
  if (niveau === 'A2' && invoer.leerroute === 'O') fouten.add(F.PIP_NIVEAU_A2_ONDERWIJSROUTE, 'input.niveau');
  if (niveau === 'B1' && invoer.leerroute === 'Z') fouten.add(F.PIP_NIVEAU_B1_ZROUTE, 'input.niveau');
  if (niveau === 'A2' && invoer.leerroute === 'B' && !ctx.eerste) {
    fouten.add(F.PIP_NIVEAU_A2_EERSTE_PIP, 'input.niveau');
  }

  const asiel = ctx.doelgroep === 'ASIELSTATUSHOUDER';
  const intensiteit = invoer.geschatteIntensiteitB1Route;
  // The column's CHECK would refuse it as a server error; said here, at the field, before anything is written.
  if (intensiteit != null && !(Number.isInteger(intensiteit) && intensiteit >= INTENSITEIT_MIN_UREN && intensiteit <= INTENSITEIT_MAX_UREN)) {
    fouten.add(F.PIP_INTENSITEIT_BUITEN_BEREIK, 'input.geschatteIntensiteitB1Route',
      `${intensiteit} uur kan niet: de geschatte intensiteit is een heel aantal uren van ${INTENSITEIT_MIN_UREN} tot en met ${INTENSITEIT_MAX_UREN}.`);
  }
  if (invoer.geschatteIntensiteitB1Route != null && (invoer.leerroute !== 'B' || !asiel)) {
    fouten.add(F.PIP_INTENSITEIT_NIET_TOEGESTAAN, 'input.geschatteIntensiteitB1Route');
  }
  if (invoer.geschatteIntensiteitB1Route == null && invoer.leerroute === 'B' && asiel) {
    fouten.add(F.PIP_INTENSITEIT_ONTBREEKT, 'input.geschatteIntensiteitB1Route');
  }

  if (ctx.actueel) controleerWijziging(invoer, niveau, ctx, fouten);
  else if (invoer.wijzigingsreden) {
    fouten.add(F.PIP_WIJZIGINGSREDEN_BIJ_EERSTE_PIP, 'input.wijzigingsreden');
  }

  if (invoer.datumInburgeringsaanbod) {
    if (!asiel) fouten.add(F.PIP_AANBOD_ALLEEN_ASIELSTATUSHOUDER, 'input.datumInburgeringsaanbod');
    if (invoer.redenLateStart && !(REDENEN_LATE_START as readonly string[]).includes(invoer.redenLateStart)) {
      fouten.add(F.PIP_REDEN_LATE_START_ONBEKEND, 'input.redenLateStart', `"${invoer.redenLateStart}" is geen bekende reden voor een late start.`);
    }
    if (invoer.datumInburgeringsaanbod < dag) {
      fouten.add(F.PIP_AANBOD_VOOR_PIP, 'input.datumInburgeringsaanbod');
    } else if (invoer.datumInburgeringsaanbod > plusMaanden(dag, AANBOD_BINNEN_MAANDEN) && !invoer.redenLateStart) {
      fouten.add(F.PIP_REDEN_LATE_START_ONTBREEKT, 'input.redenLateStart');
    }
  }
}

function controleerWijziging(invoer: PipInvoer, niveau: PipNiveau | null, ctx: PipContext, fouten: Overtredingen) {
  const actueel = ctx.actueel!;
  if (!invoer.wijzigingsreden) {
    fouten.add(F.PIP_WIJZIGINGSREDEN_ONTBREEKT, 'input.wijzigingsreden');
  }
  const afschalen = invoer.leerroute === 'B' && actueel.leerroute === 'B' && actueel.niveau === 'B1' && niveau === 'A2';
  if (afschalen && ctx.taaluren < AFSCHALEN_MIN_UREN) {
    fouten.add(F.PIP_AFSCHALEN_TE_WEINIG_UREN, 'input.niveau',
      `Afschalen naar A2 kan pas na ${AFSCHALEN_MIN_UREN} uur taalles; er zijn ${ctx.taaluren} uur gevolgd.`);
  }
  const termijnStart = ctx.eerste?.dagtekeningPip;
  const routewissel = invoer.leerroute !== actueel.leerroute;
  // From the onderwijsroute a switch is possible during the whole term; otherwise up to 18 months after its start.
  if (routewissel && termijnStart && actueel.leerroute !== 'O' && invoer.dagtekeningPip > plusMaanden(termijnStart, ROUTEWISSEL_MAANDEN)) {
    fouten.add(F.PIP_ROUTEWISSEL_TE_LAAT, 'input.leerroute',
      `Van leerroute wisselen kan tot ${ROUTEWISSEL_MAANDEN} maanden na de start van de inburgeringstermijn (${datumNl(plusMaanden(termijnStart, ROUTEWISSEL_MAANDEN))}).`);
  }
}
