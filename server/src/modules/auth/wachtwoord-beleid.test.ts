import { describe, expect, it } from 'vitest';
import { Overtredingen } from '../shared/domain-error.js';
import { controleerNieuwWachtwoord } from './wachtwoord-beleid.js';

const EMAIL = 'jan.de-vries@utrecht.nl';

async function codes(nieuw: string, email = EMAIL, huidig = 'het oude wachtwoord'): Promise<string[]> {
  const fouten = new Overtredingen();
  await controleerNieuwWachtwoord(nieuw, { email, huidig }, fouten);
  expect(fouten.alle.every((f) => f.veld === 'nieuw' && f.melding.length > 0)).toBe(true);
  return fouten.alle.map((f) => f.code);
}

describe('the password policy for a password chosen through the portal', () => {
  it('accepts a long passphrase, and a long random password', async () => {
    expect(await codes('paarse fietsen rijden traag')).toEqual([]);
    expect(await codes('Kx9#mQ2!vL7@pR4z')).toEqual([]);
    expect(await codes('twaalf tekens of meer')).toEqual([]);
  });

  it('refuses fewer than 12 characters (counted as characters, not UTF-16 units) and more than 128', async () => {
    expect(await codes('elf tekens!')).toEqual(['WACHTWOORD_TE_KORT']);
    expect(await codes('😀😀😀😀😀😀😀😀😀😀😀')).toEqual(['WACHTWOORD_TE_KORT']);
    expect(await codes('x'.repeat(129))).toEqual(['WACHTWOORD_TE_LANG']);
  });

  it('refuses the current password', async () => {
    expect(await codes('het oude wachtwoord')).toEqual(['WACHTWOORD_ONGEWIJZIGD']);
  });

  it('refuses a password from the common-passwords list, in any case, and a list word inside digits or symbols', async () => {
    expect(await codes('123456789012')).toEqual(expect.arrayContaining(['WACHTWOORD_VEELGEBRUIKT']));
    expect(await codes('passwordpassword')).toEqual(['WACHTWOORD_VEELGEBRUIKT']);
    expect(await codes('QAZWSXEDCRFV')).toEqual(['WACHTWOORD_VEELGEBRUIKT']);
    expect(await codes('wachtwoord12')).toEqual(['WACHTWOORD_VEELGEBRUIKT']);
    expect(await codes('!!Wachtwoord2026')).toEqual(['WACHTWOORD_VEELGEBRUIKT']);
    // A list word as part of a longer phrase is fine: the phrase is not on any list.
    expect(await codes('mijn wachtwoord is lang genoeg')).toEqual([]);
  });

  it('refuses one character or a short piece repeated, and a run of consecutive characters', async () => {
    expect(await codes('aaaaaaaaaaaa')).toEqual(['WACHTWOORD_VOORSPELBAAR']);
    expect(await codes('abcabcabcabc')).toEqual(['WACHTWOORD_VOORSPELBAAR']);
    expect(await codes('xy12xy12xy12x')).toEqual(['WACHTWOORD_VOORSPELBAAR']);
    expect(await codes('abcdefghijklm')).toEqual(['WACHTWOORD_VOORSPELBAAR']);
    expect(await codes('987654321098')).toEqual(['WACHTWOORD_VOORSPELBAAR']);
    expect(await codes('abcde fghijk')).toEqual([]);
  });

  it('refuses a password containing the e-mail name, case-insensitive, also written without its dots and dashes', async () => {
    expect(await codes('ik ben JAN.DE-VRIES hoor')).toEqual(['WACHTWOORD_BEVAT_EMAILNAAM']);
    expect(await codes('JanDeVries-2026-zomer')).toEqual(['WACHTWOORD_BEVAT_EMAILNAAM']);
    expect(await codes('jan de vries is mijn naam')).toEqual(['WACHTWOORD_BEVAT_EMAILNAAM']);
    // Only the name of this user's address; a very short name (two letters) is too common to refuse.
    expect(await codes('ik ben jan devries hoor', 'piet@utrecht.nl')).toEqual([]);
    expect(await codes('jo is een korte naam', 'jo@utrecht.nl')).toEqual([]);
  });
});
