import { foutcatalogus } from '../shared/domain-error.js';

/** Codes of an attendance upload: the file as it arrives, and the steps the user takes with it. */
export enum UploadFout {
  UPLOAD_ONBEKEND = 'UPLOAD_ONBEKEND',
  UPLOAD_LEEG = 'UPLOAD_LEEG',
  UPLOAD_TE_GROOT = 'UPLOAD_TE_GROOT',
  UPLOAD_BESTANDSNAAM_ONGELDIG = 'UPLOAD_BESTANDSNAAM_ONGELDIG',
  UPLOAD_NIET_GECONTROLEERD = 'UPLOAD_NIET_GECONTROLEERD',
  UPLOAD_CORRECTIES_NIET_BEVESTIGD = 'UPLOAD_CORRECTIES_NIET_BEVESTIGD',
  UPLOAD_NIETS_OP_TE_SLAAN = 'UPLOAD_NIETS_OP_TE_SLAAN',
  UPLOAD_NIET_INTREKBAAR = 'UPLOAD_NIET_INTREKBAAR',
}

const ROUTE = 'POST /upload/aanwezigheid';

foutcatalogus('aanwezigheid-upload', UploadFout, {
  UPLOAD_ONBEKEND: { soort: 'NOT_FOUND', melding: 'Deze upload bestaat niet of is niet van uw organisatie.' },
  UPLOAD_LEEG: { soort: 'BAD_USER_INPUT', melding: 'Het bestand is leeg.', route: ROUTE },
  UPLOAD_TE_GROOT: { soort: 'BAD_USER_INPUT', melding: 'Het bestand is te groot (hoogstens 10 MB); splits het in delen.', route: ROUTE },
  UPLOAD_BESTANDSNAAM_ONGELDIG: { soort: 'BAD_USER_INPUT', melding: 'Geef de naam van het bestand mee (parameter bestandsnaam, hoogstens 200 tekens).', route: ROUTE },
  UPLOAD_NIET_GECONTROLEERD: { soort: 'CONFLICT', melding: 'Deze upload kan nu niet worden opgeslagen: de controle is nog niet klaar, of hij is al opgeslagen of ingetrokken.' },
  UPLOAD_CORRECTIES_NIET_BEVESTIGD: { soort: 'BAD_USER_INPUT', melding: 'Deze upload corrigeert al gemelde perioden; bevestig de correcties (correctiesBevestigd) om op te slaan.' },
  UPLOAD_NIETS_OP_TE_SLAAN: { soort: 'BAD_USER_INPUT', melding: 'Geen enkele regel van deze upload is in orde; er is niets om op te slaan.' },
  UPLOAD_NIET_INTREKBAAR: { soort: 'CONFLICT', melding: 'Deze upload wordt al opgeslagen of is al opgeslagen; intrekken kan dan niet meer.' },
});

/** The largest file taken: a national school's week is a few thousand lines, well under 1 MB as CSV. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_BESTANDSNAAM = 200;
