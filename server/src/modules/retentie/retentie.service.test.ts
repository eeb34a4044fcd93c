import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { metWereld } from '../../../../test/support/wereld.js';
import { CONTROLEER_UPLOAD } from '../../jobs/controleer-upload.job.js';
import { JOBS } from '../../jobs/jobs.js';
import { startJobQueue } from '../../jobs/queue.js';
import { RETENTIE } from '../../jobs/retentie.job.js';
import { eersteGeldigeBsnVanaf } from '../inburgeraar/bsn.js';
import { plusDagen, vandaag as vandaagInNederland } from '../shared/datum.js';
import { pasRetentieToe, retentieVerslag, totalenPerTabel } from './retentie.service.js';

// The five-year mark of a dossier whose obligation ended on EINDE is MARK: the boundaries are the day before, of, after.
const EINDE = '2021-03-15';
const MARK = '2026-03-15';
const dossiers = {} as Record<'morgen' | 'vandaag' | 'gisteren' | 'overleden' | 'lopend', { id: string; bsn: string; traject: string; uploads: string[] }>;
let anderUpload = '';
let job = '';

// Rows are set up and counted by the test's own eye (t.alles(): row-level security shows a connection without a
// principal nothing); retention itself runs as the portal role runs it, through the owner function.
const t = metWereld({}, async (orm, wereld) => {
  const sql = (tekst: string, waarden: unknown[] = []) => t.alles().execute(tekst, waarden);
  const door = wereld.principals.gemeenteA.gebruikerId!;
  const school = wereld.principals.school.gebruikerId!;
  /** A dossier with something in every table retention touches. */
  async function vul(n: number, einde: string | null, overlijden: string | null = null) {
    const id = randomUUID();
    const traject = randomUUID();
    const bsn = eersteGeldigeBsnVanaf(779_000_000 + n * 20);
    await sql(`insert into inburgeraar (id, gemeente_id, bsn, voornamen, achternaam, geboortedatum, email, telefoon, straat, huisnummer, postcode, woonplaats,
                 datum_vestiging, begindatum_inburgeringsplicht, opleidingsniveau, lbt_resultaat, datum_einde_inburgeringsplicht, reden_einde_inburgeringsplicht, overlijdensdatum, status)
               values (?, ?, ?, 'Retentie', ?, '1980-02-03', 'r@voorbeeld.nl', '0612345678', 'Straat', '1', '3511AB', 'Utrecht', '2018-01-01', '2018-02-01', 'MBO', 'ONBEKEND', ?, ?, ?, ?)`,
      [id, wereld.gemeenteA.id, bsn, `Persoon${n}`, einde, einde ? (overlijden ? 'OVERLIJDEN' : 'INBURGERINGSPLICHT_VOLDAAN') : null, overlijden, einde ? 'PLICHT_BEEINDIGD' : 'ACTIEF']);
    await sql(`insert into doelgroep_periode (id, inburgeraar_id, doelgroep, begindatum) values (?, ?, 'ASIELSTATUSHOUDER', '2018-01-01')`, [randomUUID(), id]);
    await sql(`insert into pip_versie (id, inburgeraar_id, gemeente_id, versie, dagtekening_pip, leerroute, niveau, geschatte_intensiteit_b1_route, vastgesteld_door, vastgesteld_op)
               values (?, ?, ?, 1, '2018-03-01', 'B', 'B1', 600, ?, now())`, [randomUUID(), id, wereld.gemeenteA.id, door]);
    await sql(`insert into termijn_verlenging (id, inburgeraar_id, verlengingsgrondcode, verlengingsgrondomschrijving, nieuwe_einddatum, wijzigingsdatum, vastgesteld_door, vastgesteld_op)
               values (?, ?, 'VG01', 'Late start', '2021-09-01', '2019-01-01', ?, now())`, [randomUUID(), id, door]);
    await sql(`insert into traject (id, inburgeraar_id, gemeente_id, aanbieder_id, contract_id, soort, geplande_start, geplande_einde, geplande_uren, status, aanbieder_referentie)
               values (?, ?, ?, ?, ?, 'B1_ROUTE', '2018-04-02', '2020-12-31', 600, 'AFGEROND', ?)`, [traject, id, wereld.gemeenteA.id, wereld.school.id, (wereld.trajectAmina.contract as { id: string }).id, `REF-${n}`]);
    for (const [versie, vervangen] of [[1, 'now()'], [2, 'null']] as const) {
      await sql(`insert into aanwezigheid (id, traject_id, periode_van, periode_tot, versie, uren_ingeroosterd, uren_aanwezig, uren_geoorloofd_verzuim, uren_ongeoorloofd_verzuim, ingediend_door_gebruiker, ingediend_op, vervangen_op, op_tijd)
                 values (?, ?, '2019-01-07', '2019-01-13', ?, 10, ?, 0, 0, ?, now(), ${vervangen}, true)`, [randomUUID(), traject, versie, 8 + versie, school]);
    }
    await sql(`insert into rapportage (id, traject_id, soort, sleutel, versie, gegevens, ingediend_op, ingediend_door_gebruiker) values (?, ?, 'VOORTGANG', 'VOORTGANG', 1, '{}', now(), ?)`, [randomUUID(), traject, school]);
    // MAP met (kept, current, dated, on the traject), its replaced first version and a PVT not met (both go).
    const besluit = (soort: string, versie: number, datum: string | null, vervangen: string | null, trajectId: string | null) => sql(
      `insert into besluit (id, inburgeraar_id, gemeente_id, soort, versie, datum, traject_id, genomen_door, genomen_op, vervangen_op) values (?, ?, ?, ?, ?, ?, ?, ?, now(), ?)`,
      [randomUUID(), id, wereld.gemeenteA.id, soort, versie, datum, trajectId, door, vervangen]);
    await besluit('MAP', 1, null, '2020-06-01T00:00:00Z', traject);
    await besluit('MAP', 2, '2020-06-01', null, traject);
    await besluit('PVT', 1, null, null, null);
    // Two uploads name the traject, one by its id and one by the school's reference.
    const uploads = [randomUUID(), randomUUID()];
    for (const [i, upload] of uploads.entries()) {
      await sql(`insert into aanwezigheid_upload (id, aanbieder_id, ingediend_door_gebruiker, bestandsnaam, bestand, grootte, status, ontvangen_op, bijgewerkt_op)
                 values (?, ?, ?, 'week.csv', '\\x00'::bytea, 1, 'OPGESLAGEN', now(), now())`, [upload, wereld.school.id, school]);
      await sql(`insert into aanwezigheid_upload_rij (upload_id, regel, invoer) values (?, 2, ?::jsonb)`,
        [upload, JSON.stringify(i === 0 ? { trajectId: traject.toUpperCase() } : { trajectId: null, aanbiederReferentie: `REF-${n}` })]);
    }
    await sql(`insert into aanwezigheid_reeks (aanbieder_id, sleutel, rijen_hash, aantal_rijen, antwoord, gestart_op, voltooid_op, backend_pid)
               values (?, ?, 'h', 1, ?::jsonb, now(), now(), 1)`, [wereld.school.id, `sleutel-${n}`, JSON.stringify([{ rij: 0, registratie: { resultaat: 'NIEUW', aanwezigheid: { trajectId: traject, versie: 1 } }, fouten: [] }, { rij: 1, fouten: [{ code: 'X' }] }])]);
    return { id, bsn, traject, uploads };
  }
  dossiers.morgen = await vul(1, plusDagen(EINDE, 1));
  dossiers.vandaag = await vul(2, EINDE);
  dossiers.gisteren = await vul(3, plusDagen(EINDE, -1));
  // Died before the obligation was recorded as ended otherwise: the death starts the term.
  dossiers.overleden = await vul(4, '2020-12-01', '2020-12-01');
  dossiers.lopend = await vul(5, null);
  anderUpload = dossiers.lopend.uploads[0]!;
  // A job whose payload names an upload that goes (queues exist once the queue has started; no workers run here).
  const queue = await startJobQueue(orm, JOBS, { workers: false, log: () => {} });
  job = await queue.zetInWachtrij(orm.em.fork(), CONTROLEER_UPLOAD, { uploadId: dossiers.vandaag.uploads[0]!, aanbiederId: wereld.school.id });
  await queue.zetInWachtrij(orm.em.fork(), CONTROLEER_UPLOAD, { uploadId: anderUpload, aanbiederId: wereld.school.id });
  await queue.stop();
  // Access log: a line on the day of the mark, five years ago (Amsterdam noon), and a later one.
  for (const tijdstip of ['2021-03-15T12:00:00+01:00', '2021-03-16T00:30:00+01:00']) {
    await sql(`insert into inzage (tijdstip, organisatie_soort, organisatie_id, gebruiker_id, actie, inburgeraar_ids) values (?, 'gemeente', ?, ?, 'DOSSIER_GELEZEN', ?::uuid[])`,
      [tijdstip, wereld.gemeenteA.id, door, `{${dossiers.lopend.id}}`]);
  }
});

