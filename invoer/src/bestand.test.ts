import { describe, expect, it } from 'vitest';
import { leesAanwezigheidBestand } from './bestand.js';
import { KOLOMMEN } from './tabel.js';

const A = '5b0c0a52-1111-4b4b-8a8a-00000000000a';
const regel = `${A};Zoë Çelik-Hélène;2026-11-16;2026-11-22;12;10,5;;;;`;
const tekst = [KOLOMMEN.join(';'), regel].join('\r\n');
const windows1252 = (s: string) => Uint8Array.from([...s].map((c) => ({ ë: 0xeb, Ç: 0xc7, é: 0xe9 })[c] ?? c.charCodeAt(0)));

async function deelnemer(bytes: Uint8Array) {
  const gelezen = await leesAanwezigheidBestand(bytes, 'aanwezigheid.csv');
  if (!gelezen.ok) throw new Error(gelezen.melding);
  return gelezen.regels.map((r) => [r.bron.deelnemer, r.lezing.soort]);
}

describe('reading an uploaded file whatever encoding wrote it', () => {
  it('reads UTF-8 with and without a BOM, Windows-1252 and UTF-16 to the same text', async () => {
    const verwacht = [['Zoë Çelik-Hélène', 'rij']];
    expect(await deelnemer(new TextEncoder().encode(tekst))).toEqual(verwacht);
    expect(await deelnemer(new TextEncoder().encode(`\uFEFF${tekst}`))).toEqual(verwacht);
    expect(await deelnemer(windows1252(tekst))).toEqual(verwacht);
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...tekst].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(await deelnemer(utf16)).toEqual(verwacht);
  });

  it('refuses the old .xls and .ods by a code, reading none of it', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await leesAanwezigheidBestand(ole, 'lijst.xls')).toEqual({ ok: false, code: 'BESTANDSTYPE_ONBEKEND', melding: expect.stringContaining('.xlsx') });
    expect(await leesAanwezigheidBestand(new TextEncoder().encode(tekst), 'lijst.ods')).toMatchObject({ ok: false, code: 'BESTANDSTYPE_ONBEKEND' });
  });
});
