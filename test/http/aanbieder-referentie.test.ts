import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen, vandaag } from '../../server/src/modules/shared/datum.js';
import { Client, startTestPortal, type TestPortal } from '../support/portal.js';

/** The school's own reference per traject over HTTP: set through the aanbieder endpoint, then used to name trajecten in an upload. */

let portal: TestPortal;
beforeAll(async () => {
  portal = await startTestPortal();
});
afterAll(() => portal.stop());

type Antwoord = Awaited<ReturnType<Client['graphql']>>;
const codes = (res: Antwoord) => res.body.errors?.flatMap((e) => e.extensions.fouten.map((f: { domeinCode: string; veld: string }) => `${f.domeinCode} ${f.veld}`));
/** The test's own eye: every row (row-level security shows the portal role without a principal none). */
const sql = <T>(query: string, params: unknown[] = []) => portal.alles().execute<T[]>(query, params);

const ZET = `mutation($trajectId: ID!, $referentie: String) { zetAanbiederReferentie(trajectId: $trajectId, referentie: $referentie) { trajectId aanbiederReferentie } }`;
const BATCH = `mutation($rijen: [AanwezigheidInput!]!, $proefdraai: Boolean) {
  registreerAanwezigheden(rijen: $rijen, proefdraai: $proefdraai) { rij resultaat aanwezigheid { periodeVan } fouten { domeinCode veld melding } }
}`;

async function trajectenVanSchool(school: Client): Promise<string[]> {
  const lijst = await school.graphql('aanbieder', '{ deelnemers(first: 3) { nodes { trajecten { id } } } }');
  return lijst.body.data.deelnemers.nodes.map((n: { trajecten: { id: string }[] }) => n.trajecten[0]!.id);
}

