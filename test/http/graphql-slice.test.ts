import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen, vandaag } from '../../server/src/modules/shared/datum.js';
import { emAls } from '../../server/src/modules/tenancy/database-principaal.js';
import { Client, startTestPortal, type TestPortal } from '../support/portal.js';

let portal: TestPortal;
let bsns: string[];
beforeAll(async () => {
  portal = await startTestPortal();
  bsns = (await portal.alles().execute<{ bsn: string }[]>('select bsn from inburgeraar')).map((r) => r.bsn);
});
afterAll(() => portal.stop());

const REGISTREER = `mutation($input: AanwezigheidInput!) {
  registreerAanwezigheid(input: $input) { resultaat aanwezigheid { versie urenAanwezig periodeVan } }
}`;

function maandag(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

describe('the aanbieder never receives a BSN', () => {
  it('in every query it can make about its deelnemers and trajecten', async () => {
    const school = await Client.login(portal.url, 'taalschool@taalhuis.demo');
    const lijst = await school.graphql('aanbieder', `{ deelnemers(first: 100) { nodes { portaalReferentie voornamen tussenvoegsel achternaam email telefoon gemeenteNaam trajecten { id soort cursusnaam geplandeStart geplandeEinde geplandeUren status gemeenteNaam uren { aanwezig } } } } }`);
    expect(lijst.status).toBe(200);
    const trajectId = lijst.body.data.deelnemers.nodes[0].trajecten[0].id;
    const detail = await school.graphql('aanbieder', `query($id: ID!) { traject(id: $id) { id deelnemer { portaalReferentie voornamen achternaam email telefoon } aanwezigheden { periodeVan } } }`, { id: trajectId });
    for (const text of [lijst.text, detail.text]) {
      for (const bsn of bsns) expect(text).not.toContain(bsn);
      expect(text).not.toMatch(/\b\d{9}\b/);
    }
  });

  it('and cannot ask for one: the field does not exist', async () => {
    const school = await Client.login(portal.url, 'taalschool@taalhuis.demo');
    const res = await school.graphql('aanbieder', '{ deelnemers { nodes { bsn } } }');
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.text).not.toMatch(/\b\d{9}\b/);
  });
});

