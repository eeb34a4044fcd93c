/** The encodings a Dutch school's spreadsheet writes a CSV in: UTF-8 (with or without BOM), Excel's "Unicode" UTF-16 and Windows-1252. */
export type Codering = 'utf-8' | 'utf-16le' | 'windows-1252';

/**
 * Reads a text file's bytes the way they were written. A BOM decides; otherwise bytes that are valid UTF-8 are UTF-8
 * (plain ASCII is both), and anything else is Windows-1252, what Excel on Windows writes for "CSV (gescheiden door
 * lijstscheidingsteken)": every byte is a character there, so "é" as 0xE9 never becomes a replacement character.
 */
export function decodeer(bytes: Uint8Array): { tekst: string; codering: Codering } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { tekst: new TextDecoder('utf-16le').decode(bytes), codering: 'utf-16le' };
  try {
    // The default decoder drops a UTF-8 BOM; fatal makes invalid UTF-8 throw instead of turning into U+FFFD.
    return { tekst: new TextDecoder('utf-8', { fatal: true }).decode(bytes), codering: 'utf-8' };
  } catch {
    return { tekst: new TextDecoder('windows-1252').decode(bytes), codering: 'windows-1252' };
  }
}
