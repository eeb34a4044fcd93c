import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { inSqlTransactie, type SqlTransactie } from '../../db/sql-transactie.js';
import { opTijdGemeld } from '../aanbieder-overzicht/meldtermijn.js';
import type { AanbiederPrincipal } from '../auth/principal.js';
import { logInzageInTransactie } from '../inzage/inzage.js';
import { datumNl, type IsoDatum } from '../shared/datum.js';
import { DomainError, Overtredingen, type Overtreding } from '../shared/domain-error.js';
import { isUuid } from '../shared/uuid.js';
import type { VersieResultaat } from '../shared/versie.js';
import { aanbiederTrajectScopeSql } from '../tenancy/scope.js';
import { AanwezigheidFout as F } from './aanwezigheid.errors.js';
import { controleerInvoer, honderdsten, type AanwezigheidInvoer } from './aanwezigheid.rules.js';
import { bewaarAntwoord, claimSleutel, type ReeksSleutel } from './reeks-sleutel.js';

/** One version of a period's attendance as the batch reads and writes it: the entity's columns, without the ORM. */
export interface AanwezigheidVersie {
  id: string;
  trajectId: string;
  periodeVan: IsoDatum;
  periodeTot: IsoDatum;
  versie: number;
  urenIngeroosterd: number;
  urenAanwezig: number;
  urenGeoorloofdVerzuim: number;
  redenGeoorloofdVerzuim: string | null;
  urenOngeoorloofdVerzuim: number;
  redenOngeoorloofdVerzuim: string | null;
  ingediendDoorGebruiker: string | null;
  ingediendDoorToken: string | null;
  ingediendOp: Date;
}

export interface AanwezigheidRegistratie {
  resultaat: VersieResultaat;
  aanwezigheid: AanwezigheidVersie;
  /** On a correction: the version it replaced (in a dry run: would replace), so the caller can show old next to new. */
  vorige?: AanwezigheidVersie;
}

/** One row of a batch: what happened to it, or every rule it broke. */
export interface RijResultaat {
  rij: number;
  registratie?: AanwezigheidRegistratie;
  fouten: Overtreding[];
}

export interface ReeksOpdracht {
  aanbieder: AanbiederPrincipal;
  rijen: readonly AanwezigheidInvoer[];
  vandaag: IsoDatum;
  proefdraai: boolean;
  allesOfNiets: boolean;
  /** Per row, faults found before the batch's rules ran (a reference naming no traject); such a row is not judged further. */
  voorafFouten?: readonly (readonly Overtreding[] | null)[];
  /** Exactly once: the first answer under this key is the answer (reeks-sleutel.ts). Not used in a dry run. */
  sleutel: ReeksSleutel | null;
}

interface TrajectInBatch { inburgeraarId: string; geplandeStart: IsoDatum; geplandeEinde: IsoDatum }
/** A version to insert; `opTijd` says whether it came within its period's meldtermijn (the traject's totals count first versions). */
interface NieuweVersie extends AanwezigheidVersie { vervangenOp: Date | null; opTijd: boolean }

/**
 * A batch, set-based, in one transaction with a constant number of statements whatever its size: the key claimed;
 * the batch's trajecten fetched (tenancy applied) and locked in one statement, in id order so concurrent batches
 * cannot deadlock; their overlapping current versions read in one; the rules judged row by row in memory, later rows
 * seeing earlier ones; replaced versions stamped in one update; new versions written with one multi-row insert of
 * array parameters; one access-log line; the answer stored under the key. A wrong row is reported at its fields while
 * the good rows are saved, unless `allesOfNiets`: then nothing is saved and the error names every wrong row.
 */
