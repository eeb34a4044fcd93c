import { describe, expect, it } from 'vitest';
import { foutcodes } from '../../../../../test/support/domeinfouten.js';
import { Overtredingen } from '../../shared/domain-error.js';
import type { RapportageContext } from './context.js';
import { metStandaard, schoonGegevens } from './index.js';
import { controleerExamenresultaat, controleerTaalschakelResultaat, controleerVoortgang, type Examenresultaat, type Voortgang } from './taal.rules.js';

const ctx: RapportageContext = { vandaag: '2026-11-23', traject: { soort: 'B1_ROUTE', geplandeStart: '2026-01-05', geplandeEinde: '2027-06-30' }, termijnEinddatum: null };

function codes<T>(controleer: (g: T, c: RapportageContext, f: Overtredingen) => void, g: T): string[] {
  return foutcodes((fouten) => controleer(g, ctx, fouten));
}

const voortgang: Voortgang = {
  peildatum: '2026-11-20', voortgang: 'ACHTER', belemmeringen: ['ZORGTAKEN'], belemmeringToelichting: 'Opvang kinderen wisselend',
  examenvoorbereiding: 'BEZIG', toetsresultaten: [{ onderdeel: 'LE', niveau: 'A2', datum: '2026-11-10' }, { onderdeel: 'SP', niveau: 'A1', datum: '2026-11-12' }],
  advies: 'AFSCHALEN', adviesGronden: ['UREN_GEVOLGD_ZONDER_VOORTGANG'], adviesToelichting: 'Na 620 uur stabiel op A2 bij lezen en luisteren.',
};

describe('voortgangsrapportage', () => {
  const v = (g: Partial<Voortgang>) => codes(controleerVoortgang, { ...voortgang, ...g });

  it('accepts a complete report with an advice and its grounds', () => {
    expect(v({})).toEqual([]);
  });

  it('refuses a peildatum in the future or before the traject', () => {
    expect(v({ peildatum: '2026-11-24' })).toContain('DATUM_IN_TOEKOMST');
    expect(v({ peildatum: '2026-01-04' })).toContain('DATUM_TE_VROEG');
    expect(v({ peildatum: '2026-01-05', toetsresultaten: [] })).toEqual([]);
  });

  it('needs grounds and a remark for an advice, and none without one', () => {
    expect(v({ adviesGronden: [] })).toContain('ADVIES_ZONDER_GRONDEN');
    expect(v({ adviesToelichting: null })).toContain('ADVIES_ZONDER_TOELICHTING');
    expect(v({ advies: 'GEEN' })).toContain('GRONDEN_ZONDER_ADVIES');
    expect(v({ advies: 'GEEN', adviesGronden: [], adviesToelichting: null })).toEqual([]);
  });

  it('keeps remarks short: 200 characters for hindrances, 500 for the advice', () => {
    expect(v({ belemmeringToelichting: 'x'.repeat(200) })).toEqual([]);
    expect(v({ belemmeringToelichting: 'x'.repeat(201) })).toContain('TEKST_TE_LANG');
    expect(v({ adviesToelichting: 'x'.repeat(501) })).toContain('TEKST_TE_LANG');
  });

  it('takes what a hindrance means as codes: each once, known, and only with a hindrance', () => {
    expect(v({ belemmeringen: ['GEZONDHEID'], belemmeringGevolgen: ['MINDER_UREN', 'AANPASSING_IN_DE_LES'], belemmeringToelichting: null })).toEqual([]);
    expect(v({ belemmeringGevolgen: ['MINDER_UREN', 'MINDER_UREN'] })).toContain('DUBBELE_WAARDE');
    expect(v({ belemmeringGevolgen: ['CHEMOKUUR'] })).toContain('CODE_ONBEKEND');
    expect(v({ belemmeringen: [], belemmeringGevolgen: ['LAGER_TEMPO'], belemmeringToelichting: null })).toEqual(['GEVOLG_ZONDER_BELEMMERING']);
  });

  it('does not store the default of the codes, so a report from before them equals the same report sent today', () => {
    const schoon = schoonGegevens('VOORTGANG', { ...voortgang, belemmeringGevolgen: [] });
    expect(schoon).not.toHaveProperty('belemmeringGevolgen');
    expect(metStandaard('VOORTGANG', schoon)).toMatchObject({ belemmeringGevolgen: [] });
    expect(schoonGegevens('VOORTGANG', { ...voortgang, belemmeringGevolgen: ['MINDER_UREN'] })).toMatchObject({ belemmeringGevolgen: ['MINDER_UREN'] });
  });

  it('refuses medical details in either remark with MEDISCHE_GEGEVENS, and lets an ordinary one pass', () => {
    expect(v({ belemmeringen: ['GEZONDHEID'], belemmeringToelichting: 'Diagnose depressie, gebruikt antidepressiva' })).toEqual(['MEDISCHE_GEGEVENS']);
    expect(v({ adviesToelichting: 'Na de chemokuur is de belastbaarheid laag.' })).toEqual(['MEDISCHE_GEGEVENS']);
    expect(v({ belemmeringen: ['GEZONDHEID'], belemmeringToelichting: 'Is ziek geweest, nu weer aanwezig' })).toEqual([]);
  });

  it('does not screen a remark that is already too long', () => {
    expect(v({ belemmeringToelichting: `depressie ${'x'.repeat(200)}` })).toEqual(['TEKST_TE_LANG']);
  });

  it('refuses a remark without a hindrance, a hindrance twice, and an unknown code', () => {
    expect(v({ belemmeringen: [] })).toContain('TOELICHTING_ZONDER_BELEMMERING');
    expect(v({ belemmeringen: ['WERK', 'WERK'] })).toContain('DUBBELE_WAARDE');
    expect(v({ belemmeringen: ['DIAGNOSE'] })).toContain('CODE_ONBEKEND');
  });

  it('refuses two results for one skill and a test after the peildatum', () => {
    expect(v({ toetsresultaten: [{ onderdeel: 'LE', niveau: 'A2', datum: '2026-11-10' }, { onderdeel: 'LE', niveau: 'B1', datum: '2026-11-11' }] })).toContain('DUBBELE_WAARDE');
    expect(v({ toetsresultaten: [{ onderdeel: 'LE', niveau: 'A2', datum: '2026-11-21' }] })).toContain('DATUM_TE_LAAT');
    expect(v({ toetsresultaten: [{ onderdeel: 'LE', niveau: 'A2', datum: '2026-11-24' }] })).toContain('DATUM_IN_TOEKOMST');
  });

  it('says which date a test passes, in Dutch notation', () => {
    const fouten = new Overtredingen();
    controleerVoortgang({ ...voortgang, toetsresultaten: [{ onderdeel: 'LE', niveau: 'A2', datum: '2026-11-21' }] }, ctx, fouten);
    expect(() => fouten.throwIfAny()).toThrow('Deze datum (21-11-2026) ligt na de peildatum van deze voortgangsmelding (20-11-2026).');
  });
});

