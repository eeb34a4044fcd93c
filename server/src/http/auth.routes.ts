import type { MikroORM } from '@mikro-orm/postgresql';
import { Router } from 'express';
import type { PortalConfig } from '../config.js';
import { AuthService, dummyHash } from '../modules/auth/auth.service.js';
import { InlogDrempel } from '../modules/auth/inlog-drempel.js';
import { EigenWachtwoordService } from '../modules/auth/eigen-wachtwoord.service.js';
import { AuthFout, EigenWachtwoordFout } from '../modules/auth/auth.errors.js';
import { DomainError } from '../modules/shared/domain-error.js';
import { logGeweigerdeLogin } from '../modules/inzage/inzage.js';
import { stuurFout } from './fout-antwoord.js';
import { TEKSTGRENZEN } from '../graphql/tekstgrenzen.js';
import { samen, tekstfout } from '../graphql/tekstcontrole.js';
import { WACHTWOORD_MAX } from '../modules/auth/eigen-wachtwoord.service.js';
import { organisatieId, type Principal } from '../modules/auth/principal.js';
import { leesSessieToken, wisSessieCookie, zetSessieCookie } from './session-cookie.js';
import { emAls } from '../modules/tenancy/database-principaal.js';

/**
 * Each text of a body held to its maximum, without NUL or lone surrogate, before any SQL or password hash runs (a
 * megabyte e-mail address would otherwise cost a query and an argon2 hash). A password has the policy's maximum.
 */
function tekstFout(velden: Readonly<Record<string, [string, number]>>): DomainError | undefined {
  return samen(Object.entries(velden).flatMap(([veld, [tekst, max]]) => tekstfout(tekst, max, veld) ?? []));
}

export function principalJson(principal: Principal) {
  return {
    soort: principal.soort,
    organisatieId: organisatieId(principal),
    organisatieNaam: principal.organisatieNaam,
    naam: principal.naam,
    rollen: principal.rollen,
    wachtwoordWijzigen: principal.wachtwoordWijzigen ?? false,
  };
}

/** POST /auth/login, POST /auth/logout, GET /auth/me, POST /auth/wachtwoord. */
export async function authRoutes(orm: MikroORM, config: PortalConfig): Promise<Router> {
  const router = Router();
  // The throttle's counters live in PostgreSQL, on the ORM's own pool: every instance sees the same counts.
  const drempel = new InlogDrempel(await orm.em.getConnection().getNativeClient(), config.loginGrenzen);
  // Hashed now, not on the first unknown address: that one would otherwise take two argon2 runs instead of one.
  await dummyHash();

  router.post('/login', async (req, res) => {
    const { email, password } = (req.body ?? {}) as { email?: unknown; password?: unknown };
    if (typeof email !== 'string' || typeof password !== 'string' || !email || !password) {
      stuurFout(res, DomainError.van(AuthFout.INLOG_ONVOLLEDIG, ''));
      return;
    }
    const ongeldig = tekstFout({ email: [email, TEKSTGRENZEN.perNaam.email!], password: [password, WACHTWOORD_MAX] });
    if (ongeldig) {
      stuurFout(res, ongeldig);
      return;
    }
    const result = await new AuthService(orm.em.fork(), config.sessionHours).login(email, password, { ip: req.ip ?? '', drempel });
    if (result.soort === 'te-vaak') {
      await logGeweigerdeLogin(orm.em, email, AuthFout.INLOG_TE_VAAK); // refusals are logged too (issue 11)
      res.setHeader('Retry-After', String(result.wachtSeconden));
      const minuten = Math.ceil(result.wachtSeconden / 60);
      stuurFout(res, DomainError.van(AuthFout.INLOG_TE_VAAK, '', `Te veel mislukte pogingen om in te loggen. Probeer het over ${minuten === 1 ? '1 minuut' : `${minuten} minuten`} opnieuw.`));
      return;
    }
    if (result.soort === 'onjuist') {
      await logGeweigerdeLogin(orm.em, email, AuthFout.INLOG_ONJUIST); // the same line for an unknown address and a wrong password
      // Deliberately the same answer for an unknown address and a wrong password.
      stuurFout(res, DomainError.van(AuthFout.INLOG_ONJUIST, ''));
      return;
    }
    zetSessieCookie(res, result.token, result.verlooptOp, config.cookieSecure);
    res.json({ principal: principalJson(result.principal) });
  });

  router.post('/logout', async (req, res) => {
    const token = leesSessieToken(req);
    if (token) await new AuthService(orm.em.fork()).logout(token);
    wisSessieCookie(res, config.cookieSecure);
    res.status(204).end();
  });

  router.get('/me', (_req, res) => {
    // Who is logged in is nothing for a browser's or a proxy's cache, not even a 401.
    res.setHeader('Cache-Control', 'no-store');
    const principal = res.locals.principal;
    if (!principal) {
      stuurFout(res, DomainError.van(AuthFout.NIET_INGELOGD, ''));
      return;
    }
    res.json({ principal: principalJson(principal) });
  });

  // Outside GraphQL on purpose: it is the one thing a user who must replace an initial password may do.
  router.post('/wachtwoord', async (req, res) => {
    const principal = res.locals.principal;
    const token = leesSessieToken(req);
    if (!principal || !token) {
      stuurFout(res, DomainError.van(AuthFout.NIET_INGELOGD, ''));
      return;
    }
    const { huidig, nieuw } = (req.body ?? {}) as { huidig?: unknown; nieuw?: unknown };
    // A password is text: String({}) is "[object Object]", 15 characters, which would have become the new password.
    const geenTekst = Object.entries({ huidig, nieuw }).find(([, waarde]) => waarde != null && typeof waarde !== 'string');
    if (geenTekst) {
      stuurFout(res, DomainError.van(EigenWachtwoordFout.WACHTWOORD_GEEN_TEKST, geenTekst[0]));
      return;
    }
    // The new password's own maximum is the service's rule (WACHTWOORD_TE_LANG); this only stops what no password is.
    const ongeldig = tekstFout({ huidig: [String(huidig ?? ''), WACHTWOORD_MAX], nieuw: [String(nieuw ?? ''), 10 * WACHTWOORD_MAX] });
    if (ongeldig) {
      stuurFout(res, ongeldig);
      return;
    }
    try {
      const bijgewerkt = await new EigenWachtwoordService(emAls(orm.em, principal)).wijzig(principal, token, String(huidig ?? ''), String(nieuw ?? ''));
      res.json({ principal: principalJson(bijgewerkt) });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      stuurFout(res, error);
    }
  });

  return router;
}
