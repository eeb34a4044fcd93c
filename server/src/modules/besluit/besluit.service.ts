import { sqlStatement } from '../../db/sql-transactie.js';
import { DossierFout } from '../inburgeraar/dossier.errors.js';
import { eigenDossier } from '../inburgeraar/eigen-dossier.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GemeentePrincipal, Principal } from '../auth/principal.js';
import { vereisGemeente } from '../auth/vereis.js';
import { inzageRegelSql, logInzage } from '../inzage/inzage.js';
import { inburgeringstermijn } from '../pip/inburgeringstermijn.js';
import { PipVersie } from '../pip/pip-versie.entity.js';
import { vandaag as vandaagInNederland, type IsoDatum } from '../shared/datum.js';
import { DomainError, Overtredingen } from '../shared/domain-error.js';
import { isUuid } from '../shared/uuid.js';
import { schrijfVersie, type VersieResultaat } from '../shared/versie.js';
import { plusWerkdagen } from '../shared/werkdagen.js';
import { TRAJECTSOORT_OMSCHRIJVING } from '../organisatie/trajectsoort.js';
import { gemeenteInburgeraarScopeSql, trajectScope, type SqlParam } from '../tenancy/scope.js';
import { Traject } from '../traject/traject.entity.js';
import { DUO_TERMIJN_WERKDAGEN, TRAJECTSOORTEN_PER_BESLUIT } from './besluit.codes.js';
import { BesluitFout as F } from './besluit.errors.js';
import { Besluit } from './besluit.entity.js';
import { controleerBesluit, type BesluitInvoer } from './besluit.rules.js';

export interface BesluitOpdracht extends BesluitInvoer {
  inburgeraarId: string;
  trajectId?: string | null;
}

/** What the gemeente enters at DUO for a decision (MAP-PVT-Zroute API), and by when. */
export function duoRegistratie(b: Besluit) {
  const ja = b.verwijtbaar === 'JA' ? 'Ja' : b.verwijtbaar === 'NEE' ? 'Nee' : undefined;
  const payload = b.soort === 'MAP' ? { datumEindgesprekMap: b.datum ?? undefined, verwijtbaar: ja }
    : b.soort === 'PVT' ? { datumOndertekeningPvt: b.datum ?? undefined, verwijtbaar: ja }
      : { datumAfrondingZroute: b.datum ?? undefined };
  return {
    bericht: JSON.stringify(payload),
    registrerenUiterlijk: plusWerkdagen(vandaagInNederland(b.genomenOp), DUO_TERMIJN_WERKDAGEN),
  };
}

/**
 * The traject a decision rests on must be one of this gemeente's, of this very dossier, and of the decision's
 * soort: a PVT decision resting on another person's MAP traject would send DUO a result nobody earned.
 */
async function controleerTraject(em: EntityManager, gemeente: GemeentePrincipal, inburgeraarId: string, opdracht: BesluitOpdracht, fouten: Overtredingen): Promise<void> {
  if (!opdracht.trajectId) return;
  const traject = isUuid(opdracht.trajectId) ? await em.findOne(Traject, { $and: [{ id: opdracht.trajectId }, trajectScope(gemeente)] }) : null;
  if (!traject) {
    fouten.add(F.TRAJECT_ONBEKEND, 'input.trajectId', 'Dit traject bestaat niet of hoort niet bij uw gemeente.');
  } else if (traject.inburgeraar.id !== inburgeraarId) {
    fouten.add(F.BESLUIT_TRAJECT_ANDER_DOSSIER, 'input.trajectId');
  } else if (!TRAJECTSOORTEN_PER_BESLUIT[opdracht.soort].includes(traject.soort)) {
    const past = TRAJECTSOORTEN_PER_BESLUIT[opdracht.soort].map((s) => TRAJECTSOORT_OMSCHRIJVING[s]).join(' of ');
    fouten.add(F.BESLUIT_TRAJECT_SOORT_PAST_NIET, 'input.trajectId', `Dit is een traject ${TRAJECTSOORT_OMSCHRIJVING[traject.soort]}; een besluit over ${opdracht.soort === 'Z_ROUTE' ? 'de Z-route' : opdracht.soort} steunt op een traject ${past}.`);
  }
}

export class BesluitService {
  constructor(private readonly em: EntityManager) {}

