/**
 * The codes of what a file or a cell can be refused for before anything is sent. The server's job and the web client
 * report the same code, so a school's error report reads the same wherever the file was read.
 */
export const InvoerFout = {
  /** A cell that must hold something is empty; an empty cell is never read as 0. */
  LEEG: 'LEEG',
  UREN_ONLEESBAAR: 'UREN_ONLEESBAAR',
  UREN_NEGATIEF: 'UREN_NEGATIEF',
  UREN_TE_VEEL_DECIMALEN: 'UREN_TE_VEEL_DECIMALEN',
  DATUM_ONLEESBAAR: 'DATUM_ONLEESBAAR',
  DATUM_ONBESTAAND: 'DATUM_ONBESTAAND',
  DATUM_BUITEN_BEREIK: 'DATUM_BUITEN_BEREIK',
  /** A line names its traject neither by the portal's id nor by the school's own reference. */
  TRAJECT_ONTBREEKT: 'TRAJECT_ONTBREEKT',
  /** The whole file: not a type we read (e.g. the old .xls, .ods). */
  BESTANDSTYPE_ONBEKEND: 'BESTANDSTYPE_ONBEKEND',
  /** The whole file: damaged, or not the type its name says. */
  BESTAND_ONLEESBAAR: 'BESTAND_ONLEESBAAR',
  /** The whole file: the header row lacks required columns. */
  KOLOMMEN_ONTBREKEN: 'KOLOMMEN_ONTBREKEN',
} as const;
export type InvoerFout = (typeof InvoerFout)[keyof typeof InvoerFout];

/** Why the whole file could not be read; no line of it is used. */
export interface Bestandsfout {
  ok: false;
  code: InvoerFout;
  melding: string;
}

export function bestandsfout(code: InvoerFout, melding: string): Bestandsfout {
  return { ok: false, code, melding };
}
