import type { EntityManager } from '@mikro-orm/postgresql';
import type { Orm } from '../../db/orm.js';
import { ApiToken } from '../auth/api-token.entity.js';
import { gebruikerPrincipal, tokenPrincipal } from '../auth/auth.service.js';
import { Gebruiker } from '../auth/gebruiker.entity.js';
import { heeftRol, type Principal } from '../auth/principal.js';
import { AanwezigheidService, type AanwezigheidVersie, type RijResultaat } from '../aanwezigheid/aanwezigheid.service.js';
import { emAls, emAlsAanbieder } from '../tenancy/database-principaal.js';
import { leesUploadBestand, type UploadInvoer } from './bestand-lezen.js';
import { AanwezigheidUpload, type UploadStatus, type UploadVeldfout, type UploadVorige } from './upload.entity.js';

/** Lines per call of the attendance service: the progress moves in these steps. */
export const UPLOAD_PORTIE = 500;

interface RijUitkomst {
  regel: number;
  invoer: UploadInvoer | null;
  resultaat: string | null;
  vorige: UploadVorige | null;
  fouten: UploadVeldfout[];
}

/**
 * The person or system that uploaded, as they are now: a user deactivated, a token revoked or a role lost since
 * the upload means the job does not act for them.
 */
async function indiener(em: EntityManager, upload: AanwezigheidUpload): Promise<Principal | undefined> {
  let principal: Principal | undefined;
  if (upload.ingediendDoorGebruiker) {
    const gebruiker = await em.findOne(Gebruiker, { id: upload.ingediendDoorGebruiker, actief: true }, { populate: ['gemeente', 'aanbieder'] });
    principal = gebruiker ? gebruikerPrincipal(gebruiker) : undefined;
  } else if (upload.ingediendDoorToken) {
    const token = await em.findOne(ApiToken, { id: upload.ingediendDoorToken, ingetrokkenOp: null }, { populate: ['aanbieder'] });
    principal = token ? tokenPrincipal(token) : undefined;
  }
  const eigen = principal?.soort === 'aanbieder' && principal.aanbiederId === upload.aanbieder.id;
  return eigen && heeftRol(principal!, 'MUTEREN') ? principal : undefined;
}

function vorige(a: AanwezigheidVersie | null | undefined): UploadVorige | null {
  if (!a) return null;
  return {
    versie: a.versie, urenIngeroosterd: a.urenIngeroosterd, urenAanwezig: a.urenAanwezig,
    urenGeoorloofdVerzuim: a.urenGeoorloofdVerzuim, redenGeoorloofdVerzuim: a.redenGeoorloofdVerzuim ?? null,
    urenOngeoorloofdVerzuim: a.urenOngeoorloofdVerzuim, redenOngeoorloofdVerzuim: a.redenOngeoorloofdVerzuim ?? null,
  };
}

/** The service's field names are those of its GraphQL input (input.urenAanwezig); the page names the column. */
const uitkomst = (regel: number, invoer: UploadInvoer, r: RijResultaat): RijUitkomst => ({
  regel, invoer,
  resultaat: r.registratie?.resultaat ?? null,
  vorige: vorige(r.registratie?.vorige),
  fouten: r.fouten.map((f) => ({ code: f.code, veld: f.veld.replace(/^input\./, ''), melding: f.melding })),
});

/** Moves the upload on only from the status this job expects: a withdrawal in between wins. */
async function zet(em: EntityManager, id: string, van: UploadStatus, velden: Partial<AanwezigheidUpload>): Promise<boolean> {
  return (await em.nativeUpdate(AanwezigheidUpload, { id, status: van }, { ...velden, bijgewerktOp: new Date() })) === 1;
}

/** All lines of a portion written in one statement (a retried job writes them again: upsert). */
async function schrijfRijen(em: EntityManager, uploadId: string, rijen: RijUitkomst[]): Promise<void> {
  if (rijen.length === 0) return;
  await em.execute(
    `insert into aanwezigheid_upload_rij (upload_id, regel, invoer, resultaat, vorige, fouten)
     select ?, r.regel, r.invoer, r.resultaat, r.vorige, coalesce(r.fouten, '[]') from jsonb_to_recordset(?::jsonb) as r(regel int, invoer jsonb, resultaat text, vorige jsonb, fouten jsonb)
     on conflict (upload_id, regel) do update set invoer = excluded.invoer, resultaat = excluded.resultaat, vorige = excluded.vorige, fouten = excluded.fouten`,
    [uploadId, JSON.stringify(rijen)],
  );
}

function tellingen(rijen: { resultaat: string | null; fouten: unknown[] }[]) {
  return {
    inOrde: rijen.filter((r) => r.fouten.length === 0 && r.resultaat !== 'OVERGESLAGEN').length,
    metFouten: rijen.filter((r) => r.fouten.length > 0).length,
    overgeslagen: rijen.filter((r) => r.resultaat === 'OVERGESLAGEN').length,
    correcties: rijen.filter((r) => r.fouten.length === 0 && r.resultaat === 'GECORRIGEERD').length,
  };
}

