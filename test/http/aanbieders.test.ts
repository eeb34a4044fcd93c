import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startTestPortal, type TestPortal } from '../support/portal.js';

let portal: TestPortal;
beforeAll(async () => {
  portal = await startTestPortal();
});
afterAll(() => portal.stop());

const AANBIEDERS = `{ aanbieders {
  id naam kvkNummer deelnemers aanwezigheidspercentage
  contracten { trajectsoorten ingangsdatum einddatum }
  uren { ingeroosterd aanwezig geoorloofdVerzuim ongeoorloofdVerzuim perioden }
  tijdigheid { meldtermijnWerkdagen perioden opTijd percentageOpTijd trajectenZonderVorigeWeek }
} }`;
const AANBIEDER = `query($id: ID!) { aanbieder(id: $id) {
  naam deelnemers uren { ingeroosterd aanwezig }
  trajecten { id inburgeraarId naam soort status uren { aanwezig ingeroosterd gemeldTot } vorigeWeekOntbreekt }
} }`;

type Overzicht = { id: string; naam: string; deelnemers: number; uren: { ingeroosterd: number; aanwezig: number }; tijdigheid: { trajectenZonderVorigeWeek: number }; contracten: { trajectsoorten: string[] }[] };
type Detail = { deelnemers: number; uren: { ingeroosterd: number; aanwezig: number }; trajecten: { inburgeraarId: string; uren: { ingeroosterd: number; aanwezig: number }; vorigeWeekOntbreekt: boolean }[] };

describe('the gemeente aanbieders overview over HTTP', () => {
  it('shows Utrecht its three aanbieders, and each detail adds up to the overview figures', async () => {
    const utrecht = await Client.login(portal.url, 'regisseur@utrecht.demo');
    const lijst = (await utrecht.graphql<{ aanbieders: Overzicht[] }>('gemeente', AANBIEDERS)).body.data!.aanbieders;
    expect(lijst.map((a) => a.naam)).toEqual(['Kompas PVT', 'Taalhuis Midden', 'Werkpad MAP']);
    const taalhuis = lijst.find((a) => a.naam === 'Taalhuis Midden')!;
    expect(taalhuis.contracten[0]!.trajectsoorten).toContain('ONDERWIJSROUTE');
    const detail = (await utrecht.graphql<{ aanbieder: Detail }>('gemeente', AANBIEDER, { id: taalhuis.id })).body.data!.aanbieder;
    const som = (f: (t: Detail['trajecten'][number]) => number) => detail.trajecten.reduce((s, t) => s + f(t), 0);
    expect(som((t) => t.uren.ingeroosterd)).toBe(taalhuis.uren.ingeroosterd);
    expect(som((t) => t.uren.aanwezig)).toBe(taalhuis.uren.aanwezig);
    expect(detail.trajecten.filter((t) => t.vorigeWeekOntbreekt).length).toBe(taalhuis.tijdigheid.trajectenZonderVorigeWeek);
    expect(taalhuis.tijdigheid.trajectenZonderVorigeWeek).toBeGreaterThan(0); // the demo leaves every third last week open
  });

  it("never shows Amersfoort Utrecht's trajecten or hours at the aanbieder they share", async () => {
    const utrecht = await Client.login(portal.url, 'regisseur@utrecht.demo');
    const amersfoort = await Client.login(portal.url, 'regisseur@amersfoort.demo');
    const lijstA = (await amersfoort.graphql<{ aanbieders: Overzicht[] }>('gemeente', AANBIEDERS)).body.data!.aanbieders;
    expect(lijstA.map((a) => a.naam)).toEqual(['Taalhuis Midden']);
    const id = lijstA[0]!.id;
    const vanAmersfoort = (await amersfoort.graphql<{ aanbieder: Detail }>('gemeente', AANBIEDER, { id })).body.data!.aanbieder;
    const vanUtrecht = (await utrecht.graphql<{ aanbieder: Detail }>('gemeente', AANBIEDER, { id })).body.data!.aanbieder;
    const utrechtseIds = new Set(vanUtrecht.trajecten.map((t) => t.inburgeraarId));
    expect(vanAmersfoort.trajecten.length).toBeGreaterThan(0);
    expect(vanAmersfoort.trajecten.filter((t) => utrechtseIds.has(t.inburgeraarId))).toEqual([]);
    expect(vanAmersfoort.uren.ingeroosterd).toBe(vanAmersfoort.trajecten.reduce((s, t) => s + t.uren.ingeroosterd, 0));
    expect(vanAmersfoort.uren.ingeroosterd).toBeLessThan(vanUtrecht.uren.ingeroosterd);
  });

  it('answers NOT_FOUND for an aanbieder the gemeente has no contract with, without its data', async () => {
    const utrecht = await Client.login(portal.url, 'regisseur@utrecht.demo');
    const werkpad = (await utrecht.graphql<{ aanbieders: Overzicht[] }>('gemeente', AANBIEDERS)).body.data!.aanbieders.find((a) => a.naam === 'Werkpad MAP')!;
    const amersfoort = await Client.login(portal.url, 'regisseur@amersfoort.demo');
    const res = await amersfoort.graphql('gemeente', AANBIEDER, { id: werkpad.id });
    expect(res.body.data).toBeNull();
    expect(res.body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', domeinCode: 'AANBIEDER_ONBEKEND' });
    expect(res.text).not.toContain('Werkpad');
  });

  it('logs that the regisseur saw the names, visible in the inzage of a deelnemer', async () => {
    const utrecht = await Client.login(portal.url, 'regisseur@utrecht.demo');
    const kompas = (await utrecht.graphql<{ aanbieders: Overzicht[] }>('gemeente', AANBIEDERS)).body.data!.aanbieders.find((a) => a.naam === 'Kompas PVT')!;
    const detail = (await utrecht.graphql<{ aanbieder: Detail }>('gemeente', AANBIEDER, { id: kompas.id })).body.data!.aanbieder;
    const inzages = await utrecht.graphql<{ inzages: { actie: string }[] }>('gemeente', 'query($id: ID!) { inzages(inburgeraarId: $id) { actie } }', { id: detail.trajecten[0]!.inburgeraarId });
    expect(inzages.body.data!.inzages.map((i) => i.actie)).toContain('TRAJECTEN_BIJ_AANBIEDER_GELEZEN');
  });

  it('is not available to aanbieders', async () => {
    const school = await Client.login(portal.url, 'taalschool@taalhuis.demo');
    expect((await school.graphql('gemeente', AANBIEDERS)).status).toBe(403);
  });
});
