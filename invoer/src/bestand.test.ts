import { describe, expect, it } from 'vitest';
import { leesAanwezigheidBestand } from './bestand.js';
import { KOLOMMEN } from './tabel.js';

const A = '5b0c0a52-1111-4b4b-8a8a-00000000000a';
const regel = `${A};;Zoë Çelik-Hélène;2026-11-16;2026-11-22;12;10,5;;;;`;
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

describe('naming the traject', () => {
  const kop = (kolommen: string[]) => kolommen.join(';');
  const uren = '2026-11-16;2026-11-22;12;12;;;;';
  const lees = async (...regels: string[]) => {
    const gelezen = await leesAanwezigheidBestand(new TextEncoder().encode(regels.join('\n')), 'a.csv');
    return gelezen.ok ? gelezen.regels.map((r) => r.lezing) : gelezen;
  };
  const zonderTraject = KOLOMMEN.filter((k) => k !== 'trajectId' && k !== 'aanbiederReferentie');

  it('takes the id when a line has one, else the school reference; a file may have only the reference column', async () => {
    expect(await lees(kop([...KOLOMMEN]), `${A};LL-1;;${uren}`, `;LL-2;;${uren}`)).toMatchObject([
      { soort: 'rij', input: { trajectId: A } }, { soort: 'rij', input: { aanbiederReferentie: 'LL-2' } },
    ]);
    expect(await lees(kop(['aanbiederReferentie', ...zonderTraject]), `LL-3;;${uren}`)).toMatchObject([{ soort: 'rij', input: { aanbiederReferentie: 'LL-3' } }]);
  });

  it('refuses a line with neither, a reference over 40 characters, and a file with neither column, each by its code', async () => {
    expect(await lees(kop([...KOLOMMEN]), `;;;${uren}`, `;${'x'.repeat(41)};;${uren}`)).toEqual([
      { soort: 'fout', fouten: [expect.objectContaining({ veld: 'trajectId', code: 'TRAJECT_ONTBREEKT' })] },
      { soort: 'fout', fouten: [expect.objectContaining({ veld: 'aanbiederReferentie', code: 'REFERENTIE_TE_LANG' })] },
    ]);
    expect(await lees(kop(zonderTraject), uren)).toEqual({ ok: false, code: 'KOLOMMEN_ONTBREKEN', melding: 'Deze kolommen ontbreken: trajectId (of aanbiederReferentie). Gebruik het sjabloon.' });
  });
});