/**
 * The job runs as the aanbieder that uploaded (its id is in the payload): row-level security shows it that aanbieder's
 * uploads only, and the lines are checked and saved as the uploader, who must still be allowed to.
 *
 * The dry run of an upload: reads the file and checks every line as saving would (the attendance service in dry-run
 * mode, portion by portion), keeping each line's result. Writes no attendance.
 */
export async function controleerUpload(orm: Orm, aanbiederId: string, uploadId: string): Promise<void> {
  const em = emAlsAanbieder(orm.em, aanbiederId);
  if (!(await zet(em, uploadId, 'ONTVANGEN', { status: 'CONTROLEREN', verwerkt: 0 }))
    && !(await em.count(AanwezigheidUpload, { id: uploadId, status: 'CONTROLEREN' }))) return; // withdrawn, or done already
  const upload = await em.findOneOrFail(AanwezigheidUpload, { id: uploadId }, { populate: ['bestand'] });
  const principal = await indiener(em, upload);
  if (!principal) {
    await zet(em, uploadId, 'CONTROLEREN', { status: 'ONLEESBAAR', melding: 'Wie dit bestand uploadde, mag geen aanwezigheid meer melden voor deze organisatie.' });
    return;
  }
  const gelezen = await leesUploadBestand(upload.bestand, upload.bestandsnaam);
  if (!gelezen.ok) {
    await zet(em, uploadId, 'CONTROLEREN', { status: 'ONLEESBAAR', melding: gelezen.melding });
    return;
  }
  const alle: RijUitkomst[] = [];
  const teControleren: { regel: number; input: UploadInvoer }[] = [];
  for (const { regel, lezing } of gelezen.regels) {
    if (lezing.soort === 'leeg') alle.push({ regel, invoer: null, resultaat: 'OVERGESLAGEN', vorige: null, fouten: [] });
    else if (lezing.soort === 'fout') alle.push({ regel, invoer: null, resultaat: null, vorige: null, fouten: lezing.fouten.map((f) => ({ code: f.code, veld: f.veld, melding: f.melding })) });
    else teControleren.push({ regel, input: lezing.input });
  }
  await schrijfRijen(em, uploadId, alle);
  if (!(await zet(em, uploadId, 'CONTROLEREN', { totaal: gelezen.regels.length, verwerkt: alle.length }))) return;
  for (let i = 0; i < teControleren.length; i += UPLOAD_PORTIE) {
    const portie = teControleren.slice(i, i + UPLOAD_PORTIE);
    const resultaten = await new AanwezigheidService(emAls(orm.em, principal)).registreerReeks(principal, portie.map((r) => r.input), { proefdraai: true });
    const rijen = resultaten.map((r) => uitkomst(portie[r.rij]!.regel, portie[r.rij]!.input, r));
    alle.push(...rijen);
    await schrijfRijen(em, uploadId, rijen);
    if (!(await zet(em, uploadId, 'CONTROLEREN', { verwerkt: alle.length }))) return;
  }
  await zet(em, uploadId, 'CONTROLEREN', { status: 'GECONTROLEERD', ...tellingen(alle) });
}

/**
 * Saves the lines the dry run found in order through the attendance service (registreerAanwezigheden's path), portion
 * by portion, each line's result replacing its dry-run result. A retried job sends the lines again: the service is
 * idempotent per (traject, period), so nothing is written twice.
 */
export async function slaUploadOp(orm: Orm, aanbiederId: string, uploadId: string): Promise<void> {
  const em = emAlsAanbieder(orm.em, aanbiederId);
  const upload = await em.findOne(AanwezigheidUpload, { id: uploadId, status: 'OPSLAAN' });
  if (!upload) return;
  const principal = await indiener(em, upload);
  if (!principal) {
    await zet(em, uploadId, 'OPSLAAN', { status: 'GECONTROLEERD', melding: 'Wie dit bestand uploadde, mag geen aanwezigheid meer melden voor deze organisatie; er is niets opgeslagen.' });
    return;
  }
  const goed = await em.execute<{ regel: number; invoer: UploadInvoer }[]>(
    `select regel, invoer from aanwezigheid_upload_rij where upload_id = ? and invoer is not null and fouten = '[]' order by regel`, [uploadId]);
  let opgeslagen = 0;
  for (let i = 0; i < goed.length; i += UPLOAD_PORTIE) {
    const portie = goed.slice(i, i + UPLOAD_PORTIE);
    const resultaten = await new AanwezigheidService(emAls(orm.em, principal)).registreerReeks(principal, portie.map((r) => r.invoer));
    const rijen = resultaten.map((r) => uitkomst(portie[r.rij]!.regel, portie[r.rij]!.invoer, r));
    opgeslagen += rijen.filter((r) => r.fouten.length === 0).length;
    await schrijfRijen(em, uploadId, rijen);
    await zet(em, uploadId, 'OPSLAAN', { verwerkt: Math.min(i + UPLOAD_PORTIE, goed.length), opgeslagen });
  }
  const alle = await em.execute<{ resultaat: string | null; fouten: unknown[] }[]>(`select resultaat, fouten from aanwezigheid_upload_rij where upload_id = ?`, [uploadId]);
  await zet(em, uploadId, 'OPSLAAN', { status: 'OPGESLAGEN', opgeslagen, ...tellingen(alle) });
}