export async function verwerkReeks(em: EntityManager, opdracht: ReeksOpdracht): Promise<RijResultaat[]> {
  const { aanbieder, rijen, vandaag, sleutel } = opdracht;
  const invoerFouten = rijen.map((invoer, rij) => {
    const vooraf = opdracht.voorafFouten?.[rij];
    if (vooraf && vooraf.length > 0) return [...vooraf];
    const fouten = new Overtredingen();
    controleerInvoer(invoer, vandaag, fouten);
    return [...fouten.alle];
  });
  const gestartOp = new Date();
  const gebruiktSleutel = opdracht.proefdraai ? null : sleutel;
  const antwoord = await inSqlTransactie(em, async (sql) => {
    if (gebruiktSleutel) {
      const eerder = await claimSleutel<RijResultaat[]>(sql, gebruiktSleutel);
      if (eerder) return { eerder: true, resultaten: eerder };
    }
    const teBeoordelen = rijen.filter((_, rij) => invoerFouten[rij]!.length === 0);
    const trajecten = await vergrendelTrajecten(sql, aanbieder, teBeoordelen.map((r) => r.trajectId), vandaag);
    const actueel = await actueleVersies(sql, teBeoordelen.filter((r) => trajecten.has(r.trajectId.toLowerCase())));
    const plan = beoordeel(opdracht, invoerFouten, trajecten, actueel, new Date());

    const fout = plan.resultaten.filter((r) => r.fouten.length > 0);
    if (opdracht.allesOfNiets && fout.length > 0) throw reeksAfgewezen(fout, rijen.length);
    if (!opdracht.proefdraai) await schrijf(sql, plan.vervangen, plan.nieuw);
    // One line either way: what was saved, or, when nothing was (a dry run, every row refused), that the current
    // versions of these people's trajecten were read and judged (a dry run shows what a correction would replace).
    if (!opdracht.proefdraai && plan.inburgeraars.size > 0) await logInzageInTransactie(sql, aanbieder, 'GEGEVENS_GEMELD', [...plan.inburgeraars]);
    else await logInzageInTransactie(sql, aanbieder, 'TRAJECT_GELEZEN', [...new Set([...trajecten.values()].map((t) => t.inburgeraarId))]);
    if (!opdracht.proefdraai && gebruiktSleutel) await bewaarAntwoord(sql, gebruiktSleutel, rijen.length, plan.resultaten, gestartOp);
    return { eerder: false, resultaten: plan.resultaten };
  });
  return antwoord.eerder ? heropBewaard(antwoord.resultaten) : antwoord.resultaten;
}

/** The batch's own trajecten, with what the rules need, locked against concurrent submissions for them. */
async function vergrendelTrajecten(sql: SqlTransactie, aanbieder: AanbiederPrincipal, trajectIds: string[], vandaag: IsoDatum): Promise<Map<string, TrajectInBatch>> {
  const ids = [...new Set(trajectIds.filter(isUuid).map((id) => id.toLowerCase()))];
  if (ids.length === 0) return new Map();
  const params: unknown[] = [ids];
  const scope = aanbiederTrajectScopeSql(aanbieder, 't', vandaag, (waarde) => `$${params.push(waarde)}`);
  const rijen = await sql.query<{ id: string; inburgeraar_id: string; geplande_start: string; geplande_einde: string }>(
    `select t.id, t.inburgeraar_id, t.geplande_start::text as geplande_start, t.geplande_einde::text as geplande_einde
       from traject t
      where t.id = any($1::uuid[]) and ${scope}
      order by t.id
        for update of t`, params);
  return new Map(rijen.map((t) => [t.id, { inburgeraarId: t.inburgeraar_id, geplandeStart: t.geplande_start, geplandeEinde: t.geplande_einde }]));
}

/** The current versions that overlap any row's period, per traject. */
async function actueleVersies(sql: SqlTransactie, rijen: readonly AanwezigheidInvoer[]): Promise<Map<string, AanwezigheidVersie[]>> {
  const perTraject = new Map<string, AanwezigheidVersie[]>();
  if (rijen.length === 0) return perTraject;
  const gevonden = await sql.query<VersieRij>(
    `select distinct on (a.id) ${VERSIE_KOLOMMEN}
       from unnest($1::uuid[], $2::date[], $3::date[]) as r(traject_id, van, tot)
       join aanwezigheid a on a.traject_id = r.traject_id and a.vervangen_op is null and a.periode_van <= r.tot and a.periode_tot >= r.van
      order by a.id`,
    [rijen.map((r) => r.trajectId.toLowerCase()), rijen.map((r) => r.periodeVan), rijen.map((r) => r.periodeTot)]);
  for (const rij of gevonden) {
    const versie = naarVersie(rij);
    perTraject.set(versie.trajectId, [...(perTraject.get(versie.trajectId) ?? []), versie]);
  }
  return perTraject;
}