const sql = <T>(tekst: string, waarden: unknown[] = []) => t.alles().execute<T[]>(tekst, waarden);

/** How many rows of each table belong to a dossier (0s left out), and its fields that are not 50-year fields. */
async function telling(d: (typeof dossiers)['vandaag']) {
  const [rij] = await sql<Record<string, string>>(`select
    (select count(*) from doelgroep_periode where inburgeraar_id = ?) as doelgroep_periode,
    (select count(*) from pip_versie where inburgeraar_id = ?) as pip_versie,
    (select count(*) from termijn_verlenging where inburgeraar_id = ?) as termijn_verlenging,
    (select count(*) from traject where inburgeraar_id = ?) as traject,
    (select count(*) from aanwezigheid where traject_id = ?) as aanwezigheid,
    (select count(*) from rapportage where traject_id = ?) as rapportage,
    (select count(*) from besluit where inburgeraar_id = ?) as besluit,
    (select count(*) from aanwezigheid_upload where id = any(?::uuid[])) as aanwezigheid_upload,
    (select count(*) from aanwezigheid_reeks where strpos(antwoord::text, ?) > 0) as aanwezigheid_reeks`,
  [d.id, d.id, d.id, d.id, d.traject, d.traject, d.id, `{${d.uploads.join(',')}}`, d.traject]);
  return Object.fromEntries(Object.entries(rij!).map(([k, v]) => [k, Number(v)]).filter(([, v]) => v !== 0));
}

