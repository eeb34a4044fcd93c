import { controleerMedischeGegevens } from '../../privacy/privacy.rules.js';
import type { Overtredingen } from '../../shared/domain-error.js';
import { RapportageFout as F } from '../rapportage.errors.js';
import {
  ADVIESGRONDEN, ADVIEZEN, BELEMMERING_GEVOLG_CODES, BELEMMERINGEN, EXAMENNIVEAUS, EXAMENONDERDELEN, EXAMENRESULTATEN, EXAMENVOORBEREIDING,
  REDENEN_GEEN_RESULTAAT, TAALSCHAKEL_RESULTATEN, TOETSNIVEAUS, VOORTGANG_OORDELEN,
} from '../rapportage.codes.js';
import { controleerCode, controleerDatum, controleerTekst, type RapportageContext } from './context.js';

export interface Voortgang {
  peildatum: string;
  voortgang: string;
  belemmeringen: string[];
  belemmeringGevolgen?: string[] | null;
  /** Deprecated for belemmeringGevolgen; still taken, and screened for medical details. */
  belemmeringToelichting?: string | null;
  examenvoorbereiding: string;
  toetsresultaten: { onderdeel: string; niveau: string; datum: string }[];
  advies: string;
  adviesGronden: string[];
  adviesToelichting?: string | null;
}

/** A remark: at most `max` characters, then screened for medical details (only once it is short enough to screen). */
function controleerVrijeTekst(fouten: Overtredingen, veld: string, waarde: string | null | undefined, max: number, advies: string): void {
  controleerTekst(fouten, veld, waarde, max);
  if (waarde && waarde.length <= max) controleerMedischeGegevens(fouten, veld, waarde, advies);
}

/** Voortgangsrapportage (domain.md §5): codes for progress, hindrances and advice; short remarks only. */
export function controleerVoortgang(g: Voortgang, ctx: RapportageContext, fouten: Overtredingen): void {
  const peildatumGeldig = controleerDatum(fouten, 'peildatum', g.peildatum, { verplicht: true, nietNa: ctx.vandaag, nietVoor: { datum: ctx.traject.geplandeStart, wat: 'de start van het traject' } });
  controleerCode(fouten, 'voortgang', g.voortgang, VOORTGANG_OORDELEN);
  controleerCode(fouten, 'examenvoorbereiding', g.examenvoorbereiding, EXAMENVOORBEREIDING);
  g.belemmeringen.forEach((b, i) => controleerCode(fouten, `belemmeringen.${i}`, b, BELEMMERINGEN));
  if (new Set(g.belemmeringen).size !== g.belemmeringen.length) fouten.add(F.DUBBELE_WAARDE, 'input.belemmeringen', 'Noem elke belemmering één keer.');
  const gevolgen = g.belemmeringGevolgen ?? [];
  gevolgen.forEach((c, i) => controleerCode(fouten, `belemmeringGevolgen.${i}`, c, BELEMMERING_GEVOLG_CODES));
  if (new Set(gevolgen).size !== gevolgen.length) fouten.add(F.DUBBELE_WAARDE, 'input.belemmeringGevolgen', 'Noem elk gevolg één keer.');
  if (gevolgen.length > 0 && g.belemmeringen.length === 0) {
    fouten.add(F.GEVOLG_ZONDER_BELEMMERING, 'input.belemmeringGevolgen', 'Een gevolg hoort bij een gekozen belemmering.');
  }
  controleerVrijeTekst(fouten, 'belemmeringToelichting', g.belemmeringToelichting, 200, 'Kies de belemmering GEZONDHEID en wat die voor de lessen betekent (belemmeringGevolgen).');
  if (g.belemmeringToelichting && g.belemmeringen.length === 0) {
    fouten.add(F.TOELICHTING_ZONDER_BELEMMERING, 'input.belemmeringToelichting', 'Een toelichting hoort bij een gekozen belemmering.');
  }

  const onderdelen = new Set<string>();
  g.toetsresultaten.forEach((t, i) => {
    controleerCode(fouten, `toetsresultaten.${i}.onderdeel`, t.onderdeel, EXAMENONDERDELEN);
    controleerCode(fouten, `toetsresultaten.${i}.niveau`, t.niveau, TOETSNIVEAUS);
    controleerDatum(fouten, `toetsresultaten.${i}.datum`, t.datum, { verplicht: true, nietNa: ctx.vandaag, nietNaDatum: peildatumGeldig ? { datum: g.peildatum, wat: 'de peildatum van deze voortgangsmelding' } : undefined });
    if (onderdelen.has(t.onderdeel)) fouten.add(F.DUBBELE_WAARDE, `input.toetsresultaten.${i}.onderdeel`, 'Geef per vaardigheid één (het laatste) toetsresultaat.');
    onderdelen.add(t.onderdeel);
  });

  controleerCode(fouten, 'advies', g.advies, ADVIEZEN);
  g.adviesGronden.forEach((a, i) => controleerCode(fouten, `adviesGronden.${i}`, a, ADVIESGRONDEN));
  controleerVrijeTekst(fouten, 'adviesToelichting', g.adviesToelichting, 500, 'Onderbouw het advies met de gronden (bijvoorbeeld OMSTANDIGHEDEN), zonder medische details.');
  if (g.advies && g.advies !== 'GEEN') {
    if (g.adviesGronden.length === 0) fouten.add(F.ADVIES_ZONDER_GRONDEN, 'input.adviesGronden', 'Onderbouw het advies: kies minstens één grond.');
    if (!g.adviesToelichting?.trim()) fouten.add(F.ADVIES_ZONDER_TOELICHTING, 'input.adviesToelichting', 'Licht het advies kort toe.');
  } else if (g.adviesGronden.length > 0 || g.adviesToelichting) {
    fouten.add(F.GRONDEN_ZONDER_ADVIES, 'input.adviesGronden', 'Gronden en toelichting horen bij een advies; kies een advies of laat ze leeg.');
  }
}