/** The rules that need the database's state, row by row in input order, on the state the earlier rows left. */
function beoordeel(opdracht: ReeksOpdracht, invoerFouten: Overtreding[][], trajecten: Map<string, TrajectInBatch>, actueel: Map<string, AanwezigheidVersie[]>, nu: Date) {
  const stand = new Map(actueel);
  const nieuw = new Map<string, NieuweVersie>();
  const vervangen: string[] = [];
  const inburgeraars = new Set<string>();
  const resultaten = opdracht.rijen.map((invoer, rij): RijResultaat => {
    if (invoerFouten[rij]!.length > 0) return { rij, fouten: invoerFouten[rij]! };
    const trajectId = invoer.trajectId.toLowerCase();
    const traject = isUuid(invoer.trajectId) ? trajecten.get(trajectId) : undefined;
    if (!traject) return afgewezen(rij, DomainError.van(F.TRAJECT_ONBEKEND, 'input.trajectId'));
    if (invoer.periodeVan < traject.geplandeStart || invoer.periodeTot > traject.geplandeEinde) {
      return afgewezen(rij, DomainError.van(F.PERIODE_BUITEN_TRAJECT, 'input.periodeVan',
        `De periode valt buiten het traject (${datumNl(traject.geplandeStart)} t/m ${datumNl(traject.geplandeEinde)}).`));
    }
    const lijst = stand.get(trajectId) ?? [];
    const overlappend = lijst.filter((a) => a.periodeVan <= invoer.periodeTot && a.periodeTot >= invoer.periodeVan);
    const vorige = overlappend.find((a) => a.periodeVan === invoer.periodeVan && a.periodeTot === invoer.periodeTot);
    const anders = overlappend.find((a) => a !== vorige);
    if (anders) {
      return afgewezen(rij, DomainError.van(F.PERIODE_OVERLAPT, 'input.periodeVan',
        `Deze periode overlapt met de al gemelde periode ${datumNl(anders.periodeVan)} t/m ${datumNl(anders.periodeTot)}; corrigeer die periode of kies een andere.`));
    }
    if (vorige && zelfdeWaarden(vorige, invoer)) return { rij, registratie: { resultaat: 'ONGEWIJZIGD', aanwezigheid: zonderVervangen(vorige) }, fouten: [] };

    const versie: NieuweVersie = {
      id: randomUUID(), trajectId, versie: (vorige?.versie ?? 0) + 1,
      periodeVan: invoer.periodeVan, periodeTot: invoer.periodeTot,
      urenIngeroosterd: invoer.urenIngeroosterd, urenAanwezig: invoer.urenAanwezig,
      urenGeoorloofdVerzuim: invoer.urenGeoorloofdVerzuim, redenGeoorloofdVerzuim: invoer.redenGeoorloofdVerzuim || null,
      urenOngeoorloofdVerzuim: invoer.urenOngeoorloofdVerzuim, redenOngeoorloofdVerzuim: invoer.redenOngeoorloofdVerzuim || null,
      ingediendDoorGebruiker: opdracht.aanbieder.gebruikerId ?? null, ingediendDoorToken: opdracht.aanbieder.tokenId ?? null,
      ingediendOp: nu, vervangenOp: null, opTijd: opTijdGemeld(invoer.periodeTot, nu),
    };
    if (vorige) {
      // A version this batch made itself is inserted already replaced; one from the database is stamped by the update.
      const eigen = nieuw.get(vorige.id);
      if (eigen) eigen.vervangenOp = nu;
      else vervangen.push(vorige.id);
    }
    stand.set(trajectId, [...lijst.filter((a) => a !== vorige), versie]);
    nieuw.set(versie.id, versie);
    inburgeraars.add(traject.inburgeraarId);
    const aanwezigheid = zonderVervangen(versie);
    return vorige
      ? { rij, registratie: { resultaat: 'GECORRIGEERD', aanwezigheid, vorige: zonderVervangen(vorige) }, fouten: [] }
      : { rij, registratie: { resultaat: 'NIEUW', aanwezigheid }, fouten: [] };
  });
  return { resultaten, vervangen, nieuw: [...nieuw.values()], inburgeraars };
}

