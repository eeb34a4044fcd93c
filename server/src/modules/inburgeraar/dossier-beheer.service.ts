import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { eigenDossier } from './eigen-dossier.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal.js';
import { vereisGemeente } from '../auth/vereis.js';
import { isIsoDatum, vandaag as vandaagInNederland, type IsoDatum } from '../shared/datum.js';
import { DomainError, Overtredingen } from '../shared/domain-error.js';
import { logInzage } from '../inzage/inzage.js';
import { normaliseerBsn } from './bsn.js';
import { DoelgroepPeriode } from './doelgroep-periode.entity.js';
import type { Doelgroep, Regime } from './dossier.codes.js';
import { DossierFout as F } from './dossier.errors.js';
import { controleerDossierGegevens, normaliseerPostcode, type DossierGegevens } from './dossier.rules.js';
import { Inburgeraar } from './inburgeraar.entity.js';

export interface RegistratieInvoer extends DossierGegevens {
  bsn: string;
  voornamen: string;
  tussenvoegsel?: string | null;
  achternaam: string;
  geboortedatum: IsoDatum;
  geslacht?: 'MAN' | 'VROUW' | 'ONBEKEND' | null;
  regime?: Regime | null;
  doelgroep: Doelgroep;
  doelgroepBegindatum: IsoDatum;
}

/** Registering a new dossier (e.g. after DUO's SS101 "persoon is inburgeringsplichtig") and keeping it up to date. */
export class DossierBeheerService {
  constructor(private readonly em: EntityManager) {}

  async registreer(principal: Principal, invoer: RegistratieInvoer, vandaag: IsoDatum = vandaagInNederland()): Promise<Inburgeraar> {
    const gemeente = vereisGemeente(principal);
    const fouten = new Overtredingen();
    const bsn = normaliseerBsn(invoer.bsn);
    if (!bsn) fouten.add(F.BSN_ONGELDIG, 'input.bsn');
    for (const veld of ['voornamen', 'achternaam'] as const) {
      const waarde = invoer[veld].trim();
      if (waarde.length < 1 || waarde.length > 200) fouten.add(F.NAAM_ONGELDIG, `input.${veld}`);
    }
    if (!isIsoDatum(invoer.geboortedatum) || invoer.geboortedatum > vandaag) {
      fouten.add(F.GEBOORTEDATUM_ONGELDIG, 'input.geboortedatum');
    }
    if (!isIsoDatum(invoer.doelgroepBegindatum)) fouten.add(F.DATUM_ONGELDIG, 'input.doelgroepBegindatum', 'Vul een geldige datum in (JJJJ-MM-DD).');
    controleerDossierGegevens(invoer, vandaag, fouten);
    fouten.throwIfAny();

    try {
      return await this.em.transactional(async (em) => {
        const persoon = em.create(Inburgeraar, {
          gemeente: gemeente.gemeenteId, bsn: bsn!, voornamen: invoer.voornamen.trim(), tussenvoegsel: invoer.tussenvoegsel?.trim() || null,
          achternaam: invoer.achternaam.trim(), geboortedatum: invoer.geboortedatum, geslacht: invoer.geslacht ?? 'ONBEKEND',
          regime: invoer.regime ?? 'WI2021', ...schoon(invoer),
        });
        em.create(DoelgroepPeriode, { inburgeraar: persoon, doelgroep: invoer.doelgroep, begindatum: invoer.doelgroepBegindatum, einddatum: null });
        await em.flush();
        await logInzage(em, gemeente, 'DOSSIER_GEWIJZIGD', [persoon.id]);
        return persoon;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        // Said without revealing which gemeente has the person: that is not this gemeente's business.
        throw DomainError.van(F.BSN_BESTAAT_AL, 'input.bsn');
      }
      throw error;
    }
  }

  async wijzig(principal: Principal, id: string, gegevens: DossierGegevens, vandaag: IsoDatum = vandaagInNederland()): Promise<Inburgeraar> {
    const gemeente = vereisGemeente(principal);
    // The right is a yes or no (NOT NULL): a null sent means none known, as leaving it out of a registration does.
    if (gegevens.rechtMaatschappelijkeBegeleiding === null) gegevens = { ...gegevens, rechtMaatschappelijkeBegeleiding: false };
    return this.em.transactional(async (em) => {
      const persoon = await eigenDossier(em, gemeente, id, 'id', { wijzigen: true });
      // Rules apply to the dossier as it will be, so a change of one field is checked against the others.
      const fouten = new Overtredingen();
      controleerDossierGegevens({ ...persoon, ...gegevens } as DossierGegevens, vandaag, fouten);
      fouten.throwIfAny();
      em.assign(persoon, schoon(gegevens));
      await em.flush();
      await logInzage(em, gemeente, 'DOSSIER_GEWIJZIGD', [persoon.id]);
      return persoon;
    });
  }
}

/** Only the fields that were sent; trimmed, postcode normalised, empty strings as null. */
function schoon(g: DossierGegevens): Partial<Inburgeraar> {
  const uit: Record<string, unknown> = {};
  for (const [veld, waarde] of Object.entries(g)) {
    if (waarde === undefined) continue;
    uit[veld] = typeof waarde === 'string' ? (waarde.trim() === '' ? null : waarde.trim()) : waarde;
  }
  if (typeof uit.postcode === 'string') uit.postcode = normaliseerPostcode(uit.postcode);
  for (const veld of ['bsn', 'voornamen', 'tussenvoegsel', 'achternaam', 'geboortedatum', 'geslacht', 'regime', 'doelgroep', 'doelgroepBegindatum']) delete uit[veld];
  return uit as Partial<Inburgeraar>;
}
