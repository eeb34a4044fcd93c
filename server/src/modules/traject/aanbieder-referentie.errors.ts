import { AlgemeneFout } from '../shared/algemeen.errors.js';
import { foutcatalogus } from '../shared/domain-error.js';

/** Domain codes of the aanbieder's own reference for a traject, and of naming a traject by it in an upload. */
export enum AanbiederReferentieFout {
  TRAJECT_ONBEKEND = AlgemeneFout.TRAJECT_ONBEKEND,
  REFERENTIE_TE_LANG = 'REFERENTIE_TE_LANG',
  REFERENTIE_TEKENS_ONGELDIG = 'REFERENTIE_TEKENS_ONGELDIG',
  /** Another running traject of the same aanbieder already has this reference. */
  REFERENTIE_DUBBEL = 'REFERENTIE_DUBBEL',
  /** An upload row names a reference none of the aanbieder's running trajecten has. */
  REFERENTIE_ONBEKEND = 'REFERENTIE_ONBEKEND',
  /** An upload row names its traject by neither trajectId nor aanbiederReferentie, or by both. */
  TRAJECT_OF_REFERENTIE = 'TRAJECT_OF_REFERENTIE',
}

foutcatalogus('aanbiederReferentie', AanbiederReferentieFout, {
  REFERENTIE_TE_LANG: { soort: 'BAD_USER_INPUT', melding: 'Een eigen referentie is hoogstens 40 tekens.' },
  REFERENTIE_TEKENS_ONGELDIG: { soort: 'BAD_USER_INPUT', melding: 'Een eigen referentie bestaat uit letters (zonder accenten), cijfers, spaties en - _ . /, en begint niet met een spatie.' },
  REFERENTIE_DUBBEL: { soort: 'CONFLICT', melding: 'Deze referentie heeft al een ander lopend traject van uw organisatie; kies een andere of haal hem daar eerst weg.' },
  REFERENTIE_ONBEKEND: { soort: 'BAD_USER_INPUT', melding: 'Geen lopend traject van uw organisatie heeft deze eigen referentie; controleer hem of gebruik het trajectId.' },
  TRAJECT_OF_REFERENTIE: { soort: 'BAD_USER_INPUT', melding: 'Noem het traject met trajectId of met uw eigen referentie (aanbiederReferentie), niet met allebei en niet met geen van beide.' },
});
