import type { Overtredingen } from '../../shared/domain-error.js';
import { datumNl, plusDagen, plusMaanden } from '../../shared/datum.js';
import { MAP_RESULTATEN, REDENEN_LATE_START_TRAJECT, REDENEN_MAP_NIET_AFGEROND, Z_NIVEAUS } from '../rapportage.codes.js';
import { RapportageFout as F } from '../rapportage.errors.js';
import { controleerCode, controleerDatum, type RapportageContext } from './context.js';
import { PVT_REDEN_CODES, PVT_REDENEN } from './pvt-redenen.js';

export interface ZRouteResultaat {
  afgerond: boolean;
  datumAfrondingZroute?: string | null;
  urenTaalGerealiseerd: number;
  urenParticipatieGerealiseerd: number;
  niveauBereikt?: string | null;
}

export function controleerZRouteResultaat(g: ZRouteResultaat, ctx: RapportageContext, fouten: Overtredingen): void {
  if (g.afgerond) {
    controleerDatum(fouten, 'datumAfrondingZroute', g.datumAfrondingZroute, { verplicht: true, nietNa: ctx.vandaag, nietVoor: { datum: ctx.traject.geplandeStart, wat: 'de start van het traject' } });
  } else if (g.datumAfrondingZroute) {
    fouten.add(F.DATUM_ZONDER_AFRONDING, 'input.datumAfrondingZroute');
  }
  for (const veld of ['urenTaalGerealiseerd', 'urenParticipatieGerealiseerd'] as const) {
    if (!Number.isInteger(g[veld]) || g[veld] < 0 || g[veld] > 9999) fouten.add(F.UREN_ONGELDIG, `input.${veld}`, 'Geef hele uren op, van 0 tot 9999.');
  }
  if (g.niveauBereikt) controleerCode(fouten, 'niveauBereikt', g.niveauBereikt, Z_NIVEAUS);
}

export interface MapResultaat {
  /** Empty only when the MAP never started (NIET_AFGEROND, e.g. NIET_VERSCHENEN). */
  gerealiseerdeStartdatum?: string | null;
  aangepasteEinddatum?: string | null;
  redenLateStart?: string | null;
  resultaat: string;
  datumEindgesprekMap?: string | null;
  redenNietAfgerond?: string | null;
}

/** MAP (domain.md §5): realised start, adjusted end, reason for a late start, result, eindgesprek or reason. */
export function controleerMapResultaat(g: MapResultaat, ctx: RapportageContext, fouten: Overtredingen): void {
  const start = controleerDatum(fouten, 'gerealiseerdeStartdatum', g.gerealiseerdeStartdatum, { verplicht: g.resultaat !== 'NIET_AFGEROND', nietNa: ctx.vandaag });
  if (start && g.gerealiseerdeStartdatum! > ctx.traject.geplandeStart) controleerCode(fouten, 'redenLateStart', g.redenLateStart, REDENEN_LATE_START_TRAJECT);
  else if (g.redenLateStart) fouten.add(F.REDEN_ZONDER_LATE_START, 'input.redenLateStart');
  if (start) controleerDatum(fouten, 'aangepasteEinddatum', g.aangepasteEinddatum, { nietVoor: { datum: g.gerealiseerdeStartdatum!, wat: 'de gerealiseerde start' } });
  controleerCode(fouten, 'resultaat', g.resultaat, MAP_RESULTATEN);
  if (g.resultaat === 'AFGEROND') {
    controleerDatum(fouten, 'datumEindgesprekMap', g.datumEindgesprekMap, {
      verplicht: true, nietNa: ctx.vandaag, nietVoor: start ? { datum: g.gerealiseerdeStartdatum!, wat: 'de gerealiseerde start' } : undefined,
    });
    if (g.redenNietAfgerond) fouten.add(F.REDEN_BIJ_AFGEROND, 'input.redenNietAfgerond', 'Een reden voor niet afronden hoort niet bij een afgeronde MAP.');
  } else if (g.resultaat === 'NIET_AFGEROND') {
    controleerCode(fouten, 'redenNietAfgerond', g.redenNietAfgerond, REDENEN_MAP_NIET_AFGEROND);
    if (g.datumEindgesprekMap) fouten.add(F.EINDGESPREK_BIJ_NIET_AFGEROND, 'input.datumEindgesprekMap');
  }
}