/** Replaced versions first (the partial unique index allows one current version per period), then every new one. */
async function schrijf(sql: SqlTransactie, vervangen: string[], nieuw: NieuweVersie[]): Promise<void> {
  if (vervangen.length > 0) {
    await sql.query('update aanwezigheid set vervangen_op = $2 where id = any($1::uuid[]) and vervangen_op is null', [vervangen, nieuw[0]!.ingediendOp]);
  }
  if (nieuw.length === 0) return;
  const kolom = <K extends keyof NieuweVersie>(k: K) => nieuw.map((v) => v[k]);
  await sql.query(
    `insert into aanwezigheid (id, traject_id, periode_van, periode_tot, versie, uren_ingeroosterd, uren_aanwezig,
       uren_geoorloofd_verzuim, reden_geoorloofd_verzuim, uren_ongeoorloofd_verzuim, reden_ongeoorloofd_verzuim,
       ingediend_door_gebruiker, ingediend_door_token, ingediend_op, vervangen_op, op_tijd)
     select u.id, u.traject_id, u.periode_van, u.periode_tot, u.versie, u.uren_ingeroosterd, u.uren_aanwezig,
            u.uren_geoorloofd_verzuim, u.reden_geoorloofd_verzuim, u.uren_ongeoorloofd_verzuim, u.reden_ongeoorloofd_verzuim,
            $12::uuid, $13::uuid, $14::timestamptz, u.vervangen_op, u.op_tijd
       from unnest($1::uuid[], $2::uuid[], $3::date[], $4::date[], $5::int[], $6::numeric[], $7::numeric[], $8::numeric[],
                   $9::text[], $10::numeric[], $11::text[], $15::timestamptz[], $16::boolean[])
         as u(id, traject_id, periode_van, periode_tot, versie, uren_ingeroosterd, uren_aanwezig, uren_geoorloofd_verzuim,
              reden_geoorloofd_verzuim, uren_ongeoorloofd_verzuim, reden_ongeoorloofd_verzuim, vervangen_op, op_tijd)`,
    [kolom('id'), kolom('trajectId'), kolom('periodeVan'), kolom('periodeTot'), kolom('versie'), kolom('urenIngeroosterd'),
      kolom('urenAanwezig'), kolom('urenGeoorloofdVerzuim'), kolom('redenGeoorloofdVerzuim'), kolom('urenOngeoorloofdVerzuim'),
      kolom('redenOngeoorloofdVerzuim'), nieuw[0]!.ingediendDoorGebruiker, nieuw[0]!.ingediendDoorToken, nieuw[0]!.ingediendOp,
      kolom('vervangenOp'), kolom('opTijd')]);
}

function afgewezen(rij: number, fout: DomainError): RijResultaat {
  return { rij, fouten: fout.overtredingen };
}

/** All or nothing: the headline says nothing was saved, then every wrong row's rules at `rijen.N.veld` (the variable path). */
function reeksAfgewezen(fout: RijResultaat[], aantal: number): DomainError {
  const kop = DomainError.van(F.REEKS_AFGEWEZEN, 'rijen',
    `Er is niets opgeslagen: ${fout.length} van de ${aantal} regels ${fout.length === 1 ? 'is' : 'zijn'} fout (eerste: regel ${fout[0]!.rij + 1}). Verbeter ze en stuur de reeks opnieuw.`);
  const perRij = fout.flatMap((r) => r.fouten.map((f) => ({ ...f, veld: `rijen.${r.rij}.${f.veld.replace(/^input\./, '')}` })));
  return DomainError.uit([kop.overtredingen[0], ...perRij]);
}

