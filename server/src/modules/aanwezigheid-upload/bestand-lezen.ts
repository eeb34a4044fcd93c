import type { IsoDatum } from '../shared/datum.js';

/** One line of an uploaded file, read: skipped (no hours), refused at its cells, or an attendance row to check. */
export type GelezenRegel = {
  regel: number;
  lezing:
    | { soort: 'leeg' }
    | { soort: 'fout'; fouten: { veld: string; code: string; melding: string }[] }
    | { soort: 'rij'; input: UploadInvoer };
};

export interface UploadInvoer {
  trajectId: string;
  periodeVan: IsoDatum;
  periodeTot: IsoDatum;
  urenIngeroosterd: number;
  urenAanwezig: number;
  urenGeoorloofdVerzuim: number;
  redenGeoorloofdVerzuim: string | null;
  urenOngeoorloofdVerzuim: number;
  redenOngeoorloofdVerzuim: string | null;
}

export type GelezenBestand = { ok: true; regels: GelezenRegel[] } | { ok: false; code: string; melding: string };

const VERPLICHT = ['trajectId', 'periodeVan', 'periodeTot', 'urenIngeroosterd', 'urenAanwezig', 'urenGeoorloofdVerzuim',
  'redenGeoorloofdVerzuim', 'urenOngeoorloofdVerzuim', 'redenOngeoorloofdVerzuim'] as const;

/**
 * Reads an uploaded file into lines. Stand-in until the shared reader (package invoer, leesAanwezigheidBestand) is
 * merged: UTF-8 CSV with a header, semicolons, ISO dates, decimal comma or point.
 */
export async function leesUploadBestand(bytes: Uint8Array, _bestandsnaam: string): Promise<GelezenBestand> {
  const tekst = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const lijnen = tekst.split(/\r?\n/);
  const kop = (lijnen[0] ?? '').split(';').map((k) => k.trim());
  const ontbrekend = VERPLICHT.filter((k) => !kop.includes(k));
  if (ontbrekend.length) return { ok: false, code: 'KOLOMMEN_ONTBREKEN', melding: `Deze kolommen ontbreken: ${ontbrekend.join(', ')}. Gebruik het sjabloon.` };
  const regels: GelezenRegel[] = [];
  lijnen.slice(1).forEach((lijn, i) => {
    if (lijn.trim() === '') return;
    const cel = Object.fromEntries(kop.map((k, j) => [k, (lijn.split(';')[j] ?? '').trim()])) as Record<string, string>;
    const regel = i + 2;
    if (['urenIngeroosterd', 'urenAanwezig', 'urenGeoorloofdVerzuim', 'urenOngeoorloofdVerzuim'].every((k) => !cel[k])) {
      regels.push({ regel, lezing: { soort: 'leeg' } });
      return;
    }
    const fouten: { veld: string; code: string; melding: string }[] = [];
    const uren = (veld: string, verplicht: boolean) => {
      const w = cel[veld] ?? '';
      if (w === '') {
        if (verplicht) fouten.push({ veld, code: 'LEEG', melding: 'Leeg: vul het aantal uren in (0 als er geen waren).' });
        return 0;
      }
      const n = Number(w.replace(',', '.'));
      if (!Number.isFinite(n)) fouten.push({ veld, code: 'UREN_ONLEESBAAR', melding: `"${w}" is geen aantal uren.` });
      return n;
    };
    const input: UploadInvoer = {
      trajectId: cel.trajectId ?? '',
      periodeVan: cel.periodeVan ?? '',
      periodeTot: cel.periodeTot ?? '',
      urenIngeroosterd: uren('urenIngeroosterd', true),
      urenAanwezig: uren('urenAanwezig', true),
      urenGeoorloofdVerzuim: uren('urenGeoorloofdVerzuim', false),
      redenGeoorloofdVerzuim: cel.redenGeoorloofdVerzuim || null,
      urenOngeoorloofdVerzuim: uren('urenOngeoorloofdVerzuim', false),
      redenOngeoorloofdVerzuim: cel.redenOngeoorloofdVerzuim || null,
    };
    regels.push({ regel, lezing: fouten.length ? { soort: 'fout', fouten } : { soort: 'rij', input } });
  });
  return { ok: true, regels };
}
