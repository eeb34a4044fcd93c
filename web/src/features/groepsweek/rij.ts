import { leesUren } from '../../app/formaat';

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

export function isLeeg(r: Rij): boolean {
  return KOLOMMEN.every((k) => r[k].trim() === '');
}

export function naarInput(r: Rij, periodeVan: string, periodeTot: string) {
  return {
    trajectId: r.trajectId, periodeVan, periodeTot,
    urenIngeroosterd: leesUren(r.ingeroosterd), urenAanwezig: leesUren(r.aanwezig),
    urenGeoorloofdVerzuim: leesUren(r.geoorloofd), redenGeoorloofdVerzuim: r.redenGeoorloofd || null,
    urenOngeoorloofdVerzuim: leesUren(r.ongeoorloofd), redenOngeoorloofdVerzuim: r.redenOngeoorloofd || null,
  };
}

/** Hours accounted for in a row (present plus absent), for the row total. */
export function gemeld(r: Rij): number {
  return [r.aanwezig, r.geoorloofd, r.ongeoorloofd].map(leesUren).filter(Number.isFinite).reduce((a, b) => a + b, 0);
}
