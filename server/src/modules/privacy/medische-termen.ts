import { MEDISCHE_TERMEN, UITZONDERINGEN, type MedischeCategorie } from './medische-termen.data.js';

/** One medical term found in a text: the words as the user typed them, and what kind of term it is. */
export interface MedischeTreffer {
  gevonden: string;
  categorie: MedischeCategorie;
  patroon: string;
}

/** Dutch inflections a plain word may carry: -e, -en, -n, -s, -'s (normalised to " s"), -er(s), diminutives. */
const VERBUIGING = "(?:e|en|n|s|es|er|ers|je|jes|tje|tjes|etje|etjes| s)?";
const LETTER = '[a-z0-9]';
const BEGIN = `(?<!${LETTER})`;
const EINDE = `(?!${LETTER})`;

/**
 * Lower case, accents off, everything that is not a letter or digit a space, one character for one character,
 * so a hit's offsets point into the original text and the message can quote what the user typed.
 */
export function normaliseer(tekst: string): string {
  let uit = '';
  for (const teken of tekst) {
    const basis = teken.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const c = basis.length === 1 && /[a-z0-9]/.test(basis) ? basis : ' ';
    // An astral character is two UTF-16 units: keep the offsets aligned.
    uit += teken.length === 2 ? `${c} ` : c;
  }
  return uit;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One word of a pattern as a regex fragment; see the syntax in medische-termen.data.ts. */
function woordPatroon(woord: string, eerste: boolean, laatste: boolean): string {
  const exact = woord.startsWith('=');
  const kaal = woord.replace(/^=/, '');
  const ervoor = kaal.startsWith('*') && eerste ? `${LETTER}+` : '';
  const erna = kaal.endsWith('*') && laatste ? `${LETTER}*` : '';
  const stam = escape(kaal.replace(/^\*|\*$/g, ''));
  if (erna) return `${ervoor}${stam}${erna}`;
  return `${ervoor}${stam}${exact ? '' : VERBUIGING}${EINDE}`;
}

/** A pattern as one regex over normalised text; a hyphen or accent in a pattern is normalised as the text is. */
export function compileer(patroon: string): RegExp {
  const delen = patroon.split(/\s+/).flatMap((w) => {
    const voor = w.match(/^[=*]*/)![0];
    const na = w.match(/\*?$/)![0];
    const kern = normaliseer(w.slice(voor.length, w.length - na.length)).trim().split(/\s+/);
    return kern.map((k, i) => `${i === 0 ? voor : ''}${k}${i === kern.length - 1 ? na : ''}`);
  });
  const regex = delen.map((w, i) => woordPatroon(w, i === 0, i === delen.length - 1)).join(' +');
  return new RegExp(`${BEGIN}${regex}`, 'g');
}

interface Gecompileerd { patroon: string; categorie: MedischeCategorie; regex: RegExp }

const TERMEN: Gecompileerd[] = Object.entries(MEDISCHE_TERMEN).flatMap(([categorie, lijst]) =>
  lijst.map((patroon) => ({ patroon, categorie: categorie as MedischeCategorie, regex: compileer(patroon) })));
const UITZONDERING_REGEXEN = UITZONDERINGEN.map(compileer);

/** The number of distinct patterns, for the README and the evaluation's printout. */
export const AANTAL_TERMEN = TERMEN.length;

function spannen(regex: RegExp, tekst: string): [number, number][] {
  return [...tekst.matchAll(regex)].map((m) => [m.index, m.index + m[0].length]);
}

const kern = (patroon: string) => patroon.replace(/[=*]/g, '');

/** Widens a span to whole words, so the message quotes "depressieklachten", not the stem it matched on. */
function heleWoorden(tekst: string, [van, tot]: [number, number]): [number, number] {
  while (van > 0 && tekst[van - 1] !== ' ') van--;
  while (tot < tekst.length && tekst[tot] !== ' ') tot++;
  return [van, tot];
}

/**
 * Finds medical terms in a free text: case- and accent-insensitive, on word boundaries, stems matching their
 * inflections and compounds. Each word of the text is reported once, in text order. A guard, not a guarantee.
 * Call it after the length check: it runs a few hundred small regexes over the text.
 */
export function vindMedischeTermen(tekst: string): MedischeTreffer[] {
  const schoon = normaliseer(tekst);
  const uitzonderingen = UITZONDERING_REGEXEN.flatMap((r) => spannen(r, schoon));
  const gezien = new Map<number, MedischeTreffer>();
  for (const term of TERMEN) {
    for (const [van, tot] of spannen(term.regex, schoon)) {
      if (uitzonderingen.some(([uv, ut]) => uv <= van && tot <= ut)) continue;
      const [woordVan, woordTot] = heleWoorden(schoon, [van, tot]);
      // Several patterns may hit one word ("antidepressiva": *depressi* and antidepressiv*); the longest names it best.
      const eerder = gezien.get(woordVan);
      if (!eerder || kern(term.patroon).length > kern(eerder.patroon).length) {
        gezien.set(woordVan, { gevonden: tekst.slice(woordVan, woordTot), categorie: term.categorie, patroon: term.patroon });
      }
    }
  }
  return [...gezien.entries()].sort(([a], [b]) => a - b).map(([, treffer]) => treffer);
}