  async neemBesluit(principal: Principal, opdracht: BesluitOpdracht, vandaag: IsoDatum = vandaagInNederland()): Promise<{ resultaat: VersieResultaat; besluit: Besluit }> {
    const gemeente = vereisGemeente(principal);
    return this.em.transactional(async (em) => {
      const persoon = await eigenDossier(em, gemeente, opdracht.inburgeraarId, 'input.inburgeraarId', { wijzigen: true });

      const [pip, termijn, actueel] = await Promise.all([
        em.findOne(PipVersie, { inburgeraar: persoon }, { orderBy: { versie: 'desc' } }),
        inburgeringstermijn(em, persoon.id),
        em.find(Besluit, { inburgeraar: persoon, vervangenOp: null }),
      ]);
      const vorige = actueel.find((b) => b.soort === opdracht.soort) ?? null;
      const fouten = new Overtredingen();
      controleerBesluit(opdracht, {
        vandaag, gemeenteId: gemeente.gemeenteId, termijn,
        actuelePip: pip ? { gemeenteId: pip.gemeente.id, leerroute: pip.leerroute } : null,
        vorige: vorige ? { gemeenteId: vorige.gemeente.id, datum: vorige.datum ?? null } : null,
        datumAfrondingZroute: actueel.find((b) => b.soort === 'Z_ROUTE')?.datum ?? null,
      }, fouten);
      await controleerTraject(em, gemeente, persoon.id, opdracht, fouten);
      fouten.throwIfAny();

      const datum = opdracht.datum ?? null;
      const verwijtbaar = opdracht.verwijtbaar ?? null;
      const trajectId = opdracht.trajectId ?? null;
      const { resultaat, actueel: besluit } = await schrijfVersie(em, {
        vorige,
        gelijk: (v) => (v.datum ?? null) === datum && (v.verwijtbaar ?? null) === verwijtbaar && (v.trajectId ?? null) === trajectId,
        maak: (versie, nu) => em.create(Besluit, {
          inburgeraar: persoon, gemeente: gemeente.gemeenteId, soort: opdracht.soort, versie,
          datum, verwijtbaar, trajectId, genomenDoor: gemeente.gebruikerId!, genomenOp: nu, vervangenOp: null,
        }),
        log: () => logInzage(em, gemeente, 'DOSSIER_GEWIJZIGD', [persoon.id]),
      });
      return { resultaat, besluit };
    });
  }

  /** Every version of every decision about one person, newest first. */
  async besluiten(principal: Principal, inburgeraarId: string): Promise<Besluit[]> {
    const gemeente = vereisGemeente(principal);
    const besluiten = isUuid(inburgeraarId) ? await besluitenVanEigenDossier(this.em, gemeente, inburgeraarId) : undefined;
    if (!besluiten) throw DomainError.van(DossierFout.DOSSIER_ONBEKEND, 'inburgeraarId');
    return besluiten; // with its BESLUITEN_GELEZEN line, written by the same statement
  }
}

/**
 * The decisions of one of the gemeente's own dossiers and their access-log line in one statement (they sit beside the
 * dossier on its page, which reads the rest in one statement too, dossier.view.ts); undefined, and nothing logged, when
 * the id is not one of the gemeente's dossiers.
 */
async function besluitenVanEigenDossier(em: EntityManager, gemeente: GemeentePrincipal, inburgeraarId: string): Promise<Besluit[] | undefined> {
  const waarden: unknown[] = [inburgeraarId];
  const param: SqlParam = (waarde) => `$${waarden.push(waarde)}`;
  const [rij] = await sqlStatement<{ besluiten: Record<string, unknown>[] }>(em,
    `with persoon as (select i.id from inburgeraar i where i.id = $1::uuid and ${gemeenteInburgeraarScopeSql(gemeente, 'i', param)}),
          regel as (${inzageRegelSql(gemeente, 'BESLUITEN_GELEZEN', 'array(select p.id from persoon p)', param)})
     select coalesce((select jsonb_agg(to_jsonb(b) order by b.soort, b.versie desc) from besluit b where b.inburgeraar_id = i.id), '[]') as besluiten
       from persoon i`, waarden);
  return rij?.besluiten.map((b) => em.map(Besluit, b));
}

/** Every version of every decision about a person the caller has already found in its own scope; logs nothing itself. */
export function besluitenVan(em: EntityManager, inburgeraarId: string): Promise<Besluit[]> {
  return em.find(Besluit, { inburgeraar: inburgeraarId }, { orderBy: { soort: 'asc', versie: 'desc' } });
}
