import { describe, expect, it } from 'vitest';
import { KOLOMMEN, leesCsv, maakCsv } from './csv-indeling';

const A = '5b0c0a52-1111-4b4b-8a8a-00000000000a';
const B = '5b0c0a52-1111-4b4b-8a8a-00000000000b';
const C = '5b0c0a52-1111-4b4b-8a8a-00000000000c';
const kop = KOLOMMEN.join(';');

function lees(...regels: string[]) {
  const gelezen = leesCsv([kop, ...regels].join('\r\n'));
  if (!gelezen.ok) throw new Error(gelezen.melding);
  return gelezen.regels;
}

describe('reading an attendance CSV', () => {
  it('skips the template lines left alone: only the filled line is read, not zeros over the others', () => {
    const sjabloon = maakCsv([A, B, C].map((trajectId, i) => ({ trajectId, deelnemer: `Deelnemer ${i}`, periodeVan: '2026-11-16', periodeTot: '2026-11-22' })), KOLOMMEN);
    const ingevuld = sjabloon.replace(`${A};Deelnemer 0;2026-11-16;2026-11-22;;;;;;`, `${A};Deelnemer 0;2026-11-16;2026-11-22;12;10,5;1,5;ZIEKTE;;`);
    const gelezen = leesCsv(ingevuld);
    expect(gelezen.ok && gelezen.regels.map((r) => [r.regel, r.lezing.soort])).toEqual([[2, 'rij'], [3, 'leeg'], [4, 'leeg']]);
    expect(gelezen.ok && gelezen.regels[0]!.lezing).toEqual({
      soort: 'rij',
      input: { trajectId: A, periodeVan: '2026-11-16', periodeTot: '2026-11-22', urenIngeroosterd: 12, urenAanwezig: 10.5, urenGeoorloofdVerzuim: 1.5, redenGeoorloofdVerzuim: 'ZIEKTE', urenOngeoorloofdVerzuim: 0, redenOngeoorloofdVerzuim: null },
    });
  });

  it('refuses an empty urenAanwezig in a filled line as "leeg" at that cell', () => {
    const [regel] = lees(`${A};;2026-11-16;2026-11-22;12;;0;;0;`);
    expect(regel!.lezing).toEqual({ soort: 'fout', fouten: [{ veld: 'urenAanwezig', code: 'LEEG', melding: expect.stringMatching(/^Leeg/) }] });
  });

  it('fails only the line with 31-02-2026 or abc, by its line number, and reads the others', () => {
    const regels = lees(
      `${A};;16-11-2026;22-11-2026;12;12;;;;`,
      `${B};;31-02-2026;06-03-2026;12;12;;;;`,
      `${C};;2026-11-16;2026-11-22;12;abc;;;;`,
    );
    expect(regels.map((r) => [r.regel, r.lezing.soort === 'fout' ? r.lezing.fouten.map((f) => `${f.veld}: ${f.melding}`) : r.lezing.soort])).toEqual([
      [2, 'rij'],
      [3, ['periodeVan: "31-02-2026" is geen bestaande datum.']],
      [4, [expect.stringMatching(/^urenAanwezig: "abc" is geen aantal uren/)]],
    ]);
  });

  it('numbers lines as the spreadsheet does when the file has blank lines', () => {
    const regels = lees(`${A};;2026-11-16;2026-11-22;12;12;;;;`, '', ';;;;;;;;;', `${B};;2026-11-16;2026-11-22;1,5;1,5;;;;`);
    expect(regels.map((r) => r.regel)).toEqual([2, 5]);
  });

  it('takes the separator from the header, also when blank lines and decimal commas would make a guess pick the comma', () => {
    const regels = lees('', `${A};Jansen, P. (MAP, B1);2026-11-16;2026-11-22;12,5;10,5;1,5;ZIEKTE;0,5;ONBEKEND`, '', `${B};de Vries, A.;2026-11-23;2026-11-29;12,5;11,5;;;1,0;ONBEKEND`, '');
    expect(regels.map((r) => [r.regel, r.lezing.soort === 'rij' && r.lezing.input.urenAanwezig])).toEqual([[3, 10.5], [5, 11.5]]);
    const komma = leesCsv([KOLOMMEN.join(','), `${A},,2026-11-16,2026-11-22,12,10,,,,`].join('\n'));
    expect(komma.ok && komma.regels.map((r) => r.lezing.soort)).toEqual(['rij']);
  });

  it('refuses a file without the required columns', () => {
    expect(leesCsv('trajectId;uren\r\nx;1')).toEqual({ ok: false, code: 'KOLOMMEN_ONTBREKEN', melding: expect.stringContaining('Deze kolommen ontbreken: periodeVan') });
  });
});
