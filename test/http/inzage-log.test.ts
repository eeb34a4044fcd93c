import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emAls, emAlsSysteem } from '../../server/src/modules/tenancy/database-principaal.js';
import { Client, startTestPortal, type TestPortal } from '../support/portal.js';

let portal: TestPortal;
let regisseur: Client;
beforeAll(async () => {
  portal = await startTestPortal();
  regisseur = await Client.login(portal.url, 'regisseur@utrecht.demo');
});
afterAll(() => portal.stop());

interface Regel {
  actie: string; organisatie_soort: string | null; gebruiker_id: string | null; inburgeraar_ids: string[]; geweigerd: string | null;
  operatie: string | null; gevraagd: string[] | null; inlognaam: string | null; ontvanger_aanbieder_id: string | null; verzoek_id: string | null;
}

/** A GraphQL call that also returns its X-Request-Id. */
async function vraag(client: Client, endpoint: 'aanbieder' | 'gemeente', query: string, variables?: Record<string, unknown>) {
  const res = await client.post(`/graphql/${endpoint}`, { query, variables });
  return { verzoekId: res.headers.get('x-request-id')!, body: (await res.json()) as { data?: any; errors?: { extensions: Record<string, any> }[] } };
}

/** The access-log lines one request wrote. */
async function regels(verzoekId: string): Promise<Regel[]> {
  return portal.alles().execute<Regel[]>('select * from inzage where verzoek_id = ? order by id', [verzoekId]);
}

async function tel(tabel: string): Promise<number> {
  return (await portal.alles().execute<{ n: number }[]>(`select count(*)::int as n from ${tabel}`))[0]!.n;
}

async function dossierId(zoek: string): Promise<string> {
  return (await regisseur.graphql('gemeente', 'query($z: String) { zoekDossiers(zoek: $z, first: 1) { nodes { id } } }', { z: zoek })).body.data.zoekDossiers.nodes[0].id;
}

describe('the access log: the operations that left no line before', () => {
  it('besluiten(inburgeraarId) writes one BESLUITEN_GELEZEN line for the person, with the request id of the answer', async () => {
    const id = await dossierId('Haddad');
    const { verzoekId, body } = await vraag(regisseur, 'gemeente', 'query($id: ID!) { besluiten(inburgeraarId: $id) { id } }', { id });
    expect(body.errors).toBeUndefined();
    expect(verzoekId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await regels(verzoekId)).map((r) => [r.actie, r.inburgeraar_ids, r.geweigerd])).toEqual([['BESLUITEN_GELEZEN', [id], null]]);
  });

  it('inzages (reading the log itself) writes an INZAGELOG_GELEZEN line, shown by the next read', async () => {
    const id = await dossierId('Haddad');
    const eerste = await vraag(regisseur, 'gemeente', 'query($id: ID!) { inzages(inburgeraarId: $id) { actie verzoekId } }', { id });
    expect((await regels(eerste.verzoekId)).map((r) => [r.actie, r.inburgeraar_ids])).toEqual([['INZAGELOG_GELEZEN', [id]]]);
    const tweede = await vraag(regisseur, 'gemeente', 'query($id: ID!) { inzages(inburgeraarId: $id) { actie verzoekId wie } }', { id });
    expect(tweede.body.data.inzages[0]).toEqual({ actie: 'INZAGELOG_GELEZEN', verzoekId: eerste.verzoekId, wie: 'Sanne de Regisseur' });
  });

  it('wijzigDoelgroep writes DOSSIER_GEWIJZIGD; refused with its code, it writes neither a period nor a line', async () => {
    const id = await dossierId('Haddad');
    const wijzig = (begindatum: string) => vraag(regisseur, 'gemeente',
      'mutation($id: ID!, $d: LocalDate!) { wijzigDoelgroep(inburgeraarId: $id, doelgroep: GEZINSMIGRANT, begindatum: $d) { doelgroep begindatum } }', { id, d: begindatum });
    const [perioden, lijnen] = [await tel('doelgroep_periode'), await tel('inzage')];
    const fout = await wijzig('1990-01-01');
    expect(fout.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', domeinCode: 'DOELGROEP_VOOR_HUIDIGE' });
    expect([await tel('doelgroep_periode'), await tel('inzage')]).toEqual([perioden, lijnen]);

    const vandaag = new Date().toISOString().slice(0, 10);
    const goed = await wijzig(vandaag);
    expect(goed.body.errors).toBeUndefined();
    expect(goed.body.data.wijzigDoelgroep).toEqual({ doelgroep: 'GEZINSMIGRANT', begindatum: vandaag });
    expect((await regels(goed.verzoekId)).map((r) => [r.actie, r.inburgeraar_ids])).toEqual([['DOSSIER_GEWIJZIGD', [id]]]);
  });

  it('aanbieder aanwezighedenInPeriode writes TRAJECT_GELEZEN for the people behind the reports found, nothing when none is', async () => {
    const school = await Client.login(portal.url, 'taalschool@taalhuis.demo');
    const lijst = (await school.graphql('aanbieder', '{ deelnemers(first: 1) { nodes { portaalReferentie trajecten { id } } } }')).body.data.deelnemers.nodes[0];
    const trajectId = lijst.trajecten[0].id;
    const week = (await school.graphql('aanbieder', 'query($id: ID!) { traject(id: $id) { aanwezigheden { periodeVan } } }', { id: trajectId })).body.data.traject.aanwezigheden[0].periodeVan;
    const lees = (periodeVan: string) => vraag(school, 'aanbieder',
      'query($ids: [ID!]!, $p: LocalDate!) { aanwezighedenInPeriode(trajectIds: $ids, periodeVan: $p) { trajectId } }', { ids: [trajectId], p: periodeVan });
    const gevonden = await lees(week);
    expect(gevonden.body.data.aanwezighedenInPeriode).toEqual([{ trajectId }]);
    expect((await regels(gevonden.verzoekId)).map((r) => [r.actie, r.organisatie_soort, r.inburgeraar_ids])).toEqual([['TRAJECT_GELEZEN', 'aanbieder', [lijst.portaalReferentie]]]);
    const leeg = await lees('1999-01-04');
    expect(leeg.body.data.aanwezighedenInPeriode).toEqual([]);
    expect(await regels(leeg.verzoekId)).toEqual([]);
  });

  it('wijsTrajectToe is logged as a disclosure naming the aanbieder; the person\'s log shows to whom', async () => {
    const id = await dossierId('Tesfay');
    const contracten = (await regisseur.graphql('gemeente', '{ contracten { id aanbiederId aanbiederNaam trajectsoorten } }')).body.data.contracten;
    const map = contracten.find((c: { trajectsoorten: string[] }) => c.trajectsoorten.includes('MAP'));
    const vandaag = new Date().toISOString().slice(0, 10);
    const res = await vraag(regisseur, 'gemeente', 'mutation($input: WijsTrajectToeInput!) { wijsTrajectToe(input: $input) { id toewijzingResultaat } }', {
      input: { inburgeraarId: id, contractId: map.id, soort: 'MAP', geplandeStart: vandaag, geplandeEinde: vandaag, geplandeUren: 40, uiterlijkeAfrondingsdatum: vandaag },
    });
    expect(res.body.data.wijsTrajectToe.toewijzingResultaat).toBe('NIEUW');
    expect((await regels(res.verzoekId)).map((r) => [r.actie, r.inburgeraar_ids, r.ontvanger_aanbieder_id])).toEqual([['GEGEVENS_VERSTREKT', [id], map.aanbiederId]]);
    const log = (await regisseur.graphql('gemeente', 'query($id: ID!) { inzages(inburgeraarId: $id) { actie ontvangerNaam } }', { id })).body.data.inzages;
    expect(log).toContainEqual({ actie: 'GEGEVENS_VERSTREKT', ontvangerNaam: map.aanbiederNaam });
  });
});

