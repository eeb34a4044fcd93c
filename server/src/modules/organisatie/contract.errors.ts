import { AlgemeneFout } from '../shared/algemeen.errors.js';
import { foutcatalogus } from '../shared/domain-error.js';

/** Domain codes of closing and ending contracts with aanbieders. */
export enum ContractFout {
  AANBIEDER_ONBEKEND = AlgemeneFout.AANBIEDER_ONBEKEND,
  CONTRACT_ONBEKEND = AlgemeneFout.CONTRACT_ONBEKEND,
  SOORTEN_ONTBREKEN = 'CONTRACT_SOORTEN_ONTBREKEN',
  DATUM_ONGELDIG = 'CONTRACT_DATUM_ONGELDIG',
  EINDE_VOOR_INGANG = 'CONTRACT_EINDE_VOOR_INGANG',
  VERWERKERSOVEREENKOMST_NA_INGANG = 'VERWERKERSOVEREENKOMST_NA_INGANG',
  TRAJECT_LOOPT_LANGER = 'CONTRACT_TRAJECT_LOOPT_LANGER',
}

foutcatalogus('organisatie', ContractFout, {
  CONTRACT_SOORTEN_ONTBREKEN: { soort: 'BAD_USER_INPUT', melding: 'Kies minstens één soort traject uit de lijst.' },
  // Its own code (not DATUM_ONGELDIG): kept as it was, clients rely on it.
  CONTRACT_DATUM_ONGELDIG: { soort: 'BAD_USER_INPUT', melding: 'Dit is geen geldige datum; gebruik JJJJ-MM-DD.' },
  CONTRACT_EINDE_VOOR_INGANG: { soort: 'BAD_USER_INPUT', melding: 'De einddatum ligt vóór de ingangsdatum.' },
  VERWERKERSOVEREENKOMST_NA_INGANG: {
    soort: 'BAD_USER_INPUT',
    melding: 'De verwerkersovereenkomst moet uiterlijk op de ingangsdatum getekend zijn: de aanbieder verwerkt vanaf dan persoonsgegevens.',
  },
  CONTRACT_TRAJECT_LOOPT_LANGER: { soort: 'BAD_USER_INPUT', melding: 'Er lopen trajecten onder dit contract die later eindigen; rond die eerst af of kies een latere einddatum.' },
});