function zelfdeWaarden(a: AanwezigheidVersie, invoer: AanwezigheidInvoer): boolean {
  return honderdsten(a.urenIngeroosterd) === honderdsten(invoer.urenIngeroosterd)
    && honderdsten(a.urenAanwezig) === honderdsten(invoer.urenAanwezig)
    && honderdsten(a.urenGeoorloofdVerzuim) === honderdsten(invoer.urenGeoorloofdVerzuim)
    && honderdsten(a.urenOngeoorloofdVerzuim) === honderdsten(invoer.urenOngeoorloofdVerzuim)
    && (a.redenGeoorloofdVerzuim ?? null) === (invoer.redenGeoorloofdVerzuim || null)
    && (a.redenOngeoorloofdVerzuim ?? null) === (invoer.redenOngeoorloofdVerzuim || null);
}

/** What the caller sees of a version: the write-only columns stay inside the batch. */
function zonderVervangen(v: AanwezigheidVersie | NieuweVersie): AanwezigheidVersie {
  const { vervangenOp: _, opTijd: __, ...versie } = v as NieuweVersie;
  return versie;
}

const VERSIE_KOLOMMEN = `a.id, a.traject_id, a.periode_van::text as periode_van, a.periode_tot::text as periode_tot, a.versie,
  a.uren_ingeroosterd::float8 as uren_ingeroosterd, a.uren_aanwezig::float8 as uren_aanwezig,
  a.uren_geoorloofd_verzuim::float8 as uren_geoorloofd_verzuim, a.reden_geoorloofd_verzuim,
  a.uren_ongeoorloofd_verzuim::float8 as uren_ongeoorloofd_verzuim, a.reden_ongeoorloofd_verzuim,
  a.ingediend_door_gebruiker, a.ingediend_door_token, a.ingediend_op`;

interface VersieRij {
  id: string; traject_id: string; periode_van: string; periode_tot: string; versie: number;
  uren_ingeroosterd: number; uren_aanwezig: number; uren_geoorloofd_verzuim: number; reden_geoorloofd_verzuim: string | null;
  uren_ongeoorloofd_verzuim: number; reden_ongeoorloofd_verzuim: string | null;
  ingediend_door_gebruiker: string | null; ingediend_door_token: string | null; ingediend_op: Date | string;
}

function naarVersie(r: VersieRij): AanwezigheidVersie {
  return {
    id: r.id, trajectId: r.traject_id, periodeVan: r.periode_van, periodeTot: r.periode_tot, versie: r.versie,
    urenIngeroosterd: r.uren_ingeroosterd, urenAanwezig: r.uren_aanwezig,
    urenGeoorloofdVerzuim: r.uren_geoorloofd_verzuim, redenGeoorloofdVerzuim: r.reden_geoorloofd_verzuim,
    urenOngeoorloofdVerzuim: r.uren_ongeoorloofd_verzuim, redenOngeoorloofdVerzuim: r.reden_ongeoorloofd_verzuim,
    ingediendDoorGebruiker: r.ingediend_door_gebruiker, ingediendDoorToken: r.ingediend_door_token, ingediendOp: new Date(r.ingediend_op),
  };
}

/** A stored answer comes back from JSON: its moments become dates again. */
function heropBewaard(resultaten: RijResultaat[]): RijResultaat[] {
  const datum = (v?: AanwezigheidVersie) => (v ? { ...v, ingediendOp: new Date(v.ingediendOp) } : undefined);
  return resultaten.map((r) => (r.registratie
    ? { ...r, registratie: { ...r.registratie, aanwezigheid: datum(r.registratie.aanwezigheid)!, ...(r.registratie.vorige ? { vorige: datum(r.registratie.vorige) } : {}) } }
    : r));
}