const VOL = { doelgroep_periode: 1, pip_versie: 1, termijn_verlenging: 1, traject: 1, aanwezigheid: 2, rapportage: 1, besluit: 3, aanwezigheid_upload: 2, aanwezigheid_reeks: 1 };

async function persoon(id: string) {
  const [rij] = await sql<Record<string, unknown>>(`select bsn, voornamen, achternaam, straat, huisnummer, postcode, woonplaats, geboortedatum::text,
      datum_einde_inburgeringsplicht::text as einde, reden_einde_inburgeringsplicht as reden, overlijdensdatum::text, status,
      email, telefoon, datum_vestiging, begindatum_inburgeringsplicht, opleidingsniveau, lbt_resultaat, retentie_toegepast_op::text
    from inburgeraar where id = ?`, [id]);
  return rij!;
}

const beheerRegels = () => sql<{ actie: string; organisatie_soort: string; details: Record<string, unknown> }>(
  "select actie, organisatie_soort, details from beheer_log where actie like 'RETENTIE_%' order by tijdstip, id");

describe('retention (Besluit inburgering art. 9.9)', () => {
  it('a dry run on the day of the mark lists per dossier what would go, for the dossiers at or past the mark only, and deletes nothing', async () => {
    const voor = await Promise.all(Object.values(dossiers).map(telling));
    const uitkomst = await pasRetentieToe(t.orm.em.fork(), MARK, { proef: true });
    expect(new Set(uitkomst.regels.flatMap((r) => (r.dossierId ? [r.dossierId] : [])))).toEqual(new Set([dossiers.vandaag.id, dossiers.gisteren.id, dossiers.overleden.id]));
    const vanVandaag = Object.fromEntries(uitkomst.regels.filter((r) => r.dossierId === dossiers.vandaag.id).map((r) => [r.tabel, r.aantal]));
    expect(vanVandaag).toEqual({ aanwezigheid: 2, besluit: 2, doelgroep_periode: 1, inburgeraar: 1, pip_versie: 1, rapportage: 1, termijn_verlenging: 1, traject: 1 });
    expect(totalenPerTabel(uitkomst)).toMatchObject({ aanwezigheid_upload: 6, aanwezigheid_reeks: 3, 'pgboss.job_common': 1, inzage: 1 });
    expect(await Promise.all(Object.values(dossiers).map(telling))).toEqual(voor);
    expect((await persoon(dossiers.vandaag.id)).email).toBe('r@voorbeeld.nl');
  });

  it('the report names dossiers by id and tables with counts: no BSN, no name, no date of the person', async () => {
    const tekst = retentieVerslag(await pasRetentieToe(t.orm.em.fork(), MARK, { proef: true })).join('\n');
    expect(tekst).toContain(`dossier ${dossiers.vandaag.id}: aanwezigheid 2`);
    for (const d of Object.values(dossiers)) expect(tekst).not.toContain(d.bsn);
    for (const woord of ['Retentie', 'Persoon', 'Utrecht', '3511AB', '1980', EINDE, 'voorbeeld.nl']) expect(tekst).not.toContain(woord);
  });

  it('on the day before the mark a run deletes nothing of that dossier', async () => {
    const voor = await telling(dossiers.vandaag);
    const uitkomst = await pasRetentieToe(t.orm.em.fork(), plusDagen(MARK, -1), { proef: false });
    expect(uitkomst.regels.some((r) => r.dossierId === dossiers.vandaag.id || r.dossierId === dossiers.morgen.id)).toBe(false);
    expect(await telling(dossiers.vandaag)).toEqual(voor);
    expect(voor).toEqual(VOL);
  });

  it('on the day of the mark a run keeps only the 50-year fields of the dossiers at or past it, and nothing of the one a day short', async () => {
    await pasRetentieToe(t.orm.em.fork(), MARK, { proef: false });
    for (const d of [dossiers.vandaag, dossiers.gisteren, dossiers.overleden]) {
      // Left: the current decision that MAP was met and when, without its traject.
      expect(await telling(d)).toEqual({ besluit: 1 });
      const [besluit] = await sql<{ soort: string; datum: string; traject_id: string | null }>('select soort, datum::text, traject_id from besluit where inburgeraar_id = ?', [d.id]);
      expect(besluit).toEqual({ soort: 'MAP', datum: '2020-06-01', traject_id: null });
    }
    expect(await persoon(dossiers.vandaag.id)).toEqual({
      bsn: dossiers.vandaag.bsn, voornamen: 'Retentie', achternaam: 'Persoon2', straat: 'Straat', huisnummer: '1', postcode: '3511AB', woonplaats: 'Utrecht',
      geboortedatum: '1980-02-03', einde: EINDE, reden: 'INBURGERINGSPLICHT_VOLDAAN', overlijdensdatum: null, status: 'PLICHT_BEEINDIGD',
      email: null, telefoon: null, datum_vestiging: null, begindatum_inburgeringsplicht: null, opleidingsniveau: 'ONBEKEND', lbt_resultaat: null, retentie_toegepast_op: MARK,
    });
    expect((await persoon(dossiers.overleden.id)).overlijdensdatum).toBe('2020-12-01');
    expect(await telling(dossiers.morgen)).toEqual(VOL);
    expect(await telling(dossiers.lopend)).toEqual(VOL);
    expect((await persoon(dossiers.morgen.id)).email).toBe('r@voorbeeld.nl');
    // The job naming a deleted upload went; the one naming another person's upload stayed.
    const jobs = await sql<{ id: string }>("select id from pgboss.job_common where name = 'aanwezigheid-upload.controleren'");
    expect(jobs.map((j) => j.id)).not.toContain(job);
    expect(jobs).toHaveLength(1);
  });

  it('the access log keeps its own term: a line goes five years after its day, whoever it names', async () => {
    const regels = await sql<{ utc: string }>(`select to_char(tijdstip at time zone 'UTC', 'YYYY-MM-DD HH24:MI') as utc from inzage where organisatie_id = ? and tijdstip < '2022-01-01' order by tijdstip`, [t.wereld.gemeenteA.id]);
    expect(regels.map((r) => r.utc)).toEqual(['2021-03-15 23:30']);
  });

  it('on the day after the mark the dossier a day short goes too, and a second run that day finds nothing more', async () => {
    const na = plusDagen(MARK, 1);
    const uitkomst = await pasRetentieToe(t.orm.em.fork(), na, { proef: false });
    expect(uitkomst.regels.filter((r) => r.dossierId).map((r) => r.dossierId)).toEqual(expect.arrayContaining([dossiers.morgen.id]));
    expect(new Set(uitkomst.regels.flatMap((r) => (r.dossierId ? [r.dossierId] : [])))).toEqual(new Set([dossiers.morgen.id]));
    expect(await telling(dossiers.morgen)).toEqual({ besluit: 1 });
    expect(await telling(dossiers.lopend)).toEqual(VOL);
    expect((await pasRetentieToe(t.orm.em.fork(), na, { proef: false })).regels).toEqual([]);
  });

  it('leaves one line in the beheer log per run, dry runs too, with totals and no personal data', async () => {
    const regels = await beheerRegels();
    expect(regels.map((r) => r.actie)).toEqual(['RETENTIE_PROEF', 'RETENTIE_PROEF', 'RETENTIE_TOEGEPAST', 'RETENTIE_TOEGEPAST', 'RETENTIE_TOEGEPAST', 'RETENTIE_TOEGEPAST']);
    expect(regels.every((r) => r.organisatie_soort === 'systeem')).toBe(true);
    // The day before the mark is the mark of the dossier that ended a day earlier (and of the one who died earlier).
    expect(regels[2]!.details).toMatchObject({ vandaag: plusDagen(MARK, -1), proef: false, dossiers: 2, tabellen: { traject: 2, inburgeraar: 2 } });
    expect(regels[3]!.details).toMatchObject({ vandaag: MARK, proef: false, dossiers: 1, tabellen: { traject: 1, inburgeraar: 1, inzage: 1 } });
    expect(regels[5]!.details).toMatchObject({ vandaag: plusDagen(MARK, 1), proef: false, dossiers: 0, tabellen: {} });
    const tekst = JSON.stringify(regels);
    for (const d of Object.values(dossiers)) expect(tekst).not.toContain(d.bsn);
    expect(tekst).not.toContain(dossiers.vandaag.id);
  });

  it('refuses a day after today: nothing can be made to expire ahead of time', async () => {
    const morgen = plusDagen(vandaagInNederland(), 2);
    await expect(pasRetentieToe(t.orm.em.fork(), morgen, { proef: true })).rejects.toThrow(/lies after today/);
  });

  it('runs every night on the job queue, for the day of its start', async () => {
    expect(JOBS).toContain(RETENTIE);
    expect(RETENTIE.schema).toBe('30 2 * * *');
    const log: string[] = [];
    await RETENTIE.verwerk(t.orm, {}, { nu: new Date(), log: (regel) => log.push(regel) });
    const [laatste] = await sql<{ details: { vandaag: string } }>("select details from beheer_log where actie = 'RETENTIE_TOEGEPAST' order by tijdstip desc limit 1");
    expect(laatste!.details.vandaag).toBe(vandaagInNederland());
  });
});
