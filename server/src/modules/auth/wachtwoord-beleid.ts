import type { Overtredingen } from '../shared/domain-error.js';
import { EigenWachtwoordFout as F } from './auth.errors.js';

/** NCSC and OWASP favour length over composition rules: at least 12 characters, at most 128 (argon2 needs no more). */
export const WACHTWOORD_MIN = 12;
export const WACHTWOORD_MAX = 128;

/** Shorter e-mail names (`jo@…`) are left out: refusing every password with "jo" in it protects nothing. */
const EMAILNAAM_MIN = 3;

let lijst: Promise<ReadonlySet<string>> | undefined;

/**
 * The ~49,000 most common passwords of breach corpora, lower case, as zxcvbn-ts ships and maintains them
 * (@zxcvbn-ts/language-common). Loaded on the first password change, not at start: decompressing costs ~80 ms.
 */
function veelgebruikt(): Promise<ReadonlySet<string>> {
  lijst ??= import('@zxcvbn-ts/language-common').then(({ dictionary }) => new Set(dictionary['passwords-common']));
  return lijst;
}

/**
 * The rules for a password a person chooses through the portal (not the random one-time passwords, not the demo
 * seed): long enough, not too long, not the current one, not a common or breached password (also with digits or
 * symbols around it: "Wachtwoord12!"), not one character or a short piece repeated or a run like "abcdef…", and
 * not containing the e-mail name. Every rule broken is reported at `veld`.
 */
export async function controleerNieuwWachtwoord(nieuw: string, context: { email: string; huidig?: string }, fouten: Overtredingen, veld = 'nieuw'): Promise<void> {
  const lengte = [...nieuw].length;
  if (lengte < WACHTWOORD_MIN) {
    fouten.add(F.WACHTWOORD_TE_KORT, veld, `Kies een wachtwoord van minstens ${WACHTWOORD_MIN} tekens; een zin van een paar woorden is sterk en goed te onthouden.`);
    return;
  }
  if (lengte > WACHTWOORD_MAX) {
    fouten.add(F.WACHTWOORD_TE_LANG, veld, `Kies een wachtwoord van hoogstens ${WACHTWOORD_MAX} tekens.`);
    return;
  }
  if (nieuw === context.huidig) {
    fouten.add(F.WACHTWOORD_ONGEWIJZIGD, veld);
    return;
  }
  const klein = nieuw.normalize('NFKC').toLowerCase();
  if (await isVeelgebruikt(klein)) fouten.add(F.WACHTWOORD_VEELGEBRUIKT, veld);
  if (isVoorspelbaar(klein)) fouten.add(F.WACHTWOORD_VOORSPELBAAR, veld);
  if (bevatEmailnaam(klein, context.email)) fouten.add(F.WACHTWOORD_BEVAT_EMAILNAAM, veld);
}

async function isVeelgebruikt(klein: string): Promise<boolean> {
  const bekend = await veelgebruikt();
  // The list word inside digits and symbols ("wachtwoord12", "!welkom2026"): what a cracker's rules try first.
  const kern = klein.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  return bekend.has(klein) || bekend.has(klein.replace(/\s+/g, '')) || (kern.length >= 4 && bekend.has(kern));
}

/** One short piece repeated ("aaaaaaaaaaaa", "abcabcabcabc", "121212121212") or one run ("abcdefghijkl", "987654321098"). */
export function isVoorspelbaar(klein: string): boolean {
  const tekens = [...klein];
  for (let stuk = 1; stuk <= 4; stuk++) {
    if (tekens.every((teken, i) => teken === tekens[i % stuk])) return true;
  }
  const stappen = tekens.slice(1).map((teken, i) => stap(tekens[i]!, teken));
  return stappen.every((s) => s === 1) || stappen.every((s) => s === -1);
}

/** A step between two characters; 9→0 and 0→9 continue a run of digits, as on a keyboard's top row. */
function stap(van: string, naar: string): number {
  if (van === '9' && naar === '0') return 1;
  if (van === '0' && naar === '9') return -1;
  return naar.codePointAt(0)! - van.codePointAt(0)!;
}

/** The part before the @, also as written without its dots, dashes and underscores ("jan.jansen" in "JanJansen2026"). */
function bevatEmailnaam(klein: string, email: string): boolean {
  const naam = email.trim().toLowerCase().split('@')[0] ?? '';
  if (naam.length < EMAILNAAM_MIN) return false;
  const zonderTekens = (tekst: string) => tekst.replace(/[.\-_+\s]/g, '');
  return klein.includes(naam) || (zonderTekens(naam).length >= EMAILNAAM_MIN && zonderTekens(klein).includes(zonderTekens(naam)));
}