describe('refused attempts are logged as refused', () => {
  it("another tenant's id: NOT_FOUND exactly as for an unknown id, logged with the id asked for, and shown in the owner's log", async () => {
    const id = await dossierId('Haddad');
    const amersfoort = await Client.login(portal.url, 'regisseur@amersfoort.demo');
    const lees = (x: string) => vraag(amersfoort, 'gemeente', 'query($id: ID!) { dossier(id: $id) { bsn } }', { id: x });
    const [ander, onbekend] = [await lees(id), await lees(randomUUID())];
    expect(ander.body).toEqual(onbekend.body);
    expect(ander.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', domeinCode: 'DOSSIER_ONBEKEND' });
    expect((await regels(ander.verzoekId)).map((r) => [r.actie, r.geweigerd, r.operatie, r.gevraagd, r.inburgeraar_ids])).toEqual([
      ['TOEGANG_GEWEIGERD', 'DOSSIER_ONBEKEND', 'dossier', [id], []],
    ]);
    const log = (await regisseur.graphql('gemeente', 'query($id: ID!) { inzages(inburgeraarId: $id) { actie geweigerd organisatieNaam verzoekId } }', { id })).body.data.inzages;
    expect(log).toContainEqual({ actie: 'TOEGANG_GEWEIGERD', geweigerd: 'DOSSIER_ONBEKEND', organisatieNaam: 'Amersfoort', verzoekId: ander.verzoekId });
  });

  it('a missing role: FORBIDDEN, logged as refused with ROL_ONTBREEKT and the id asked for, nothing else written', async () => {
    const id = await dossierId('Haddad');
    const lezer = await Client.login(portal.url, 'raadpleger@utrecht.demo');
    const pips = await tel('pip_versie');
    const res = await vraag(lezer, 'gemeente', 'mutation($id: ID!) { stelPipVast(inburgeraarId: $id, input: { dagtekeningPip: "2026-01-01", leerroute: B }) { versie } }', { id });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', domeinCode: 'ROL_ONTBREEKT' });
    expect(await tel('pip_versie')).toBe(pips);
    expect((await regels(res.verzoekId)).map((r) => [r.actie, r.geweigerd, r.operatie, r.gevraagd])).toEqual([['TOEGANG_GEWEIGERD', 'ROL_ONTBREEKT', 'stelPipVast', [id]]]);
  });

  it('the other schema\'s endpoint: FORBIDDEN VERKEERD_ENDPOINT at the HTTP wall, logged as refused with the ids its variables named', async () => {
    const id = await dossierId('Haddad');
    const res = await vraag(regisseur, 'aanbieder', 'query($id: ID!) { traject(id: $id) { id } }', { id });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', domeinCode: 'VERKEERD_ENDPOINT' });
    expect((await regels(res.verzoekId)).map((r) => [r.actie, r.geweigerd, r.operatie, r.gevraagd])).toEqual([['TOEGANG_GEWEIGERD', 'VERKEERD_ENDPOINT', '/graphql/aanbieder', [id]]]);
  });

  it('an upload by a gemeente: 403 ALLEEN_AANBIEDER, stored nothing, logged as refused', async () => {
    const uploads = await tel('aanwezigheid_upload');
    const res = await regisseur.postBytes('/upload/aanwezigheid?bestandsnaam=week.csv', new TextEncoder().encode('trajectId;periodeVan\n'));
    expect([res.status, ((await res.json()) as { errors: { extensions: { domeinCode: string } }[] }).errors[0]!.extensions.domeinCode]).toEqual([403, 'ALLEEN_AANBIEDER']);
    expect(await tel('aanwezigheid_upload')).toBe(uploads);
    expect((await regels(res.headers.get('x-request-id')!)).map((r) => [r.actie, r.geweigerd, r.operatie])).toEqual([['TOEGANG_GEWEIGERD', 'ALLEEN_AANBIEDER', 'POST /upload/aanwezigheid']]);
  });

  it('a wrong password and an unknown account: the same answer, each a refused line (the account named when there is one)', async () => {
    const login = async (email: string) => {
      const res = await fetch(`${portal.url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'fout-fout-fout' }) });
      return { status: res.status, body: await res.json(), verzoekId: res.headers.get('x-request-id')! };
    };
    const sessies = await tel('sessie');
    const [fout, onbekend] = [await login('Regisseur@Utrecht.demo'), await login('niemand@nergens.demo')];
    expect([fout.status, fout.body]).toEqual([onbekend.status, onbekend.body]);
    expect(fout.status).toBe(401);
    expect(await tel('sessie')).toBe(sessies);
    const [wel] = await regels(fout.verzoekId);
    const [niet] = await regels(onbekend.verzoekId);
    expect(wel).toMatchObject({ actie: 'INLOG_GEWEIGERD', geweigerd: 'INLOG_ONJUIST', organisatie_soort: 'gemeente', inlognaam: 'Regisseur@Utrecht.demo' });
    expect(wel!.gebruiker_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(niet).toMatchObject({ actie: 'INLOG_GEWEIGERD', geweigerd: 'INLOG_ONJUIST', organisatie_soort: null, gebruiker_id: null, inlognaam: 'niemand@nergens.demo' });
  });

  it('a refused line cannot be forged as an allowed access: the database wants an organisation and a user unless refused', async () => {
    // The constraint itself, under the owner's principal that row-level security lets write any line.
    await expect(portal.alles().execute(`insert into inzage (actie, inburgeraar_ids) values ('DOSSIER_GELEZEN', '{}')`)).rejects.toThrow(/inzage_(wie|organisatie)_check/);
    // The portal role, under each principal that may write a line, past row-level security to the constraint:
    // a gemeente naming itself but nobody who read, and the refused-login principal, the only one without an organisation.
    const [utrecht] = await portal.alles().execute<{ id: string }[]>("select id from gemeente where naam = 'Utrecht'");
    const gemeente = emAls(portal.orm.em, { soort: 'gemeente', gemeenteId: utrecht!.id, organisatieNaam: 'Utrecht', rollen: ['MUTEREN'], naam: 'test' });
    await expect(gemeente.execute(`insert into inzage (actie, organisatie_soort, organisatie_id, inburgeraar_ids) values ('DOSSIER_GELEZEN', 'gemeente', ?, '{}')`, [utrecht!.id]))
      .rejects.toThrow(/inzage_wie_check/);
    await expect(emAlsSysteem(portal.orm.em, 'aanmelden').execute(`insert into inzage (actie, inburgeraar_ids) values ('INLOG_GEWEIGERD', '{}')`))
      .rejects.toThrow(/inzage_(wie|organisatie)_check/);
  });
});

describe('the request id', () => {
  it('every answer carries its own X-Request-Id, an unknown route and a refusal too; one a client sends is not taken over', async () => {
    const eigen = randomUUID();
    const antwoorden = await Promise.all([
      fetch(`${portal.url}/auth/me`, { headers: { 'x-request-id': eigen } }),
      fetch(`${portal.url}/bestaat-niet`, { method: 'POST' }),
      fetch(`${portal.url}/graphql/gemeente`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }),
    ]);
    const ids = antwoorden.map((r) => r.headers.get('x-request-id'));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(3);
    expect(ids).not.toContain(eigen);
  });
});
