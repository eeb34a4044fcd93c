import { beforeAll, describe, expect, it } from 'vitest';
import { kort } from './controle.js';
import { fuzzInstellingen, Kans, replay } from './prng.js';
import { RARE_DATUMS, RARE_TEKSTEN, rareTekst } from './waarden.js';
import { laadWebLezers, type Gelezen, type GelezenRij, type RuweAanwezigheid, type WebLezers } from './web-lezers.js';

let web: WebLezers;
beforeAll(async () => {
  web = await laadWebLezers();
});

const BESTAND = 'test/fuzz/lezers.fuzz.test.ts';
const { seed, cases: gevraagd } = fuzzInstellingen(1_000);
const cases = Math.max(200, gevraagd * 2);

const UREN = ['0', '12', '1,5', '1.5', '1,25', '1,255', ' 3 ', '-1', '- 2', '1e3', '0x10', '１２', '١٢', 'Infinity', 'NaN', '1,234.5', '1.234,5', ',5', '5,', '.', ',', '', '  ', '99999999999999999999999', '0,00', '00012', '+3', '3 uur', '½'];
const DATUMS = [...RARE_DATUMS, '2026-01-05', '05-01-2026', '5-1-2026', '29-02-2024', '29-02-2025', '31-04-2026', '01-01-1999', '01-01-2100', '2026/01/05', '05.01.2026', '٢٠٢٦-٠١-٠٥'];

function cel(kans: Kans, soort: 'uren' | 'datum' | 'tekst'): string {
  const r = kans.getal();
  if (r < 0.1) return kans.kies(RARE_TEKSTEN);
  if (r < 0.2) return rareTekst(soort === 'uren' ? kans.kies(UREN) : kans.kies(DATUMS), kans);
  if (soort === 'uren') return kans.soms(0.7) ? kans.kies(UREN) : String(kans.int(0, 40));
  if (soort === 'datum') return kans.kies(DATUMS);
  return kans.kies(['', 'ZIEK', 'ONBEKEND', 'b0c1', '"', ';', 'x'.repeat(kans.int(0, 50))]);
}

function ruweRij(kans: Kans): RuweAanwezigheid {
  return {
    trajectId: kans.soms(0.8) ? 'de1b1f43-9af3-4f8a-908e-f6e929c8bb56' : cel(kans, 'tekst'),
    periodeVan: cel(kans, 'datum'), periodeTot: cel(kans, 'datum'),
    urenIngeroosterd: cel(kans, 'uren'), urenAanwezig: cel(kans, 'uren'), urenGeoorloofdVerzuim: cel(kans, 'uren'),
    urenOngeoorloofdVerzuim: cel(kans, 'uren'), redenGeoorloofdVerzuim: cel(kans, 'tekst'), redenOngeoorloofdVerzuim: cel(kans, 'tekst'),
  };
}

/** A value or a reason, never anything else: a "fout" always says why, a value is one the server can take. */
function problemenGelezen<T>(g: Gelezen<T>, geldig: (w: T) => boolean): string[] {
  if (g.soort === 'leeg') return [];
  if (g.soort === 'fout') return typeof g.melding === 'string' && g.melding.trim() !== '' ? [] : ['a fout without a melding'];
  if (g.soort === 'waarde') return geldig(g.waarde) ? [] : [`an invalid value came out: ${kort(g.waarde)}`];
  return [`unknown result ${kort(g)}`];
}

const geldigeUren = (w: number) => Number.isFinite(w) && w >= 0 && Math.round(w * 100) === w * 100;
const geldigeDatum = (w: string) => /^20\d\d-\d\d-\d\d$/.test(w) && new Date(`${w}T00:00:00Z`).toISOString().slice(0, 10) === w;

function problemenRij(rij: GelezenRij): string[] {
  if (rij.soort === 'leeg') return [];
  if (rij.soort === 'fout') {
    return rij.fouten.length > 0 && rij.fouten.every((f) => f.melding.trim() !== '' && f.veld) ? [] : [`a fout row without a reason per cell: ${kort(rij)}`];
  }
  if (rij.soort !== 'rij') return [`unknown result ${kort(rij)}`];
  const p: string[] = [];
  for (const v of web.UREN_VELDEN) if (!geldigeUren(rij.input[v])) p.push(`${v} = ${rij.input[v]}`);
  for (const v of ['periodeVan', 'periodeTot'] as const) if (!geldigeDatum(rij.input[v])) p.push(`${v} = ${rij.input[v]}`);
  if (rij.input.trajectId === '') p.push('empty trajectId sent');
  return p;
}