describe('recording attendance end to end', () => {
  it('records, repeats idempotently, corrects, and the regisseur sees the totals', async () => {
    const school = await Client.login(portal.url, 'taalschool@taalhuis.demo');
    const lijst = await school.graphql('aanbieder', '{ deelnemers(zoek: "Haddad") { nodes { portaalReferentie trajecten { id uren { aanwezig } } } } }');
    const deelnemer = lijst.body.data.deelnemers.nodes[0];
    const traject = deelnemer.trajecten[0];
    const week = maandag(vandaag());
    const input = { trajectId: traject.id, periodeVan: week, periodeTot: week, urenIngeroosterd: 4, urenAanwezig: 2, urenGeoorloofdVerzuim: 2, redenGeoorloofdVerzuim: 'ZIEKTE', urenOngeoorloofdVerzuim: 0 };

    const eerste = await school.graphql('aanbieder', REGISTREER, { input });
    expect(eerste.body.data.registreerAanwezigheid).toMatchObject({ resultaat: 'NIEUW', aanwezigheid: { versie: 1 } });
    const herhaald = await school.graphql('aanbieder', REGISTREER, { input });
    expect(herhaald.body.data.registreerAanwezigheid).toMatchObject({ resultaat: 'ONGEWIJZIGD', aanwezigheid: { versie: 1 } });
    const correctie = await school.graphql('aanbieder', REGISTREER, { input: { ...input, urenAanwezig: 4, urenGeoorloofdVerzuim: 0, redenGeoorloofdVerzuim: null } });
    expect(correctie.body.data.registreerAanwezigheid).toMatchObject({ resultaat: 'GECORRIGEERD', aanwezigheid: { versie: 2, urenAanwezig: 4 } });

    const regisseur = await Client.login(portal.url, 'regisseur@utrecht.demo');
    const gevonden = await regisseur.graphql('gemeente', '{ zoekDossiers(zoek: "amina haddad") { nodes { id bsn } } }');
    const dossierId = gevonden.body.data.zoekDossiers.nodes[0].id;
    expect(dossierId).toBe(deelnemer.portaalReferentie);
    const dossier = await regisseur.graphql('gemeente', `query($id: ID!) { dossier(id: $id) { bsn trajecten { id geplandeUren uren { aanwezig } aanwezigheden { periodeVan versie } } } }`, { id: dossierId });
    const t = dossier.body.data.dossier.trajecten.find((x: { id: string }) => x.id === traject.id);
    expect(t.uren.aanwezig).toBe(traject.uren.aanwezig + 4);
    expect(t.aanwezigheden[0]).toEqual({ periodeVan: week, versie: 2 });

    const opBsn = await regisseur.graphql('gemeente', 'query($z: String) { zoekDossiers(zoek: $z) { nodes { id } } }', { z: dossier.body.data.dossier.bsn });
    expect(opBsn.body.data.zoekDossiers.nodes).toEqual([{ id: dossierId }]);
  });

  it('returns bad input as a coded, Dutch error at its field, without SQL or stack', async () => {
    const school = await Client.login(portal.url, 'taalschool@taalhuis.demo');
    const lijst = await school.graphql('aanbieder', '{ deelnemers(first: 1) { nodes { trajecten { id } } } }');
    const trajectId = lijst.body.data.deelnemers.nodes[0].trajecten[0].id;
    const res = await school.graphql('aanbieder', REGISTREER, {
      input: { trajectId, periodeVan: '2026-01-05', periodeTot: '2026-01-11', urenIngeroosterd: 10, urenAanwezig: 12, urenGeoorloofdVerzuim: 0, urenOngeoorloofdVerzuim: 1, redenOngeoorloofdVerzuim: 'ONBEKEND' },
    });
    const error = res.body.errors![0]!;
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', domeinCode: 'UREN_MEER_DAN_INGEROOSTERD', veld: 'input.urenAanwezig' });
    expect(error.extensions.fouten.map((f: { domeinCode: string }) => f.domeinCode)).toEqual(['UREN_MEER_DAN_INGEROOSTERD', 'VERZUIMREDEN_ONBEKEND']);
    expect(error.message).toMatch(/ingeroosterde uren/);
    expect(res.text).not.toMatch(/stacktrace|select |insert |at .*\.js/i);
  });

  it('a malformed BSN in the gemeente search is a coded error', async () => {
    const regisseur = await Client.login(portal.url, 'regisseur@utrecht.demo');
    const res = await regisseur.graphql('gemeente', '{ zoekDossiers(zoek: "123456789") { totalCount } }');
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', domeinCode: 'BSN_ONGELDIG', veld: 'zoek' });
  });

  it("Amersfoort's regisseur does not find Utrecht's people", async () => {
    const utrecht = await Client.login(portal.url, 'regisseur@utrecht.demo');
    const eenUtrechter = (await utrecht.graphql('gemeente', '{ zoekDossiers(first: 1) { nodes { id bsn } } }')).body.data.zoekDossiers.nodes[0];
    const amersfoort = await Client.login(portal.url, 'regisseur@amersfoort.demo');
    expect((await amersfoort.graphql('gemeente', 'query($z: String) { zoekDossiers(zoek: $z) { totalCount } }', { z: eenUtrechter.bsn })).body.data.zoekDossiers.totalCount).toBe(0);
    const dossier = await amersfoort.graphql('gemeente', 'query($id: ID!) { dossier(id: $id) { id } }', { id: eenUtrechter.id });
    expect(dossier.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', domeinCode: 'DOSSIER_ONBEKEND' });
  });
});

describe('access to personal data is traceable', () => {
  it("logs the aanbieder's reading and reporting, and shows the gemeente who saw the person", async () => {
    const school = await Client.login(portal.url, 'taalschool@taalhuis.demo');
    await school.graphql('aanbieder', '{ deelnemers(zoek: "Tesfay") { nodes { achternaam } } }');
    const regisseur = await Client.login(portal.url, 'regisseur@utrecht.demo');
    const id = (await regisseur.graphql('gemeente', '{ zoekDossiers(zoek: "Tesfay") { nodes { id } } }')).body.data.zoekDossiers.nodes[0].id;
    const log = await regisseur.graphql('gemeente', 'query($id: ID!) { inzages(inburgeraarId: $id) { organisatieNaam wie actie } }', { id });
    expect(log.body.data.inzages).toEqual(expect.arrayContaining([
      { organisatieNaam: 'Taalhuis Midden', wie: 'Tamara Taalhuis', actie: 'DEELNEMERS_GELEZEN' },
      { organisatieNaam: 'Utrecht', wie: 'Sanne de Regisseur', actie: 'DOSSIERS_GEZOCHT' },
    ]));
  });

  it('the log cannot be changed or emptied, not even by the application (its role lacks the rights) or the owner (the trigger)', async () => {
    // As a gemeente that reads its own lines, so the refusal is the missing grant's and not row-level security hiding them.
    const [utrecht] = await portal.alles().execute<{ id: string }[]>("select id from gemeente where naam = 'Utrecht'");
    const conn = emAls(portal.orm.em, { soort: 'gemeente', gemeenteId: utrecht!.id, organisatieNaam: 'Utrecht', rollen: ['MUTEREN'], naam: 'test' });
    expect((await conn.execute<{ n: number }[]>('select count(*)::int as n from inzage'))[0]!.n).toBeGreaterThan(0);
    await expect(conn.execute('delete from inzage')).rejects.toThrow(/permission denied for table inzage/);
    await expect(conn.execute("update inzage set actie = 'X'")).rejects.toThrow(/permission denied for table inzage/);
    await expect(conn.execute('truncate inzage')).rejects.toThrow(/permission denied for table inzage/);
    // The owner under the principal that sees every line: the trigger refuses, not an empty set of rows.
    const eigenaar = portal.alles();
    expect((await eigenaar.execute<{ n: number }[]>('select count(*)::int as n from inzage'))[0]!.n).toBeGreaterThan(0);
    await expect(eigenaar.execute('delete from inzage')).rejects.toThrow(/append-only/);
    await expect(eigenaar.execute("update inzage set actie = 'X'")).rejects.toThrow(/append-only/);
  });

  it("a gemeente cannot read another gemeente's log", async () => {
    const utrecht = await Client.login(portal.url, 'regisseur@utrecht.demo');
    const id = (await utrecht.graphql('gemeente', '{ zoekDossiers(first: 1) { nodes { id } } }')).body.data.zoekDossiers.nodes[0].id;
    const amersfoort = await Client.login(portal.url, 'regisseur@amersfoort.demo');
    const res = await amersfoort.graphql('gemeente', 'query($id: ID!) { inzages(inburgeraarId: $id) { actie } }', { id });
    expect(res.body.errors?.[0]?.extensions.domeinCode).toBe('DOSSIER_ONBEKEND');
  });
});

describe('filtering deelnemers', () => {
  it('narrows to one gemeente or one soort, never beyond the aanbieder’s own trajecten', async () => {
    const school = await Client.login(portal.url, 'taalschool@taalhuis.demo');
    const gemeenten = (await school.graphql('aanbieder', '{ gemeenten { naam gemeentecode } }')).body.data.gemeenten;
    expect(gemeenten).toEqual([{ naam: 'Amersfoort', gemeentecode: '0307' }, { naam: 'Utrecht', gemeentecode: '0344' }]);
    const amersfoort = await school.graphql('aanbieder', '{ deelnemers(gemeentecode: "0307", first: 100) { totalCount nodes { gemeenteNaam } } }');
    expect(amersfoort.body.data.deelnemers.totalCount).toBe(12);
    expect(new Set(amersfoort.body.data.deelnemers.nodes.map((d: { gemeenteNaam: string }) => d.gemeenteNaam))).toEqual(new Set(['Amersfoort']));
    const z = await school.graphql('aanbieder', '{ deelnemers(soort: Z_ROUTE, first: 100) { totalCount nodes { trajecten { soort } } } }');
    expect(z.body.data.deelnemers.nodes.flatMap((d: { trajecten: { soort: string }[] }) => d.trajecten.map((t) => t.soort))).toEqual(Array(z.body.data.deelnemers.totalCount).fill('Z_ROUTE'));
    const map = await Client.login(portal.url, 'map@werkpad.demo');
    expect((await map.graphql('aanbieder', '{ deelnemers(soort: B1_ROUTE) { totalCount } }')).body.data.deelnemers.totalCount).toBe(0);
  });
});

describe('what an aanbieder still owes', () => {
  it('lists missing attendance per traject, and the item is gone once last week is in', async () => {
    const school = await Client.login(portal.url, 'taalschool@taalhuis.demo');
    const LIJST = '{ deelnemers(first: 100) { nodes { trajecten { id geplandeStart teDoen { code sinds rapportagesoort } } } } }';
    const trajecten = (await school.graphql('aanbieder', LIJST)).body.data.deelnemers.nodes
      .flatMap((d: { trajecten: { id: string; teDoen: { code: string }[] }[] }) => d.trajecten);
    const laatsteMaandag = plusDagen(maandag(vandaag()), -7); // Monday of the last complete week
    const achter = trajecten.find((t: { teDoen: { code: string }[] }) => t.teDoen.some((d) => d.code === 'AANWEZIGHEID_ONTBREEKT'));
    expect(achter, 'the demo leaves some trajecten a week behind').toBeDefined();
    expect(trajecten.some((t: { teDoen: unknown[] }) => t.teDoen.length === 0), 'and others complete').toBe(true);

    const input = { trajectId: achter.id, periodeVan: laatsteMaandag, periodeTot: plusDagen(laatsteMaandag, 6), urenIngeroosterd: 8, urenAanwezig: 8, urenGeoorloofdVerzuim: 0, urenOngeoorloofdVerzuim: 0 };
    expect((await school.graphql('aanbieder', REGISTREER, { input })).body.errors).toBeUndefined();
    const detail = await school.graphql('aanbieder', 'query($id: ID!) { traject(id: $id) { teDoen { code } } }', { id: achter.id });
    expect(detail.body.data.traject.teDoen.map((d: { code: string }) => d.code)).not.toContain('AANWEZIGHEID_ONTBREEKT');
  });

  it('narrows the list to exactly the trajecten with something due, in the database and within the filters', async () => {
    const school = await Client.login(portal.url, 'taalschool@taalhuis.demo');
    type Lijst = { totalCount: number; nodes: { trajecten: { id: string; teDoen: unknown[] }[] }[] };
    const lijst = async (args: string): Promise<Lijst> => (await school.graphql('aanbieder', `{ deelnemers(first: 100${args}) { totalCount nodes { trajecten { id teDoen { code } } } } }`)).body.data.deelnemers;
    const trajecten = (l: Lijst) => l.nodes.flatMap((d) => d.trajecten);

    const alles = await lijst('');
    const verwacht = trajecten(alles).filter((t) => t.teDoen.length > 0).map((t) => t.id).sort();
    expect(verwacht.length, 'the demo has work due').toBeGreaterThan(0);
    expect(verwacht.length, 'and work done').toBeLessThan(trajecten(alles).length);

    const alleenTeDoen = await lijst(', teDoen: true');
    expect(trajecten(alleenTeDoen).map((t) => t.id).sort()).toEqual(verwacht);
    expect(alleenTeDoen.totalCount).toBe(alleenTeDoen.nodes.length);
    expect(alleenTeDoen.nodes.every((d) => d.trajecten.length > 0)).toBe(true);
    expect((await lijst(', teDoen: false')).totalCount, 'false filters nothing').toBe(alles.totalCount);

    // Combined with a gemeente, it narrows further and never widens.
    const amersfoort = await lijst(', teDoen: true, gemeentecode: "0307"');
    expect(trajecten(amersfoort).every((t) => verwacht.includes(t.id))).toBe(true);
    expect(amersfoort.totalCount).toBeLessThan(alleenTeDoen.totalCount);
  });
});