export interface TaalschakelResultaat {
  resultaat: string;
  datum: string;
}

export function controleerTaalschakelResultaat(g: TaalschakelResultaat, ctx: RapportageContext, fouten: Overtredingen): void {
  controleerCode(fouten, 'resultaat', g.resultaat, TAALSCHAKEL_RESULTATEN);
  controleerDatum(fouten, 'datum', g.datum, { verplicht: true, nietNa: ctx.vandaag, nietVoor: { datum: ctx.traject.geplandeStart, wat: 'de start van het traject' } });
}

/** Exactly as DUO's Examen API codes an exam result (Examenresultaat). */
export interface Examenresultaat {
  onderdeel: string;
  niveau?: string | null;
  examendatum: string;
  resultaat: string;
  redenGeenResultaat?: string | null;
}

export function controleerExamenresultaat(g: Examenresultaat, ctx: RapportageContext, fouten: Overtredingen): void {
  controleerCode(fouten, 'onderdeel', g.onderdeel, EXAMENONDERDELEN);
  if (g.onderdeel === 'KNM') {
    if (g.niveau) fouten.add(F.NIVEAU_NIET_BIJ_KNM, 'input.niveau', 'Het KNM-examen heeft geen niveau.');
  } else {
    controleerCode(fouten, 'niveau', g.niveau, EXAMENNIVEAUS);
  }
  controleerDatum(fouten, 'examendatum', g.examendatum, { verplicht: true, nietNa: ctx.vandaag });
  controleerCode(fouten, 'resultaat', g.resultaat, EXAMENRESULTATEN);
  if (g.resultaat === 'GEEN') controleerCode(fouten, 'redenGeenResultaat', g.redenGeenResultaat, REDENEN_GEEN_RESULTAAT);
  else if (g.redenGeenResultaat) fouten.add(F.REDEN_BIJ_RESULTAAT, 'input.redenGeenResultaat', 'Een reden hoort alleen bij resultaat GEEN.');
}
