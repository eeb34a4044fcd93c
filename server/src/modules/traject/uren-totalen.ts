import type { Traject } from './traject.entity.js';

/** Hours derived from the current versions of what the aanbieder reported; never typed in twice. */
export interface UrenTotalen {
  ingeroosterd: number;
  aanwezig: number;
  geoorloofdVerzuim: number;
  ongeoorloofdVerzuim: number;
  /** Number of reported periods. */
  perioden: number;
  /** Last day covered by a report, if any (inclusive; DUO's exclusive `bekendTot` is the day after). */
  gemeldTot: string | null;
}

export const GEEN_UREN: UrenTotalen = {
  ingeroosterd: 0, aanwezig: 0, geoorloofdVerzuim: 0, ongeoorloofdVerzuim: 0, perioden: 0, gemeldTot: null,
};

type MetTotalen = Pick<Traject, 'urenIngeroosterd' | 'urenAanwezig' | 'urenGeoorloofdVerzuim' | 'urenOngeoorloofdVerzuim' | 'perioden' | 'gemeldTot'>;

/** A traject's totals as the database keeps them on the row (Migration20261204400000): a mapping, no statement. */
export function urenTotalen(traject: MetTotalen): UrenTotalen {
  return {
    ingeroosterd: traject.urenIngeroosterd,
    aanwezig: traject.urenAanwezig,
    geoorloofdVerzuim: traject.urenGeoorloofdVerzuim,
    ongeoorloofdVerzuim: traject.urenOngeoorloofdVerzuim,
    perioden: traject.perioden,
    gemeldTot: traject.gemeldTot ?? null,
  };
}
