import { isLeegeRij, leesAanwezigheid, leesUren, type GelezenRij, type RuweAanwezigheid } from '@portal/invoer';

/** One row of the group week as typed: text, so "1,5" and an empty cell survive until saving. */
export interface Rij {
  trajectId: string;
  naam: string;
  soort: string;
  gemeente: string;
  ingeroosterd: string;
  aanwezig: string;
  geoorloofd: string;
  redenGeoorloofd: string;
  ongeoorloofd: string;
  redenOngeoorloofd: string;
  /** What was loaded from the server, to send only changed rows. */
  opgeslagen: string;
}

export const UREN_KOLOMMEN = ['ingeroosterd', 'aanwezig', 'geoorloofd', 'ongeoorloofd'] as const;
export const KOLOMMEN = ['ingeroosterd', 'aanwezig', 'geoorloofd', 'redenGeoorloofd', 'ongeoorloofd', 'redenOngeoorloofd'] as const;
export type Kolom = (typeof KOLOMMEN)[number];

/** The server's field names (input.urenAanwezig …) mapped to the grid's columns. */
export const KOLOM_VAN_VELD: Record<string, Kolom> = {
  urenIngeroosterd: 'ingeroosterd', urenAanwezig: 'aanwezig', urenGeoorloofdVerzuim: 'geoorloofd',
  redenGeoorloofdVerzuim: 'redenGeoorloofd', urenOngeoorloofdVerzuim: 'ongeoorloofd', redenOngeoorloofdVerzuim: 'redenOngeoorloofd',
};

export function inhoud(r: Rij): string {
  return KOLOMMEN.map((k) => r[k].trim()).join('|');
}

/** The row as the one attendance reader sees it (the same as a CSV line). */
function ruw(r: Rij, periodeVan: string, periodeTot: string): RuweAanwezigheid {
  return {
    trajectId: r.trajectId, periodeVan, periodeTot,
    urenIngeroosterd: r.ingeroosterd, urenAanwezig: r.aanwezig, urenGeoorloofdVerzuim: r.geoorloofd,
    redenGeoorloofdVerzuim: r.redenGeoorloofd, urenOngeoorloofdVerzuim: r.ongeoorloofd, redenOngeoorloofdVerzuim: r.redenOngeoorloofd,
  };
}

export function isLeeg(r: Rij): boolean {
  return isLeegeRij(ruw(r, '', ''));
}

/** Checked before sending: empty hours are an error at their cell (never 0), as is `abc`; verzuim left empty is none. */
export function leesRij(r: Rij, periodeVan: string, periodeTot: string): GelezenRij {
  return leesAanwezigheid(ruw(r, periodeVan, periodeTot));
}

/** A cell's hours for the row total: empty counts as nothing, unreadable as NaN (shown as "?"). */
export function urenVan(tekst: string): number {
  const gelezen = leesUren(tekst);
  return gelezen.soort === 'waarde' ? gelezen.waarde : gelezen.soort === 'leeg' ? 0 : NaN;
}

/** Hours accounted for in a row (present plus absent), for the row total. */
export function gemeld(r: Rij): number {
  return [r.aanwezig, r.geoorloofd, r.ongeoorloofd].map(urenVan).reduce((a, b) => a + b, 0);
}
