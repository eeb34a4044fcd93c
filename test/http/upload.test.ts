import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen, vandaag } from '../../server/src/modules/shared/datum.js';
import { Client, startTestPortal, type TestPortal } from '../support/portal.js';

let portal: TestPortal;
let school: Client;
beforeAll(async () => {
  portal = await startTestPortal();
  school = await Client.login(portal.url, 'taalschool@taalhuis.demo');
});
afterAll(() => portal.stop());

const KOP = 'trajectId;deelnemer;periodeVan;periodeTot;urenIngeroosterd;urenAanwezig;urenGeoorloofdVerzuim;redenGeoorloofdVerzuim;urenOngeoorloofdVerzuim;redenOngeoorloofdVerzuim';
/** The test's own eye: every row (row-level security shows the portal role without a principal none). */
const sql = <T>(query: string, params: unknown[] = []) => portal.alles().execute<T[]>(query, params);
const aantal = async (tabel: string) => (await sql<{ n: number }>(`select count(*)::int as n from ${tabel}`))[0]!.n;
/** What the traject row carries of its attendance (kept by the database on every write path, the jobs' included). */
const totalen = async (trajectId: string) => (await sql<{ perioden: number; ingeroosterd: number; aanwezig: number }>(
  'select perioden, uren_ingeroosterd::float8 as ingeroosterd, uren_aanwezig::float8 as aanwezig from traject where id = ?', [trajectId]))[0]!;
/** Monday of this week: never reported by the demo, never in the future. */
const maandag = () => plusDagen(vandaag(), -((new Date(`${vandaag()}T00:00:00Z`).getUTCDay() + 6) % 7));

const UPLOAD = `query($id: ID!) { aanwezigheidUpload(id: $id) { id status melding totaal verwerkt inOrde metFouten overgeslagen correcties opgeslagen } }`;
const REGELS = `query($id: ID!, $filter: UploadRijFilter, $first: Int, $after: String) { aanwezigheidUploadRegels(id: $id, filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { regel resultaat invoer { trajectId urenAanwezig } vorige { versie urenAanwezig } fouten { domeinCode veld } } } }`;
const SLA_OP = `mutation($id: ID!, $b: Boolean!) { slaAanwezigheidUploadOp(id: $id, correctiesBevestigd: $b) { status } }`;

async function upload(client: Client, bestand: string, naam = 'week.csv') {
  const res = await client.postBytes(`/upload/aanwezigheid?bestandsnaam=${encodeURIComponent(naam)}`, Buffer.from(bestand), 'text/csv');
  return { status: res.status, body: (await res.json()) as { id?: string; status?: string; errors?: { extensions: { code: string; domeinCode: string } }[] } };
}

async function wachtOpStatus(id: string, status: string) {
  const einde = Date.now() + 25_000;
  for (;;) {
    const res = await school.graphql('aanbieder', UPLOAD, { id });
    const u = res.body.data?.aanwezigheidUpload;
    if (u?.status === status) return u;
    if (Date.now() > einde) throw new Error(`upload ${id} bleef ${u?.status} (${JSON.stringify(res.body.errors ?? u)})`);
    await new Promise((ok) => setTimeout(ok, 200));
  }
}

async function trajectenVanTaalhuis(): Promise<string[]> {
  return (await sql<{ id: string }>(
    "select t.id from traject t join inburgeraar i on i.id = t.inburgeraar_id join aanbieder a on a.id = t.aanbieder_id where a.naam like 'Taalhuis%' and i.achternaam in ('Kovalenko', 'Gebremedhin', 'Masri') order by i.achternaam")).map((r) => r.id);
}