export interface PvtResultaat {
  gerealiseerdeStartdatum?: string | null;
  gerealiseerdeEinddatum?: string | null;
  datumOndertekeningPvt?: string | null;
  redenNietVoldaan?: string | null;
}

/** PVT: a date of signing, or one of eight coded reasons with DUO's field rules and time windows (003 §3.5). */
export function controleerPvtResultaat(g: PvtResultaat, ctx: RapportageContext, fouten: Overtredingen): void {
  const start = controleerDatum(fouten, 'gerealiseerdeStartdatum', g.gerealiseerdeStartdatum, { nietNa: ctx.vandaag });
  controleerDatum(fouten, 'gerealiseerdeEinddatum', g.gerealiseerdeEinddatum, {
    nietNa: ctx.vandaag, nietVoor: start ? { datum: g.gerealiseerdeStartdatum!, wat: 'de start van de deelname' } : undefined,
  });
  if (g.datumOndertekeningPvt && g.redenNietVoldaan) {
    fouten.add(F.ONDERTEKEND_EN_REDEN, 'input.redenNietVoldaan');
    return;
  }
  if (!g.datumOndertekeningPvt && !g.redenNietVoldaan) {
    fouten.add(F.ONDERTEKENING_OF_REDEN_ONTBREEKT, 'input.datumOndertekeningPvt');
    return;
  }
  if (g.datumOndertekeningPvt) {
    controleerDatum(fouten, 'datumOndertekeningPvt', g.datumOndertekeningPvt, {
      nietNa: ctx.vandaag, nietVoor: start ? { datum: g.gerealiseerdeStartdatum!, wat: 'de start van de deelname' } : undefined,
    });
    return;
  }
  controleerCode(fouten, 'redenNietVoldaan', g.redenNietVoldaan, PVT_REDEN_CODES);
  const reden = PVT_REDENEN[g.redenNietVoldaan as keyof typeof PVT_REDENEN];
  if (!reden) return;
  const deelnameGevuld = [g.gerealiseerdeStartdatum, g.gerealiseerdeEinddatum].filter(Boolean).length;
  if (reden.deelname === 'LEEG' && deelnameGevuld > 0) {
    fouten.add(F.PVT_DEELNAME_MOET_LEEG, 'input.gerealiseerdeStartdatum', `Bij "${reden.omschrijving}" blijven de datums van deelname leeg.`);
  }
  if (reden.deelname === 'GEVULD' && deelnameGevuld < 2) {
    fouten.add(F.PVT_DEELNAME_MOET_GEVULD, 'input.gerealiseerdeStartdatum', `Bij "${reden.omschrijving}" horen de start- en einddatum van de deelname.`);
  }
  if (!ctx.termijnEinddatum) {
    fouten.add(F.PVT_GEEN_TERMIJN, 'input.redenNietVoldaan');
  } else if (reden.tijdvak === 'NIET_VERWIJTBAAR' && ctx.vandaag < plusMaanden(ctx.termijnEinddatum, -2)) {
    fouten.add(F.PVT_REDEN_TE_VROEG, 'input.redenNietVoldaan',
      `Deze reden kan vanaf twee maanden vóór het einde van de termijn (vanaf ${datumNl(plusMaanden(ctx.termijnEinddatum, -2))}) worden doorgegeven.`);
  } else if (reden.tijdvak === 'NA_TERMIJN' && ctx.vandaag < ctx.termijnEinddatum) {
    // DUO's einddatum is exclusive: the term's last day is the day before, the einddatum itself lies after it.
    fouten.add(F.PVT_REDEN_TE_VROEG, 'input.redenNietVoldaan',
      `Deze reden kan pas na het einde van de termijn worden doorgegeven (vanaf ${datumNl(ctx.termijnEinddatum)}; de laatste dag van de termijn is ${datumNl(plusDagen(ctx.termijnEinddatum, -1))}).`);
  }
}
