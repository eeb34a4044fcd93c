import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leesAanwezigheidBestand } from './bestand.js';
import type { InvoerRegel } from './tabel.js';

// Made by LibreOffice and iconv from bron.csv (testbestanden/maak.sh), never by the code that reads them here.
const bestand = (naam: string) => new Uint8Array(readFileSync(new URL(`../testbestanden/${naam}`, import.meta.url)));

async function lees(naam: string) {
  const gelezen = await leesAanwezigheidBestand(bestand(naam), naam);
  if (!gelezen.ok) throw new Error(`${gelezen.code}: ${gelezen.melding}`);
  return gelezen.regels;
}

/** Each line as [number, participant, what was read: the hours, or the codes of the refused cells]. */
const samenvatting = (regels: InvoerRegel[]) => regels.map((r) => [
  r.regel, r.bron.deelnemer,
  r.lezing.soort === 'rij' ? [r.lezing.input.periodeVan, r.lezing.input.urenIngeroosterd, r.lezing.input.urenAanwezig]
    : r.lezing.soort === 'fout' ? r.lezing.fouten.map((f) => `${f.veld} ${f.code}`) : 'leeg',
]);

describe('the committed files another program wrote', () => {
  it('aanwezigheid.xlsx (LibreOffice): date cells, numbers, number-as-text, an empty cell and a typo, each read as typed', async () => {
    expect(samenvatting(await lees('aanwezigheid.xlsx'))).toEqual([
      [2, 'Zoë Çelik', ['2026-11-16', 12, 10.5]],
      [3, 'François Hélène', ['2026-11-16', 12, 11.5]], // "12" and "11,5" stored as text cells
      [4, 'Noël Aït', ['trajectId TRAJECT_ONTBREEKT', 'urenAanwezig LEEG']], // the empty cell is not a 0
      [5, 'Anaïs Brontë', ['urenAanwezig UREN_ONLEESBAAR']], // "1O", a letter O
      // row 6 is blank in the sheet: skipped, the others keep the numbers the spreadsheet shows
      [7, 'Maëlle Garçon', ['trajectId TRAJECT_ONTBREEKT']],
      [8, 'Chloé Noël', 'leeg'],
    ]);
  });

  it('the xlsx gives exactly what its CSV source gives, verzuim and reasons included', async () => {
    const [xlsx, csv] = [await lees('aanwezigheid.xlsx'), await lees('bron.csv')];
    expect(xlsx.map((r) => r.lezing)).toEqual(csv.map((r) => r.lezing));
    expect(xlsx[1]!.lezing).toEqual({ soort: 'rij', input: expect.objectContaining({ urenOngeoorloofdVerzuim: 0.5, redenOngeoorloofdVerzuim: 'ONBEKEND', urenGeoorloofdVerzuim: 0 }) });
  });

  it('aanwezigheid-windows-1252.csv (iconv): é, ë and ç come out as written, the lines as in the UTF-8 source', async () => {
    const [cp1252, utf8] = [await lees('aanwezigheid-windows-1252.csv'), await lees('bron.csv')];
    expect(cp1252.map((r) => r.bron.deelnemer)).toEqual(['Zoë Çelik', 'François Hélène', 'Noël Aït', 'Anaïs Brontë', 'Maëlle Garçon', 'Chloé Noël']);
    expect(cp1252).toEqual(utf8);
  });

  it('refuses a damaged workbook by a code, reading none of it', async () => {
    const kapot = bestand('aanwezigheid.xlsx').slice(0, 2000);
    expect(await leesAanwezigheidBestand(kapot, 'kapot.xlsx')).toEqual({ ok: false, code: 'BESTAND_ONLEESBAAR', melding: expect.stringContaining('.xlsx') });
  });
});