describe("the aanbieder's own reference over HTTP", () => {
  it('is set and shown with the traject; a second running traject with it is REFERENTIE_DUBBEL, writing nothing; the gemeente has no such mutation', async () => {
    const school = await Client.login(portal.url, 'taalschool@taalhuis.demo');
    const [a, b] = await trajectenVanSchool(school);
    expect((await school.graphql('aanbieder', ZET, { trajectId: a, referentie: 'TH-2026-001' })).body.data.zetAanbiederReferentie).toEqual({ trajectId: a, aanbiederReferentie: 'TH-2026-001' });
    const gelezen = await school.graphql('aanbieder', 'query($id: ID!) { traject(id: $id) { aanbiederReferentie } }', { id: a });
    expect(gelezen.body.data.traject.aanbiederReferentie).toBe('TH-2026-001');

    const dubbel = await school.graphql('aanbieder', ZET, { trajectId: b, referentie: 'TH-2026-001' });
    expect(dubbel.body.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', domeinCode: 'REFERENTIE_DUBBEL', veld: 'referentie' });
    expect(codes(await school.graphql('aanbieder', ZET, { trajectId: b, referentie: 'TH;1' }))).toEqual(['REFERENTIE_TEKENS_ONGELDIG referentie']);
    expect(codes(await school.graphql('aanbieder', ZET, { trajectId: b, referentie: 'x'.repeat(41) }))).toEqual(['TEKST_TE_LANG referentie']);
    expect(await sql('select aanbieder_referentie from traject where id = ?', [b])).toEqual([{ aanbieder_referentie: null }]);

    const regisseur = await Client.login(portal.url, 'regisseur@utrecht.demo');
    const gemeente = await regisseur.graphql('gemeente', ZET, { trajectId: a, referentie: 'X' });
    expect(gemeente.body.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('names trajecten in an upload instead of the id: the good rows are saved on the right traject, an unknown reference fails its row alone', async () => {
    const school = await Client.login(portal.url, 'taalschool@taalhuis.demo');
    const [a, b, c] = await trajectenVanSchool(school);
    await school.graphql('aanbieder', ZET, { trajectId: b, referentie: 'LL 0042' });
    // Monday of this week: never reported by the demo, never in the future.
    const dag = plusDagen(vandaag(), -((new Date(`${vandaag()}T00:00:00Z`).getUTCDay() + 6) % 7));
    const rij = { periodeVan: dag, periodeTot: dag, urenIngeroosterd: 2, urenAanwezig: 2, urenGeoorloofdVerzuim: 0, urenOngeoorloofdVerzuim: 0 };
    const voor = (await sql<{ n: number }>('select count(*)::int as n from aanwezigheid'))[0]!.n;
    const res = await school.graphql('aanbieder', BATCH, { rijen: [
      { ...rij, aanbiederReferentie: 'ONBEKEND-9' },
      { ...rij, aanbiederReferentie: ' LL 0042 ' },
      { ...rij, trajectId: c },
      { ...rij },
      { ...rij, trajectId: a, aanbiederReferentie: 'LL 0042' },
    ] });
    expect(res.body.errors).toBeUndefined();
    const uitkomst = res.body.data.registreerAanwezigheden as { rij: number; resultaat: string | null; fouten: { domeinCode: string; veld: string; melding: string }[] }[];
    expect(uitkomst.map((r) => [r.rij, r.resultaat, r.fouten.map((f) => `${f.domeinCode} ${f.veld}`)])).toEqual([
      [0, null, ['REFERENTIE_ONBEKEND input.aanbiederReferentie']],
      [1, 'NIEUW', []],
      [2, 'NIEUW', []],
      [3, null, ['TRAJECT_OF_REFERENTIE input.trajectId']],
      [4, null, ['TRAJECT_OF_REFERENTIE input.trajectId']],
    ]);
    expect(uitkomst[0]!.fouten[0]!.melding).toMatch(/^Geen lopend traject van uw organisatie heeft deze eigen referentie/);
    const opgeslagen = await sql<{ traject_id: string }>('select traject_id from aanwezigheid where periode_van = ? order by traject_id', [dag]);
    expect(opgeslagen.map((r) => r.traject_id).sort()).toEqual([b, c].sort());
    expect((await sql<{ n: number }>('select count(*)::int as n from aanwezigheid'))[0]!.n).toBe(voor + 2);
  });

  it('under allesOfNiets an unknown reference refuses the whole batch, naming its row, and nothing is written', async () => {
    const school = await Client.login(portal.url, 'taalschool@taalhuis.demo');
    const [a] = await trajectenVanSchool(school);
    const dag = plusDagen(vandaag(), -((new Date(`${vandaag()}T00:00:00Z`).getUTCDay() + 6) % 7)); // nothing reported for a
    const rij = { periodeVan: dag, periodeTot: dag, urenIngeroosterd: 1, urenAanwezig: 1, urenGeoorloofdVerzuim: 0, urenOngeoorloofdVerzuim: 0 };
    const voor = (await sql<{ n: number }>('select count(*)::int as n from aanwezigheid'))[0]!.n;
    const res = await school.graphql('aanbieder', 'mutation($rijen: [AanwezigheidInput!]!) { registreerAanwezigheden(rijen: $rijen, allesOfNiets: true) { rij } }',
      { rijen: [{ ...rij, trajectId: a }, { ...rij, aanbiederReferentie: 'ONBEKEND-2' }] });
    expect(res.body.errors![0]!.extensions.domeinCode).toBe('REEKS_AFGEWEZEN');
    expect(codes(res)).toEqual(['REEKS_AFGEWEZEN rijen', 'REFERENTIE_ONBEKEND rijen.1.aanbiederReferentie']);
    expect((await sql<{ n: number }>('select count(*)::int as n from aanwezigheid'))[0]!.n).toBe(voor);
  });

  it("never reaches another school's traject by a reference, and a single registreerAanwezigheid by reference works too", async () => {
    const taalhuis = await Client.login(portal.url, 'taalschool@taalhuis.demo');
    const [a] = await trajectenVanSchool(taalhuis);
    await taalhuis.graphql('aanbieder', ZET, { trajectId: a, referentie: 'GEDEELD-1' });
    const map = await Client.login(portal.url, 'map@werkpad.demo');
    const dag = plusDagen(vandaag(), -1);
    const rij = { aanbiederReferentie: 'GEDEELD-1', periodeVan: dag, periodeTot: dag, urenIngeroosterd: 1, urenAanwezig: 1, urenGeoorloofdVerzuim: 0, urenOngeoorloofdVerzuim: 0 };
    const ander = await map.graphql('aanbieder', BATCH, { rijen: [rij], proefdraai: true });
    expect(ander.body.data.registreerAanwezigheden[0].fouten.map((f: { domeinCode: string }) => f.domeinCode)).toEqual(['REFERENTIE_ONBEKEND']);
    const enkel = await taalhuis.graphql('aanbieder', 'mutation($input: AanwezigheidInput!) { registreerAanwezigheid(input: $input) { aanwezigheid { periodeVan } } }', { input: { ...rij, aanbiederReferentie: 'NIET-1' } });
    expect(enkel.body.errors![0]!.extensions).toMatchObject({ domeinCode: 'REFERENTIE_ONBEKEND', veld: 'input.aanbiederReferentie' });
  });
});
