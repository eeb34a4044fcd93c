import { AlgemeneFout } from '../shared/algemeen.errors.js';
import { foutcatalogus } from '../shared/domain-error.js';

/** Domain codes of the gemeente's aanbieder overview. */
export enum AanbiederOverzichtFout {
  AANBIEDER_ONBEKEND = AlgemeneFout.AANBIEDER_ONBEKEND,
}

// Only shared codes so far: nothing of its own to define.
foutcatalogus('aanbieder-overzicht', AanbiederOverzichtFout, {});
