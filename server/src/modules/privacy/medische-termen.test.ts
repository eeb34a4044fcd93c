import { describe, expect, it } from 'vitest';
import { foutcodes } from '../../../../test/support/domeinfouten.js';
import { Overtredingen } from '../shared/domain-error.js';
import { MEDISCHE_TERMEN } from './medische-termen.data.js';
import { vindMedischeTermen } from './medische-termen.js';
import { controleerMedischeGegevens } from './privacy.rules.js';

const gevonden = (tekst: string) => vindMedischeTermen(tekst).map((t) => t.gevonden);

describe('vindMedischeTermen', () => {
  it('finds the example of the issue and names each word as typed', () => {
    expect(vindMedischeTermen('Diagnose depressie, gebruikt antidepressiva')).toEqual([
      { gevonden: 'depressie', categorie: 'diagnose', patroon: 'depressi*' },
      { gevonden: 'antidepressiva', categorie: 'medicatie', patroon: 'antidepressiv*' },
    ]);
  });

  it('hits inflections and compounds through stems', () => {
    expect(gevonden('Depressieklachten, depressief, winterdepressie')).toEqual(['Depressieklachten', 'depressief', 'winterdepressie']);
    expect(gevonden('chemokuur; is geopereerd; diabetische voet; burn-outklachten')).toEqual(['chemokuur', 'geopereerd', 'diabetische', 'burn-outklachten']);
    expect(gevonden('psychiaters en borstkanker')).toEqual(['psychiaters', 'borstkanker']);
  });

  it('ignores case and accents', () => {
    expect(gevonden('PATIËNT met SUÏCIDALE gedachten')).toEqual(['PATIËNT', 'SUÏCIDALE']);
    expect(gevonden('Coöperatie')).toEqual([]);
  });

  it('keeps short abbreviations to whole words', () => {
    expect(gevonden('Heeft MS')).toEqual(['MS']);
    expect(gevonden('Chat via msn, werkt in MS Word, neemt een pilot')).toEqual([]);
    expect(gevonden('ADHD\'er, slikt de pil')).toEqual(['ADHD', 'pil']);
    expect(gevonden('Adhdachtig gedrag')).toEqual(['Adhdachtig']);
  });

  it('lets illness as a category pass: ziek, ziekte, ziekmelding', () => {
    for (const tekst of ['ziek', 'Ziekte', 'ziekmelding', 'ziekgemeld', 'langdurig ziek', 'ziekteverlof', 'zieke moeder', 'om medische redenen']) {
      expect(gevonden(tekst), tekst).toEqual([]);
    }
    expect(gevonden('suikerziekte')).toEqual(['suikerziekte']);
  });

  it('drops a hit that lies inside an exception, and only that one', () => {
    expect(gevonden('Samenwerkingsoperatie; video-opname van de les')).toEqual([]);
    expect(gevonden('Reddingsoperatie en daarna een operatie')).toEqual(['operatie']);
  });

  it('keeps its offsets on odd input: a NUL byte, a lone surrogate, an emoji before the term', () => {
    expect(gevonden('x\u0000 \ud800 😀 depressie')).toEqual(['depressie']);
  });

  it('has several hundred patterns in every category', () => {
    const aantallen: number[] = Object.values(MEDISCHE_TERMEN).map((lijst) => lijst.length);
    expect(aantallen.reduce((a, b) => a + b)).toBeGreaterThanOrEqual(500);
    for (const n of aantallen) expect(n).toBeGreaterThanOrEqual(20);
  });

  it('is quick enough to run on every remark', () => {
    const tekst = 'Druk met werk en kinderen, komt op dinsdag niet; verder gaat het goed. '.repeat(7);
    const start = performance.now();
    for (let i = 0; i < 50; i++) vindMedischeTermen(tekst);
    expect((performance.now() - start) / 50).toBeLessThan(50);
  });
});

describe('controleerMedischeGegevens', () => {
  it('accepts an ordinary remark and an empty one', () => {
    expect(foutcodes((f) => controleerMedischeGegevens(f, 'belemmeringToelichting', 'Druk met werk en kinderen'))).toEqual([]);
    expect(foutcodes((f) => controleerMedischeGegevens(f, 'belemmeringToelichting', null))).toEqual([]);
  });

  it('refuses medical details at the field, says why and names the term found', () => {
    const fouten = new Overtredingen();
    controleerMedischeGegevens(fouten, 'belemmeringToelichting', 'Diagnose depressie, gebruikt antidepressiva', 'Kies de categorie GEZONDHEID.');
    const fout = (() => { try { fouten.throwIfAny(); } catch (e) { return e as { overtredingen: { code: string; veld: string; melding: string }[] }; } })()!;
    expect(fout.overtredingen).toEqual([{
      code: 'MEDISCHE_GEGEVENS', veld: 'input.belemmeringToelichting',
      melding: 'Medische gegevens mogen niet worden vastgelegd; gevonden: "depressie" (diagnose), "antidepressiva" (medicatie). Kies de categorie GEZONDHEID.',
    }]);
  });
});