function csv(kans: Kans): string {
  const kolommen: string[] = [...web.KOLOMMEN].filter(() => kans.soms(0.97));
  if (kans.soms(0.1)) kolommen.push('extra');
  if (kans.soms(0.1)) kolommen.reverse();
  const scheiding = kans.soms(0.8) ? ';' : kans.kies([',', '\t', '|']);
  const regels = [kolommen.join(scheiding)];
  const aantal = kans.soms(0.02) ? 5_000 : kans.int(0, 12);
  for (let i = 0; i < aantal; i++) {
    const rij = ruweRij(kans) as Record<string, string>;
    let cellen = kolommen.map((k) => (k === 'deelnemer' ? cel(kans, 'tekst') : rij[k] ?? ''));
    if (kans.soms(0.1)) cellen = cellen.slice(0, kans.int(0, cellen.length)); // a short line
    if (kans.soms(0.05)) cellen.push('te veel');
    let regel = cellen.map((c) => (kans.soms(0.1) ? `"${c.replace(/"/g, '""')}"` : c)).join(scheiding);
    if (kans.soms(0.03)) regel = `"${regel}`; // an unbalanced quote
    regels.push(regel);
  }
  let tekst = regels.join(kans.kies(['\n', '\r\n', '\r']));
  if (kans.soms(0.1)) tekst = `\uFEFF${tekst}`;
  if (kans.soms(0.05)) tekst = kans.kies(RARE_TEKSTEN);
  if (kans.soms(0.03)) tekst = Buffer.from(tekst).toString('latin1');
  return tekst;
}

describe(`web readers fuzz: CSV, group week grid, hours and dates (seed ${seed})`, () => {
  it('leesUren, leesDatum and leesAanwezigheid never throw and always give a value or a reason', () => {
    console.log(`[fuzz lezers] seed ${seed}, ${cases} rows; replay: ${replay(seed, BESTAND)}`);
    const kans = new Kans(seed);
    const fouten: string[] = [];
    for (let i = 0; i < cases; i++) {
      const ruw = ruweRij(kans);
      try {
        const p = [
          ...problemenGelezen(web.leesUren(ruw.urenAanwezig), geldigeUren),
          ...problemenGelezen(web.leesDatum(ruw.periodeVan), geldigeDatum),
          ...problemenRij(web.leesAanwezigheid(ruw)),
        ];
        if (p.length > 0) fouten.push(`row ${i} ${kort(ruw)}: ${p.join('; ')}`);
      } catch (error) {
        fouten.push(`row ${i} ${kort(ruw)} threw ${String(error)}`);
      }
    }
    if (fouten.length > 0) console.error(`[fuzz lezers] FAILED (seed ${seed}):\n  ${fouten.slice(0, 20).join('\n  ')}\n  replay: ${replay(seed, BESTAND)}`);
    expect(fouten, `seed ${seed}; replay: ${replay(seed, BESTAND)}`).toEqual([]);
  });

  it('leesCsv never throws: a readable file gives its lines, each a value or a reason; an unreadable one says why', () => {
    const kans = new Kans(seed + 1);
    const fouten: string[] = [];
    const aantal = Math.max(50, Math.ceil(cases / 10));
    const start = Date.now();
    for (let i = 0; i < aantal; i++) {
      const tekst = csv(kans);
      try {
        const gelezen = web.leesCsv(tekst);
        if (!gelezen.ok) {
          if (typeof gelezen.melding !== 'string' || gelezen.melding.trim() === '') fouten.push(`file ${i}: refused without a melding`);
          continue;
        }
        for (const r of gelezen.regels) {
          const p = problemenRij(r.lezing);
          if (!Number.isInteger(r.regel) || r.regel < 2) p.push(`line number ${r.regel}`);
          if (p.length > 0) fouten.push(`file ${i} line ${r.regel} ${kort(r.bron)}: ${p.join('; ')}`);
        }
      } catch (error) {
        fouten.push(`file ${i} ${kort(tekst.slice(0, 300))} threw ${String(error)}`);
      }
    }
    console.log(`[fuzz lezers] ${cases} rows and ${aantal} CSV files in ${Date.now() - start} ms`);
    if (fouten.length > 0) console.error(`[fuzz lezers] FAILED (seed ${seed}):\n  ${fouten.slice(0, 20).join('\n  ')}\n  replay: ${replay(seed, BESTAND)}`);
    expect(fouten, `seed ${seed}; replay: ${replay(seed, BESTAND)}`).toEqual([]);
  });
});
