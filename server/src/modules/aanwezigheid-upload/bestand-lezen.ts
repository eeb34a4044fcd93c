import { leesAanwezigheidBestand, type AanwezigheidRij, type Inlezen } from '@portal/invoer';

/** What a line of an uploaded file says, as the attendance service takes it. */
export type UploadInvoer = AanwezigheidRij;
export type GelezenBestand = Inlezen;

/**
 * Reads an uploaded file with the reader the web client uses too (CSV in UTF-8 or Windows-1252, or .xlsx), so a
 * line is read, skipped or refused the same way wherever the file was read.
 */
export function leesUploadBestand(bytes: Uint8Array, bestandsnaam: string): Promise<GelezenBestand> {
  return leesAanwezigheidBestand(bytes, bestandsnaam);
}