describe('POST /upload/aanwezigheid, the dry run and saving as jobs', () => {
  it('stores the file (202 + id), checks every line without writing, then saves the good line once on confirmation', async () => {
    const [a, b, c] = await trajectenVanTaalhuis();
    const dag = maandag();
    const voor = await aantal('aanwezigheid');
    const [totaalA, totaalB] = [await totalen(a!), await totalen(b!)];
    const bestand = [KOP,
      `${a};;${dag};${dag};4;4;;;;`,
      `${b};;${dag};${dag};4;5;;;;`, // more present than scheduled: the service's rule
      `${c};;${dag};${dag};;;;;;`, // no hours: skipped
      `${c};;${dag};${dag};4;abc;;;;`, // unreadable
    ].join('\r\n');
    const res = await upload(school, bestand);
    expect(res.status).toBe(202);
    expect(res.body.status).toBe('ONTVANGEN');
    const id = res.body.id!;

    const gecontroleerd = await wachtOpStatus(id, 'GECONTROLEERD');
    expect(gecontroleerd).toMatchObject({ totaal: 4, verwerkt: 4, inOrde: 1, metFouten: 2, overgeslagen: 1, correcties: 0, opgeslagen: 0 });
    expect(await aantal('aanwezigheid'), 'the dry run writes no attendance').toBe(voor);
    expect(await totalen(a!), 'nor totals').toEqual(totaalA);

    const eerste = await school.graphql('aanbieder', REGELS, { id, first: 2 });
    expect(eerste.body.data.aanwezigheidUploadRegels.totalCount).toBe(4);
    expect(eerste.body.data.aanwezigheidUploadRegels.nodes.map((r: { regel: number }) => r.regel)).toEqual([2, 3]);
    const tweede = await school.graphql('aanbieder', REGELS, { id, first: 2, after: eerste.body.data.aanwezigheidUploadRegels.pageInfo.endCursor });
    expect(tweede.body.data.aanwezigheidUploadRegels.nodes.map((r: { regel: number; resultaat: string | null }) => [r.regel, r.resultaat])).toEqual([[4, 'OVERGESLAGEN'], [5, null]]);
    const fouten = await school.graphql('aanbieder', REGELS, { id, filter: 'FOUTEN' });
    expect(fouten.body.data.aanwezigheidUploadRegels.nodes.map((r: { regel: number; fouten: { domeinCode: string; veld: string }[] }) => [r.regel, r.fouten.map((f) => `${f.veld} ${f.domeinCode}`)]))
      .toEqual([[3, [expect.stringMatching(/UREN_MEER_DAN_INGEROOSTERD$/)]], [5, ['urenAanwezig UREN_ONLEESBAAR']]]);

    const opslaan = await school.graphql('aanbieder', SLA_OP, { id, b: false });
    expect(opslaan.body.data.slaAanwezigheidUploadOp.status).toBe('OPSLAAN');
    const klaar = await wachtOpStatus(id, 'OPGESLAGEN');
    expect(klaar).toMatchObject({ opgeslagen: 1, inOrde: 1, metFouten: 2 });
    expect(await aantal('aanwezigheid')).toBe(voor + 1);
    expect(await totalen(a!)).toEqual({ perioden: totaalA.perioden + 1, ingeroosterd: totaalA.ingeroosterd + 4, aanwezig: totaalA.aanwezig + 4 });
    expect(await totalen(b!)).toEqual(totaalB);
    expect((await sql<{ traject_id: string }>('select traject_id from aanwezigheid where periode_van = ? and traject_id in (?, ?, ?)', [dag, a, b, c])).map((r) => r.traject_id)).toEqual([a]);
    const regel2 = await school.graphql('aanbieder', REGELS, { id, first: 1 });
    expect(regel2.body.data.aanwezigheidUploadRegels.nodes[0].resultaat).toBe('NIEUW');

    // Saving twice is refused: the upload is saved already; nothing more is written.
    const nogmaals = await school.graphql('aanbieder', SLA_OP, { id, b: false });
    expect(nogmaals.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', domeinCode: 'UPLOAD_NIET_GECONTROLEERD' });
    expect(await aantal('aanwezigheid')).toBe(voor + 1);
    // After closing the page: the upload is in the list of recent uploads, newest first.
    const lijst = await school.graphql('aanbieder', '{ aanwezigheidUploads { id status } }');
    expect(lijst.body.data.aanwezigheidUploads[0]).toEqual({ id, status: 'OPGESLAGEN' });
  });

  it('the queue\'s payloads carry the upload\'s id and its aanbieder\'s only, never a line of the file', async () => {
    const jobs = await sql<{ name: string; data: Record<string, unknown> }>("select name, data from pgboss.job where name like 'aanwezigheid-upload.%'");
    expect(jobs.length).toBeGreaterThan(0);
    // The aanbieder's id: the job runs as the aanbieder that uploaded (row-level security shows it that aanbieder's uploads).
    for (const job of jobs) expect(Object.keys(job.data).sort()).toEqual(['aanbiederId', 'uploadId']);
    const uploads = new Map((await sql<{ id: string; aanbieder_id: string }>('select id, aanbieder_id from aanwezigheid_upload')).map((r) => [r.id, r.aanbieder_id]));
    for (const job of jobs) expect(uploads.get(job.data.uploadId as string)).toBe(job.data.aanbiederId);
  });

  it('a correction is saved only once it is confirmed (UPLOAD_CORRECTIES_NIET_BEVESTIGD writes nothing)', async () => {
    const [gemeld] = await sql<{ traject_id: string; periode_van: string; periode_tot: string; versie: number; uren_ingeroosterd: string; uren_aanwezig: number }>(
      `select a.traject_id, a.periode_van, a.periode_tot, a.versie, a.uren_ingeroosterd, a.uren_aanwezig::float8 as uren_aanwezig from aanwezigheid a join traject t on t.id = a.traject_id join aanbieder b on b.id = t.aanbieder_id
        where b.naam like 'Taalhuis%' and a.vervangen_op is null and t.status = 'ACTIEF' and a.uren_ingeroosterd >= 2 order by a.periode_van desc limit 1`);
    const res = await upload(school, [KOP, `${gemeld!.traject_id};;${gemeld!.periode_van};${gemeld!.periode_tot};${gemeld!.uren_ingeroosterd};1;;;;`].join('\n'));
    const id = res.body.id!;
    expect(await wachtOpStatus(id, 'GECONTROLEERD')).toMatchObject({ inOrde: 1, correcties: 1 });
    const correcties = await school.graphql('aanbieder', REGELS, { id, filter: 'CORRECTIES' });
    expect(correcties.body.data.aanwezigheidUploadRegels.nodes[0]).toMatchObject({ resultaat: 'GECORRIGEERD', vorige: { versie: gemeld!.versie } });

    const geweigerd = await school.graphql('aanbieder', SLA_OP, { id, b: false });
    expect(geweigerd.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', domeinCode: 'UPLOAD_CORRECTIES_NIET_BEVESTIGD', veld: 'correctiesBevestigd' });
    const versie = async () => (await sql<{ versie: number }>('select versie from aanwezigheid where traject_id = ? and periode_van = ? and vervangen_op is null', [gemeld!.traject_id, gemeld!.periode_van]))[0]!.versie;
    expect(await versie()).toBe(gemeld!.versie);
    expect((await school.graphql('aanbieder', UPLOAD, { id })).body.data.aanwezigheidUpload.status).toBe('GECONTROLEERD');

    const voor = await totalen(gemeld!.traject_id);
    await school.graphql('aanbieder', SLA_OP, { id, b: true });
    await wachtOpStatus(id, 'OPGESLAGEN');
    expect(await versie()).toBe(gemeld!.versie + 1);
    // The traject's totals follow the correction: the same periods, the new version's hours instead of the old.
    expect(await totalen(gemeld!.traject_id)).toEqual({ ...voor, aanwezig: voor.aanwezig - gemeld!.uren_aanwezig + 1 });
  });

  it('an .xlsx workbook (written by LibreOffice) goes through the same job: its lines are read and checked', async () => {
    const xlsx = readFileSync(new URL('../../invoer/testbestanden/aanwezigheid.xlsx', import.meta.url));
    const res = await school.postBytes('/upload/aanwezigheid?bestandsnaam=aanwezigheid.xlsx', xlsx);
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    const u = await wachtOpStatus(id, 'GECONTROLEERD');
    expect(u.totaal).toBeGreaterThan(2);
    // The workbook's trajecten are not this school's: each readable line is refused by the service, nothing is saved.
    const regels = await school.graphql('aanbieder', REGELS, { id, first: 1 });
    expect(regels.body.data.aanwezigheidUploadRegels.nodes[0]).toMatchObject({ regel: 2, invoer: { trajectId: '5b0c0a52-1111-4b4b-8a8a-00000000000a', urenAanwezig: 10.5 } });
    expect(regels.body.data.aanwezigheidUploadRegels.nodes[0].fouten.map((f: { domeinCode: string }) => f.domeinCode)).toEqual(['TRAJECT_ONBEKEND']);
  });

  it("a line may name its traject by the school's own reference: the line shows it (trajectId empty), an unknown one fails that line with REFERENTIE_ONBEKEND", async () => {
    const [, , c] = await trajectenVanTaalhuis(); // Masri: nothing saved for this Monday by the tests above
    const zet = await school.graphql('aanbieder', 'mutation($t: ID!, $r: String) { zetAanbiederReferentie(trajectId: $t, referentie: $r) { aanbiederReferentie } }', { t: c, r: 'UP-7' });
    expect(zet.body.data.zetAanbiederReferentie.aanbiederReferentie).toBe('UP-7');
    const dag = maandag();
    const kop = 'aanbiederReferentie;periodeVan;periodeTot;urenIngeroosterd;urenAanwezig;urenGeoorloofdVerzuim;redenGeoorloofdVerzuim;urenOngeoorloofdVerzuim;redenOngeoorloofdVerzuim';
    const { id } = (await upload(school, [kop, `UP-7;${dag};${dag};3;2;;;;`, `UP-8;${dag};${dag};3;3;;;;`].join('\r\n'))).body;
    expect(await wachtOpStatus(id!, 'GECONTROLEERD')).toMatchObject({ inOrde: 1, metFouten: 1 });
    const metReferentie = `query($id: ID!) { aanwezigheidUploadRegels(id: $id) { nodes { regel invoer { trajectId aanbiederReferentie urenAanwezig } fouten { domeinCode veld } } } }`;
    const gecontroleerd = await school.graphql('aanbieder', metReferentie, { id });
    expect(gecontroleerd.body.errors).toBeUndefined();
    expect(gecontroleerd.body.data.aanwezigheidUploadRegels.nodes).toEqual([
      { regel: 2, invoer: { trajectId: null, aanbiederReferentie: 'UP-7', urenAanwezig: 2 }, fouten: [] },
      { regel: 3, invoer: { trajectId: null, aanbiederReferentie: 'UP-8', urenAanwezig: 3 }, fouten: [{ domeinCode: 'REFERENTIE_ONBEKEND', veld: 'aanbiederReferentie' }] },
    ]);

    await school.graphql('aanbieder', SLA_OP, { id, b: false });
    expect(await wachtOpStatus(id!, 'OPGESLAGEN')).toMatchObject({ opgeslagen: 1, metFouten: 1 });
    expect(await sql('select traject_id, uren_aanwezig::float as uren from aanwezigheid where periode_van = ? and traject_id = ? and vervangen_op is null', [dag, c]))
      .toEqual([{ traject_id: c, uren: 2 }]);
    const opgeslagen = await school.graphql('aanbieder', metReferentie, { id });
    expect(opgeslagen.body.data.aanwezigheidUploadRegels.nodes[0].invoer).toEqual({ trajectId: null, aanbiederReferentie: 'UP-7', urenAanwezig: 2 });
  });

  it('a file without the columns is ONLEESBAAR with its Dutch message; nothing is saved', async () => {
    const res = await upload(school, 'naam;uren\nAmina;4\n', 'los.csv');
    const u = await wachtOpStatus(res.body.id!, 'ONLEESBAAR');
    expect(u.melding).toMatch(/^Deze kolommen ontbreken: trajectId/);
    const opslaan = await school.graphql('aanbieder', SLA_OP, { id: res.body.id, b: true });
    expect(opslaan.body.errors?.[0]?.extensions.domeinCode).toBe('UPLOAD_NIET_GECONTROLEERD');
  });

  it('a withdrawn upload cannot be saved', async () => {
    const [a] = await trajectenVanTaalhuis();
    const res = await upload(school, [KOP, `${a};;${maandag()};${maandag()};3;3;;;;`].join('\n'));
    const id = res.body.id!;
    const ingetrokken = await school.graphql('aanbieder', 'mutation($id: ID!) { trekAanwezigheidUploadIn(id: $id) { status } }', { id });
    expect(ingetrokken.body.data.trekAanwezigheidUploadIn.status).toBe('INGETROKKEN');
    const opslaan = await school.graphql('aanbieder', SLA_OP, { id, b: true });
    expect(opslaan.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', domeinCode: 'UPLOAD_NIET_GECONTROLEERD' });
    await new Promise((ok) => setTimeout(ok, 1500));
    expect((await school.graphql('aanbieder', UPLOAD, { id })).body.data.aanwezigheidUpload.status).toBe('INGETROKKEN');
  });

  it('another aanbieder sees nothing of it: UPLOAD_ONBEKEND, not listed, cannot save or withdraw', async () => {
    const [a] = await trajectenVanTaalhuis();
    const res = await upload(school, [KOP, `${a};;${maandag()};${maandag()};2;2;;;;`].join('\n'));
    const id = res.body.id!;
    await wachtOpStatus(id, 'GECONTROLEERD');
    const ander = await Client.login(portal.url, 'map@werkpad.demo');
    for (const [query, variables] of [[UPLOAD, { id }], [REGELS, { id }], [SLA_OP, { id, b: true }], ['mutation($id: ID!) { trekAanwezigheidUploadIn(id: $id) { status } }', { id }]] as const) {
      const antwoord = await ander.graphql('aanbieder', query, variables);
      expect(antwoord.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', domeinCode: 'UPLOAD_ONBEKEND' });
    }
    expect((await ander.graphql('aanbieder', '{ aanwezigheidUploads { id } }')).body.data.aanwezigheidUploads).toEqual([]);
    expect((await school.graphql('aanbieder', UPLOAD, { id })).body.data.aanwezigheidUpload.status).toBe('GECONTROLEERD');
  });

  it('refuses with a code and stores nothing: not logged in, a gemeente, read-only, empty, no name, too large', async () => {
    const voor = await aantal('aanwezigheid_upload');
    const beheer = school;
    const token = (await beheer.graphql('aanbieder', 'mutation { maakApiToken(naam: "Lezer upload", rollen: [RAADPLEGEN]) { token } }')).body.data.maakApiToken.token;
    const gevallen: [string, Client, string, Uint8Array, number, string][] = [
      ['not logged in', new Client(portal.url), 'week.csv', Buffer.from(KOP), 401, 'UNAUTHENTICATED'],
      ['a gemeente', await Client.login(portal.url, 'regisseur@utrecht.demo'), 'week.csv', Buffer.from(KOP), 403, 'ALLEEN_AANBIEDER'],
      ['a read-only token', new Client(portal.url, token), 'week.csv', Buffer.from(KOP), 403, 'ROL_ONTBREEKT'],
      ['an empty file', school, 'week.csv', Buffer.alloc(0), 400, 'UPLOAD_LEEG'],
      ['no name', school, '', Buffer.from(KOP), 400, 'UPLOAD_BESTANDSNAAM_ONGELDIG'],
      ['over 10 MB', school, 'groot.csv', Buffer.alloc(10 * 1024 * 1024 + 1, 0x41), 413, 'UPLOAD_TE_GROOT'],
    ];
    for (const [wie, client, naam, body, status, code] of gevallen) {
      const res = await client.postBytes(`/upload/aanwezigheid?bestandsnaam=${naam}`, body);
      const json = (await res.json()) as { errors: { extensions: { domeinCode: string } }[] };
      expect([wie, res.status, json.errors[0]!.extensions.domeinCode]).toEqual([wie, status, code]);
    }
    expect(await aantal('aanwezigheid_upload')).toBe(voor);
  });
});
