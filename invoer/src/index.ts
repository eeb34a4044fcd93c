export { leesAanwezigheidBestand } from './bestand.js';
export { leesCsvTekst } from './csv.js';
export { decodeer, type Codering } from './tekst.js';
export { KOLOMMEN, leesTabel, type Ingelezen, type Inlezen, type InvoerRegel, type Kolom, type Tabelregel } from './tabel.js';
export {
  isLeegeRij, LEEG_UREN, leesAanwezigheid, UREN_VELDEN,
  type AanwezigheidRij, type AanwezigheidVeld, type Celfout, type GelezenRij, type RuweAanwezigheid,
} from './aanwezigheid.js';
export { leesDatum, leesUren, type Gelezen } from './waarden.js';
export { bestandsfout, InvoerFout, type Bestandsfout } from './problemen.js';