describe('examenresultaat as DUO codes it', () => {
  const goed: Examenresultaat = { onderdeel: 'LE', niveau: 'B1', examendatum: '2026-10-01', resultaat: 'GESLAAGD' };
  const e = (g: Partial<Examenresultaat>) => codes(controleerExamenresultaat, { ...goed, ...g });

  it('accepts a result with a level, and KNM without one', () => {
    expect(e({})).toEqual([]);
    expect(e({ onderdeel: 'KNM', niveau: null })).toEqual([]);
  });

  it('requires a level except for KNM, which has none', () => {
    expect(e({ niveau: null })).toContain('VELD_VERPLICHT');
    expect(e({ onderdeel: 'KNM' })).toContain('NIVEAU_NIET_BIJ_KNM');
  });

  it('requires redenGeenResultaat exactly with resultaat GEEN', () => {
    expect(e({ resultaat: 'GEEN', redenGeenResultaat: 'ABSENT' })).toEqual([]);
    expect(e({ resultaat: 'GEEN' })).toContain('VELD_VERPLICHT');
    expect(e({ redenGeenResultaat: 'AFGEMELD' })).toContain('REDEN_BIJ_RESULTAAT');
  });

  it('refuses an exam date in the future', () => {
    expect(e({ examendatum: '2026-11-24' })).toContain('DATUM_IN_TOEKOMST');
  });
});

describe('taalschakeltraject result', () => {
  it('accepts a known result on a valid date and refuses an unknown result', () => {
    expect(codes(controleerTaalschakelResultaat, { resultaat: 'BEHAALD', datum: '2026-07-01' })).toEqual([]);
    expect(codes(controleerTaalschakelResultaat, { resultaat: 'GEHAALD', datum: '2026-07-01' })).toContain('CODE_ONBEKEND');
    expect(codes(controleerTaalschakelResultaat, { resultaat: 'BEHAALD', datum: '2026-07-32' })).toContain('DATUM_ONGELDIG');
  });
});
