import { UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import { logBeheer } from '../beheerlog/beheer-log.js';
import { DomainError, Overtredingen } from '../shared/domain-error.js';
import { isUuid } from '../shared/uuid.js';
import { Gebruiker } from './gebruiker.entity.js';
import { GebruikerBeheerFout as F } from './gebruiker-beheer.errors.js';
import type { Principal } from './principal.js';
import { ROLLEN, type Rol } from './rol.js';
import { Sessie } from './sessie.entity.js';
import { vereisBeheer } from './vereis.js';
import { hashWachtwoord } from './wachtwoord.js';
import { wisAccountTeller } from './inlog-drempel.js';

/** Deliberately simple: one @, no spaces, a dot in the domain. The real check is the user receiving mail. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface GebruikerView {
  id: string;
  naam: string;
  email: string;
  rollen: Rol[];
  actief: boolean;
  laatsteLoginOp: Date | null;
  ikZelf: boolean;
}

type Beheerder = Principal & { gebruikerId: string };

/**
 * Users and roles of the principal's own organisation, the same for a gemeente and an aanbieder. Users of
 * another organisation are "not found", never "forbidden", so their existence is not revealed.
 */
export class GebruikerBeheerService {
  constructor(private readonly em: EntityManager) {}

  async lijst(principal: Principal): Promise<GebruikerView[]> {
    const beheerder = vereisBeheer(principal);
    const gebruikers = await this.em.find(Gebruiker, eigenOrganisatie(beheerder), { orderBy: { naam: 'asc', email: 'asc' } });
    return gebruikers.map((g) => view(g, beheerder));
  }

  /** The initial password is returned once, here; only its argon2 hash is stored (like API tokens). */
  async maak(principal: Principal, input: { naam: string; email: string; rollen: Rol[] }): Promise<{ gebruiker: GebruikerView; initieelWachtwoord: string }> {
    const beheerder = vereisBeheer(principal);
    const naam = input.naam.trim();
    const email = input.email.trim().toLowerCase();
    const fouten = new Overtredingen();
    if (naam.length < 1 || naam.length > 100) fouten.add(F.NAAM_ONGELDIG, 'input.naam');
    if (!EMAIL.test(email) || email.length > 254) fouten.add(F.EMAIL_ONGELDIG, 'input.email');
    controleerRollen(input.rollen, fouten, 'input.rollen');
    fouten.throwIfAny();
    // One address, one login across the whole portal: login looks a user up by address alone. This sees the beheerder's
    // own organisation (row-level security); an address in use elsewhere is found by the unique index at the flush.
    if (await this.em.count(Gebruiker, { email })) throw emailBestaatAl();

    const initieelWachtwoord = eenmaligWachtwoord();
    const gebruiker = this.em.create(Gebruiker, {
      naam, email, rollen: [...new Set(input.rollen)], actief: true, wachtwoordHash: await hashWachtwoord(initieelWachtwoord), wachtwoordWijzigen: true,
      gemeente: beheerder.soort === 'gemeente' ? beheerder.gemeenteId : null,
      aanbieder: beheerder.soort === 'aanbieder' ? beheerder.aanbiederId : null,
      laatsteLoginOp: null, vorigeLoginOp: null,
    });
    logBeheer(this.em, beheerder, 'GEBRUIKER_GEMAAKT', gebruiker.id, { email, rollen: gebruiker.rollen });
    try {
      await this.em.flush();
    } catch (error) {
      // An address of another organisation, or two beheerders adding the same address at once: the unique index decides.
      if (error instanceof UniqueConstraintViolationException) throw emailBestaatAl();
      throw error;
    }
    return { gebruiker: view(gebruiker, beheerder), initieelWachtwoord };
  }

  async wijzigRollen(principal: Principal, gebruikerId: string, rollen: Rol[]): Promise<GebruikerView> {
    const beheerder = vereisBeheer(principal);
    const gebruiker = await this.eigen(beheerder, gebruikerId);
    const fouten = new Overtredingen();
    controleerRollen(rollen, fouten, 'rollen');
    // An organisation must never lock itself out: nobody removes their own BEHEER.
    if (gebruiker.id === beheerder.gebruikerId && !rollen.includes('BEHEER')) {
      fouten.add(F.EIGEN_BEHEER_BLIJFT, 'rollen');
    }
    fouten.throwIfAny();
    const voor = gebruiker.rollen;
    gebruiker.rollen = ROLLEN.filter((r) => rollen.includes(r));
    logBeheer(this.em, beheerder, 'ROLLEN_GEWIJZIGD', gebruiker.id, { voor, na: gebruiker.rollen });
    await this.em.flush();
    return view(gebruiker, beheerder);
  }

  /** Deactivating also ends the user's sessions at once: a departed employee is out now, not in eight hours. */
  async zetActief(principal: Principal, gebruikerId: string, actief: boolean): Promise<GebruikerView> {
    const beheerder = vereisBeheer(principal);
    const gebruiker = await this.eigen(beheerder, gebruikerId);
    if (!actief && gebruiker.id === beheerder.gebruikerId) {
      throw DomainError.van(F.ZICHZELF_DEACTIVEREN, 'actief');
    }
    if (gebruiker.actief === actief) return view(gebruiker, beheerder);
    gebruiker.actief = actief;
    logBeheer(this.em, beheerder, actief ? 'GEBRUIKER_GEACTIVEERD' : 'GEBRUIKER_GEDEACTIVEERD', gebruiker.id, {});
    await this.em.flush();
    // After the flush: sessions of an inactive user are refused anyway (principalVoorSessie), so the order is safe.
    if (!actief) await this.em.nativeDelete(Sessie, { gebruiker: gebruiker.id });
    return view(gebruiker, beheerder);
  }

  /**
   * A user of the own organisation lost their password: a new one-time password, returned once (only its hash is
   * stored), to be replaced at the next login (wachtwoordWijzigen: until then the API refuses everything else); every
   * session of the user ends and the account's login throttle starts afresh, in one transaction with its log line.
   */
  async resetWachtwoord(principal: Principal, gebruikerId: string): Promise<{ gebruiker: GebruikerView; eenmaligWachtwoord: string }> {
    const beheerder = vereisBeheer(principal);
    const gebruiker = await this.eigen(beheerder, gebruikerId);
    // Their own goes through "Wachtwoord wijzigen", which asks the current one; this would bypass that.
    if (gebruiker.id === beheerder.gebruikerId) throw DomainError.van(F.ZICHZELF_RESETTEN, 'gebruikerId');
    const wachtwoord = eenmaligWachtwoord();
    const wachtwoordHash = await hashWachtwoord(wachtwoord);
    await this.em.transactional(async (tx) => {
      await tx.nativeUpdate(Gebruiker, { id: gebruiker.id }, { wachtwoordHash, wachtwoordWijzigen: true });
      await tx.nativeDelete(Sessie, { gebruiker: gebruiker.id });
      await wisAccountTeller(tx, gebruiker.email);
      logBeheer(tx, beheerder, 'WACHTWOORD_GERESET', gebruiker.id, {});
    });
    return { gebruiker: view(gebruiker, beheerder), eenmaligWachtwoord: wachtwoord };
  }

  private async eigen(beheerder: Beheerder, gebruikerId: string): Promise<Gebruiker> {
    const gebruiker = isUuid(gebruikerId) ? await this.em.findOne(Gebruiker, { $and: [eigenOrganisatie(beheerder), { id: gebruikerId }] }) : null;
    if (!gebruiker) {
      throw DomainError.van(F.ONBEKEND, 'gebruikerId');
    }
    return gebruiker;
  }
}

/** 144 random bits, 24 characters: never on a list, never chosen by anyone, so outside the password policy. */
function eenmaligWachtwoord(): string {
  return randomBytes(18).toString('base64url');
}

function eigenOrganisatie(principal: Principal): FilterQuery<Gebruiker> {
  return principal.soort === 'gemeente' ? { gemeente: principal.gemeenteId } : { aanbieder: principal.aanbiederId };
}

function controleerRollen(rollen: readonly string[], fouten: Overtredingen, veld: string): void {
  if (rollen.length === 0) fouten.add(F.ROLLEN_ONTBREKEN, veld);
  else if (rollen.some((r) => !(ROLLEN as readonly string[]).includes(r))) fouten.add(F.ROL_ONBEKEND, veld);
}

function emailBestaatAl(): DomainError {
  return DomainError.van(F.EMAIL_BESTAAT_AL, 'input.email');
}

function view(g: Gebruiker, beheerder: Beheerder): GebruikerView {
  return { id: g.id, naam: g.naam, email: g.email, rollen: g.rollen, actief: g.actief, laatsteLoginOp: g.laatsteLoginOp ?? null, ikZelf: g.id === beheerder.gebruikerId };
}
