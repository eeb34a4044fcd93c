import type { Doelgroep } from '../inburgeraar/dossier.codes.js';
import { isTaalSoort, type Trajectsoort } from '../organisatie/trajectsoort.js';
import type { Leerroute } from '../pip/pip.codes.js';
import { datumNl, isIsoDatum, type IsoDatum } from '../shared/datum.js';
import { controleerMedischeGegevens } from '../privacy/privacy.rules.js';
import type { Overtredingen } from '../shared/domain-error.js';
import { ToewijzingFout as F } from './toewijzing.errors.js';

export interface ToewijzingInvoer {
  inburgeraarId: string;
  contractId: string;
  soort: Trajectsoort;
  cursusnaam?: string | null;
  onderdelen?: string[] | null;
  geplandeStart: IsoDatum;
  geplandeEinde: IsoDatum;
  geplandeUren: number;
  uiterlijkeAfrondingsdatum?: IsoDatum | null;
  tijdensBredeIntake?: boolean | null;
}

export interface ToewijzingContext {
  doelgroep: Doelgroep | null;
  leerroute: Leerroute | null;
  contract: { trajectsoorten: readonly Trajectsoort[]; ingangsdatum: IsoDatum; einddatum: IsoDatum | null };
}

/** Which trajectsoorten belong to which leerroute of the current PIP (001 §3.4.4). MAP and PVT go with every route. */
const SOORTEN_PER_LEERROUTE: Record<Leerroute, readonly Trajectsoort[]> = {
  B: ['B1_ROUTE'],
  O: ['ONDERWIJSROUTE', 'TAALSCHAKELTRAJECT'],
  Z: ['Z_ROUTE', 'Z_ROUTE_PARTICIPATIE'],
};

export function controleerToewijzing(invoer: ToewijzingInvoer, ctx: ToewijzingContext, fouten: Overtredingen): void {
  const datums = [['geplandeStart', invoer.geplandeStart], ['geplandeEinde', invoer.geplandeEinde], ['uiterlijkeAfrondingsdatum', invoer.uiterlijkeAfrondingsdatum]] as const;
  let datumsGeldig = true;
  for (const [veld, waarde] of datums) {
    if (waarde != null && !isIsoDatum(waarde)) {
      fouten.add(F.DATUM_ONGELDIG, `input.${veld}`, `"${waarde}" is geen geldige datum; gebruik JJJJ-MM-DD.`);
      datumsGeldig = false;
    }
  }
  if (datumsGeldig && invoer.geplandeEinde < invoer.geplandeStart) {
    fouten.add(F.PERIODE_OMGEKEERD, 'input.geplandeEinde', 'De geplande einddatum ligt vóór de startdatum.');
  }
  if (!Number.isFinite(invoer.geplandeUren) || invoer.geplandeUren < 0 || invoer.geplandeUren > 9999) {
    fouten.add(F.UREN_ONGELDIG, 'input.geplandeUren', 'Geef de te besteden uren op als een getal van 0 tot 9999.');
  }
  if ((invoer.cursusnaam ?? '').length > 200) fouten.add(F.CURSUSNAAM_TE_LANG, 'input.cursusnaam');
  else controleerMedischeGegevens(fouten, 'cursusnaam', invoer.cursusnaam, 'De aanbieder ziet de cursusnaam: noem de cursus zonder diagnose of behandeling.');

  const mapOfPvt = invoer.soort === 'MAP' || invoer.soort === 'PVT';
  if (invoer.uiterlijkeAfrondingsdatum && !mapOfPvt) {
    fouten.add(F.AFRONDINGSDATUM_ALLEEN_MAP_PVT, 'input.uiterlijkeAfrondingsdatum');
  } else if (datumsGeldig && invoer.uiterlijkeAfrondingsdatum && invoer.uiterlijkeAfrondingsdatum < invoer.geplandeStart) {
    fouten.add(F.AFRONDINGSDATUM_VOOR_START, 'input.uiterlijkeAfrondingsdatum');
  }

  const { contract } = ctx;
  if (!contract.trajectsoorten.includes(invoer.soort)) {
    fouten.add(F.CONTRACT_DEKT_SOORT_NIET, 'input.soort');
  }
  if (datumsGeldig && (invoer.geplandeStart < contract.ingangsdatum || (contract.einddatum && invoer.geplandeStart > contract.einddatum))) {
    fouten.add(F.CONTRACT_NIET_ACTIEF, 'input.geplandeStart', `Het contract loopt van ${datumNl(contract.ingangsdatum)} ${contract.einddatum ? `t/m ${datumNl(contract.einddatum)}` : 'voor onbepaalde tijd'}; de geplande start valt daarbuiten.`);
  }

  if (isTaalSoort(invoer.soort) || invoer.soort === 'Z_ROUTE_PARTICIPATIE') {
    // The gemeente buys the language route only for asielstatushouders (domain.md §2).
    if (ctx.doelgroep !== 'ASIELSTATUSHOUDER') {
      fouten.add(F.TAAL_ALLEEN_ASIELSTATUSHOUDER, 'input.soort');
    }
    if (!ctx.leerroute) {
      fouten.add(F.PIP_ONTBREEKT, 'input.soort');
    } else if (!SOORTEN_PER_LEERROUTE[ctx.leerroute].includes(invoer.soort)) {
      fouten.add(F.SOORT_PAST_NIET_BIJ_LEERROUTE, 'input.soort', `Dit traject past niet bij de leerroute ${ctx.leerroute} van het actuele PIP.`);
    }
  }
}
