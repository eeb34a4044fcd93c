import { aantalDagen, datumNl, isIsoDatum, type IsoDatum } from '../shared/datum.js';
import { Overtredingen } from '../shared/domain-error.js';
import { AanwezigheidFout as F, MAX_PERIODE_DAGEN } from './aanwezigheid.errors.js';
import { verzuimreden, type VerzuimSoort } from './verzuimreden.js';

export interface AanwezigheidInvoer {
  trajectId: string;
  periodeVan: IsoDatum;
  periodeTot: IsoDatum;
  urenIngeroosterd: number;
  urenAanwezig: number;
  urenGeoorloofdVerzuim: number;
  redenGeoorloofdVerzuim?: string | null;
  urenOngeoorloofdVerzuim: number;
  redenOngeoorloofdVerzuim?: string | null;
}

const UREN_VELDEN = ['urenIngeroosterd', 'urenAanwezig', 'urenGeoorloofdVerzuim', 'urenOngeoorloofdVerzuim'] as const;

/** Rules that need nothing but the input and today's date. Every violation is collected, none thrown. */
export function controleerInvoer(invoer: AanwezigheidInvoer, vandaag: IsoDatum, fouten: Overtredingen): void {
  const datumsGeldig = [
    ['periodeVan', invoer.periodeVan],
    ['periodeTot', invoer.periodeTot],
  ].every(([veld, waarde]) => {
    if (isIsoDatum(waarde!)) return true;
    fouten.add(F.DATUM_ONGELDIG, `input.${veld}`, `"${waarde}" is geen geldige datum; gebruik JJJJ-MM-DD.`);
    return false;
  });
  if (datumsGeldig) {
    if (invoer.periodeTot < invoer.periodeVan) {
      fouten.add(F.PERIODE_OMGEKEERD, 'input.periodeTot', 'De einddatum van de periode ligt vóór de begindatum.');
    } else if (aantalDagen(invoer.periodeVan, invoer.periodeTot) > MAX_PERIODE_DAGEN) {
      fouten.add(F.PERIODE_TE_LANG, 'input.periodeTot', `Een periode is hoogstens ${MAX_PERIODE_DAGEN} dagen; meld per week of per lesdag.`);
    }
    // Only days that have happened: a period may end today at the latest, so DUO's exclusive bekendTot is at most tomorrow.
    if (invoer.periodeVan > vandaag) {
      fouten.add(F.PERIODE_IN_TOEKOMST, 'input.periodeVan', 'Aanwezigheid kan niet vooruit worden gemeld: de periode begint na vandaag.');
    } else if (invoer.periodeTot > vandaag) {
      fouten.add(F.PERIODE_IN_TOEKOMST, 'input.periodeTot',
        `De periode loopt tot en met ${datumNl(invoer.periodeTot)}, na vandaag (${datumNl(vandaag)}): aanwezigheid meldt u voor dagen die geweest zijn. Laat de periode uiterlijk vandaag eindigen, of meld hem als hij om is.`);
    }
  }

  let urenGeldig = true;
  for (const veld of UREN_VELDEN) {
    const uren = invoer[veld];
    if (!Number.isFinite(uren)) {
      fouten.add(F.UREN_ONGELDIG, `input.${veld}`, 'Vul een aantal uren in.');
      urenGeldig = false;
    } else if (uren < 0) {
      fouten.add(F.UREN_NEGATIEF, `input.${veld}`, 'Het aantal uren kan niet negatief zijn.');
      urenGeldig = false;
    } else if (Math.abs(Math.round(uren * 100) - uren * 100) > 1e-6) {
      fouten.add(F.UREN_ONGELDIG, `input.${veld}`, 'Geef uren op met hoogstens twee decimalen (bijvoorbeeld 1,25).');
      urenGeldig = false;
    }
  }
  if (urenGeldig && datumsGeldig && invoer.periodeTot >= invoer.periodeVan) {
    const maxUren = 24 * aantalDagen(invoer.periodeVan, invoer.periodeTot);
    if (invoer.urenIngeroosterd > maxUren) {
      fouten.add(F.UREN_MEER_DAN_PERIODE, 'input.urenIngeroosterd', `Er passen hoogstens ${maxUren} uur in deze periode.`);
    }
  }
  if (urenGeldig) {
    const gemeld = honderdsten(invoer.urenAanwezig) + honderdsten(invoer.urenGeoorloofdVerzuim) + honderdsten(invoer.urenOngeoorloofdVerzuim);
    if (gemeld > honderdsten(invoer.urenIngeroosterd)) {
      fouten.add(F.UREN_MEER_DAN_INGEROOSTERD, 'input.urenAanwezig',
        'Aanwezig plus geoorloofd en ongeoorloofd verzuim is meer dan het aantal ingeroosterde uren.');
    }
  }

  controleerReden(invoer.urenGeoorloofdVerzuim, invoer.redenGeoorloofdVerzuim, 'GEOORLOOFD', 'redenGeoorloofdVerzuim', fouten);
  controleerReden(invoer.urenOngeoorloofdVerzuim, invoer.redenOngeoorloofdVerzuim, 'ONGEOORLOOFD', 'redenOngeoorloofdVerzuim', fouten);
}

function controleerReden(uren: number, code: string | null | undefined, soort: VerzuimSoort, veld: string, fouten: Overtredingen) {
  const label = soort === 'GEOORLOOFD' ? 'geoorloofd' : 'ongeoorloofd';
  if (code) {
    const reden = verzuimreden(code);
    if (!reden || reden.soort !== soort) {
      fouten.add(F.VERZUIMREDEN_ONBEKEND, `input.${veld}`, `"${code}" is geen bekende reden voor ${label} verzuim; kies een code uit de lijst verzuimredenen.`);
    } else if (!(uren > 0)) {
      fouten.add(F.VERZUIMREDEN_ZONDER_UREN, `input.${veld}`, `Een reden voor ${label} verzuim hoort bij uren ${label} verzuim; vul de uren in of laat de reden leeg.`);
    }
  } else if (uren > 0) {
    fouten.add(F.VERZUIMREDEN_ONTBREEKT, `input.${veld}`, `Kies een reden voor de uren ${label} verzuim.`);
  }
}

export function honderdsten(uren: number): number {
  return Math.round(uren * 100);
}
