import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startTestPortal, type TestPortal } from '../support/portal.js';

let portal: TestPortal;
let regisseur: Client;
beforeAll(async () => {
  portal = await startTestPortal();
  regisseur = await Client.login(portal.url, 'regisseur@utrecht.demo');
});
afterAll(() => portal.stop());

const DOSSIER = `query($id: ID!) { dossier(id: $id) {
  bsn regime doelgroep doelgroepHistorie { doelgroep begindatum einddatum } datumVestiging status alfabetisering
  actuelePip { versie leerroute niveau geschatteIntensiteitB1Route } pipHistorie { versie }
  inburgeringstermijn { startdatum einddatum }
  gevolgdeUren { participatieAlsTaalles taallesEnKnmBredeIntake participatieactiviteitenBredeIntake bekendTot }
  trajecten { id soort aanbiederNaam onderdelen uren { aanwezig } }
} }`;

async function eersteDossier(zoek: string) {
  const res = await regisseur.graphql('gemeente', 'query($z: String) { zoekDossiers(zoek: $z, first: 1) { nodes { id } } }', { z: zoek });
  return res.body.data.zoekDossiers.nodes[0].id as string;
}

describe('the gemeente dossier', () => {
  it('shows doelgroep, PIP, term and DUO hour buckets derived from attendance', async () => {
    const id = await eersteDossier('Haddad');
    const res = await regisseur.graphql('gemeente', DOSSIER, { id });
    const d = res.body.data.dossier;
    expect(d).toMatchObject({ regime: 'WI2021', doelgroep: 'ASIELSTATUSHOUDER', status: 'ACTIEF', actuelePip: { versie: 1, leerroute: 'B', niveau: 'B1' } });
    expect(d.inburgeringstermijn.einddatum > d.inburgeringstermijn.startdatum).toBe(true);
    const taal = d.trajecten.find((t: { soort: string }) => t.soort === 'B1_ROUTE');
    expect(d.gevolgdeUren.participatieAlsTaalles).toBe(Math.floor(taal.uren.aanwezig));
    expect(d.gevolgdeUren.bekendTot).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("keeps one meaning per name: gemeldTot is a traject's last reported day, DUO's bekendTot the day after", async () => {
    const id = await eersteDossier('Haddad');
    const res = await regisseur.graphql('gemeente', `query($id: ID!) { dossier(id: $id) { gevolgdeUren { bekendTot } trajecten { uren { gemeldTot bekendTot } } } }`, { id });
    const d = res.body.data.dossier;
    const laatste = d.trajecten.map((t: { uren: { gemeldTot: string | null } }) => t.uren.gemeldTot).filter(Boolean).sort().at(-1) as string;
    const dagErna = new Date(Date.parse(`${laatste}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(d.gevolgdeUren.bekendTot).toBe(dagErna);
    for (const t of d.trajecten) expect(t.uren.bekendTot).toBe(t.uren.gemeldTot); // the deprecated name keeps its old value
  });

  it('changes the PIP as a new version, and refuses one that breaks a DUO rule with its code, writing nothing', async () => {
    const id = await eersteDossier('Haddad');
    const voor = (await regisseur.graphql('gemeente', DOSSIER, { id })).body.data.dossier;
    const fout = await regisseur.graphql('gemeente', `mutation($id: ID!, $input: PipInput!) { stelPipVast(inburgeraarId: $id, input: $input) { versie } }`,
      { id, input: { dagtekeningPip: voor.inburgeringstermijn.startdatum, leerroute: 'Z', niveau: 'B1', wijzigingsreden: 'ROUTEWISSEL' } });
    expect(fout.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', domeinCode: 'PIP_NIVEAU_B1_ZROUTE', veld: 'input.niveau' });
    expect((await regisseur.graphql('gemeente', DOSSIER, { id })).body.data.dossier.pipHistorie).toHaveLength(1);

    const goed = await regisseur.graphql('gemeente', `mutation($id: ID!, $input: PipInput!) { stelPipVast(inburgeraarId: $id, input: $input) { versie leerroute wijzigingsreden } }`,
      { id, input: { dagtekeningPip: voor.inburgeringstermijn.startdatum, leerroute: 'B', geschatteIntensiteitB1Route: 700, wijzigingsreden: 'INTENSITEIT' } });
    expect(goed.body.data.stelPipVast).toEqual({ versie: 2, leerroute: 'B', wijzigingsreden: 'INTENSITEIT' });
  });

  it('refuses an intensity the database would refuse (0, 20000) as BAD_USER_INPUT at its field, writing nothing, and takes 9999', async () => {
    const id = await eersteDossier('Haddad');
    const voor = (await regisseur.graphql('gemeente', DOSSIER, { id })).body.data.dossier;
    const stel = (uren: number) => regisseur.graphql('gemeente', `mutation($id: ID!, $input: PipInput!) { stelPipVast(inburgeraarId: $id, input: $input) { versie geschatteIntensiteitB1Route } }`,
      { id, input: { dagtekeningPip: voor.inburgeringstermijn.startdatum, leerroute: 'B', geschatteIntensiteitB1Route: uren, wijzigingsreden: 'INTENSITEIT' } });
    for (const uren of [0, 20000]) {
      const fout = await stel(uren);
      expect(fout.status).toBe(200);
      expect(fout.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', domeinCode: 'PIP_INTENSITEIT_BUITEN_BEREIK', veld: 'input.geschatteIntensiteitB1Route' });
    }
    expect((await regisseur.graphql('gemeente', DOSSIER, { id })).body.data.dossier.pipHistorie).toHaveLength(voor.pipHistorie.length);
    expect((await stel(9999)).body.data.stelPipVast).toEqual({ versie: voor.pipHistorie.length + 1, geschatteIntensiteitB1Route: 9999 });
  });

  it('a read-only user cannot change a PIP', async () => {
    const lezer = await Client.login(portal.url, 'raadpleger@utrecht.demo');
    const id = await eersteDossier('Haddad');
    const res = await lezer.graphql('gemeente', `mutation($id: ID!) { stelPipVast(inburgeraarId: $id, input: { dagtekeningPip: "2026-01-01", leerroute: B }) { versie } }`, { id });
    expect(res.body.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('assigns a MAP traject under a contract; the MAP-aanbieder then sees the person, never the BSN', async () => {
    const id = await eersteDossier('Tesfay');
    const contracten = (await regisseur.graphql('gemeente', '{ contracten { id aanbiederNaam trajectsoorten } }')).body.data.contracten;
    const map = contracten.find((c: { trajectsoorten: string[] }) => c.trajectsoorten.includes('MAP'));
    const vandaag = new Date().toISOString().slice(0, 10);
    const res = await regisseur.graphql('gemeente', `mutation($input: WijsTrajectToeInput!) { wijsTrajectToe(input: $input) { id soort aanbiederNaam uiterlijkeAfrondingsdatum } }`, {
      input: { inburgeraarId: id, contractId: map.id, soort: 'MAP', geplandeStart: vandaag, geplandeEinde: vandaag, geplandeUren: 40, uiterlijkeAfrondingsdatum: vandaag, onderdelen: ['PARTICIPATIE'] },
    });
    expect(res.body.data.wijsTrajectToe).toMatchObject({ soort: 'MAP', aanbiederNaam: map.aanbiederNaam });

    const mapAanbieder = await Client.login(portal.url, 'map@werkpad.demo');
    const deelnemers = await mapAanbieder.graphql('aanbieder', '{ deelnemers(zoek: "Tesfay") { nodes { achternaam trajecten { soort termijnEinddatum niveauEerstePip pipWijzigingen { leerroute } } } } }');
    const tesfay = deelnemers.body.data.deelnemers.nodes[0];
    const mapTraject = tesfay.trajecten.find((t: { soort: string }) => t.soort === 'MAP');
    expect(mapTraject.termijnEinddatum).toMatch(/^\d{4}-/);
    expect([mapTraject.niveauEerstePip, mapTraject.pipWijzigingen]).toEqual([null, []]); // MAP needs no language agreements
    expect(deelnemers.text).not.toMatch(/\b\d{9}\b/);
  });

  it('answers a double click with ONGEWIJZIGD, refuses a second running MAP, and assigns a follow-up once the first has ended', async () => {
    const id = await eersteDossier('Tesfay');
    const contracten = (await regisseur.graphql('gemeente', '{ contracten { id trajectsoorten } }')).body.data.contracten;
    const map = contracten.find((c: { trajectsoorten: string[] }) => c.trajectsoorten.includes('MAP'));
    const vandaag = new Date().toISOString().slice(0, 10);
    const wijsToe = (geplandeEinde: string) => regisseur.graphql('gemeente', `mutation($input: WijsTrajectToeInput!) { wijsTrajectToe(input: $input) { id status toewijzingResultaat } }`, {
      input: { inburgeraarId: id, contractId: map.id, soort: 'MAP', geplandeStart: vandaag, geplandeEinde, geplandeUren: 40 },
    });
    const eerste = (await wijsToe(vandaag)).body.data.wijsTrajectToe; // the MAP of the test above, or a new one
    expect((await wijsToe(vandaag)).body.data.wijsTrajectToe).toEqual({ id: eerste.id, status: 'ACTIEF', toewijzingResultaat: 'ONGEWIJZIGD' });
    const later = '2099-12-31';
    const dubbel = await wijsToe(later);
    expect(dubbel.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', domeinCode: 'TRAJECT_LOOPT_AL' });

    const beeindig = await regisseur.graphql('gemeente', `mutation($input: BeeindigTrajectInput!) { beeindigTraject(input: $input) { id status einddatum redenIntrekking toewijzingResultaat } }`,
      { input: { trajectId: eerste.id, status: 'INGETROKKEN', redenIntrekking: 'TEN_ONRECHTE_TOEGEWEZEN' } });
    expect(beeindig.body.data.beeindigTraject).toMatchObject({ id: eerste.id, status: 'INGETROKKEN', redenIntrekking: 'TEN_ONRECHTE_TOEGEWEZEN', toewijzingResultaat: null });
    expect((await wijsToe(later)).body.data.wijsTrajectToe).toMatchObject({ status: 'ACTIEF', toewijzingResultaat: 'NIEUW' });
  });

  it('refuses a language traject for a soort the leerroute does not fit', async () => {
    const id = await eersteDossier('Haddad');
    const contracten = (await regisseur.graphql('gemeente', '{ contracten { id trajectsoorten } }')).body.data.contracten;
    const taal = contracten.find((c: { trajectsoorten: string[] }) => c.trajectsoorten.includes('Z_ROUTE'));
    const vandaag = new Date().toISOString().slice(0, 10);
    const res = await regisseur.graphql('gemeente', `mutation($input: WijsTrajectToeInput!) { wijsTrajectToe(input: $input) { id } }`, {
      input: { inburgeraarId: id, contractId: taal.id, soort: 'Z_ROUTE', geplandeStart: vandaag, geplandeEinde: vandaag, geplandeUren: 800 },
    });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', domeinCode: 'SOORT_PAST_NIET_BIJ_LEERROUTE' });
  });
});

describe('registering and updating a dossier', () => {
  const REGISTREER = `mutation($input: RegistreerInburgeraarInput!) { registreerInburgeraar(input: $input) { id bsn achternaam doelgroep postcode } }`;
  const basis = { voornamen: 'Test', achternaam: 'Persoon', geboortedatum: '1990-01-01', doelgroep: 'GEZINSMIGRANT', doelgroepBegindatum: '2026-01-01' };

  it('registers a person with a valid BSN, once', async () => {
    const res = await regisseur.graphql('gemeente', REGISTREER, { input: { ...basis, bsn: '123456782', postcode: '3511 ab' } });
    expect(res.body.data.registreerInburgeraar).toMatchObject({ bsn: '123456782', doelgroep: 'GEZINSMIGRANT', postcode: '3511AB' });
    const nogmaals = await Client.login(portal.url, 'regisseur@amersfoort.demo');
    const dubbel = await nogmaals.graphql('gemeente', REGISTREER, { input: { ...basis, bsn: '123456782' } });
    expect(dubbel.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', domeinCode: 'BSN_BESTAAT_AL' });
  });

  it('refuses a BSN that fails the elfproef, writing nothing', async () => {
    const res = await regisseur.graphql('gemeente', REGISTREER, { input: { ...basis, bsn: '123456789' } });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', domeinCode: 'BSN_ONGELDIG', veld: 'input.bsn' });
    const zoek = await regisseur.graphql('gemeente', '{ zoekDossiers(zoek: "Test Persoon") { totalCount } }');
    expect(zoek.body.data.zoekDossiers.totalCount).toBe(1); // only the one from the previous test
  });

  it('updates only the fields sent, checked against the rest of the dossier', async () => {
    const id = await eersteDossier('Haddad');
    const res = await regisseur.graphql('gemeente', 'mutation($id: ID!, $input: DossierGegevensInput!) { wijzigDossier(id: $id, input: $input) { woonplaats eindeOntzorgen } }',
      { id, input: { woonplaats: 'Utrecht-Noord' } });
    expect(res.body.data.wijzigDossier.woonplaats).toBe('Utrecht-Noord');
    const fout = await regisseur.graphql('gemeente', 'mutation($id: ID!, $input: DossierGegevensInput!) { wijzigDossier(id: $id, input: $input) { id } }',
      { id, input: { eindeOntzorgen: '2000-01-01' } });
    expect(fout.body.errors?.[0]?.extensions.domeinCode).toBe('ONTZORGEN_OMGEKEERD');
  });
});

describe('withdrawing a wrongly registered dossier (004)', () => {
  it('stops every aanbieder seeing the person, withdraws the trajecten, and cannot be undone', async () => {
    const school = await Client.login(portal.url, 'taalschool@taalhuis.demo');
    const zichtbaar = async () => (await school.graphql('aanbieder', '{ deelnemers(zoek: "Darwish") { totalCount } }')).body.data.deelnemers.totalCount;
    expect(await zichtbaar()).toBe(1);
    const id = await eersteDossier('Darwish');
    const res = await regisseur.graphql('gemeente', 'mutation($id: ID!) { wijzigDossierStatus(id: $id, status: INGETROKKEN) { status trajecten { status } } }', { id });
    expect(res.body.data.wijzigDossierStatus.status).toBe('INGETROKKEN');
    expect(res.body.data.wijzigDossierStatus.trajecten.every((t: { status: string }) => t.status === 'INGETROKKEN')).toBe(true);
    expect(await zichtbaar()).toBe(0);
    const terug = await regisseur.graphql('gemeente', 'mutation($id: ID!) { wijzigDossierStatus(id: $id, status: ACTIEF) { status } }', { id });
    expect(terug.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', domeinCode: 'DOSSIER_INGETROKKEN' });
  });
});

describe('filtering dossiers', () => {
  const ZOEK = `query($status: DossierStatus, $soort: Trajectsoort, $aanbiederId: ID) {
    zoekDossiers(first: 100, status: $status, trajectsoort: $soort, aanbiederId: $aanbiederId) { totalCount nodes { id status } }
  }`;
  type Node = { id: string; status: string };
  /** Running trajecten of the found dossiers, straight from the database. */
  async function trajecten(nodes: Node[]) {
    return portal.alles().execute<{ inburgeraar_id: string; soort: string; naam: string }[]>(
      `select t.inburgeraar_id, t.soort, a.naam from traject t join aanbieder a on a.id = t.aanbieder_id
        where t.status = 'ACTIEF' and t.inburgeraar_id = any(?::uuid[])`, [`{${nodes.map((n) => n.id).join(',')}}`]);
  }

  it('narrows to one trajectsoort and one aanbieder, on the same running traject', async () => {
    const alle = (await regisseur.graphql('gemeente', ZOEK, {})).body.data.zoekDossiers;
    const map = (await regisseur.graphql('gemeente', ZOEK, { soort: 'MAP' })).body.data.zoekDossiers;
    expect(map.totalCount).toBeGreaterThan(0);
    expect(map.totalCount).toBeLessThan(alle.totalCount);
    const mapTrajecten = await trajecten(map.nodes);
    for (const d of map.nodes as Node[]) expect(mapTrajecten.some((t) => t.inburgeraar_id === d.id && t.soort === 'MAP')).toBe(true);

    const aanbiederId = (await portal.alles().execute<{ id: string }[]>("select id from aanbieder where naam = 'Taalhuis Midden'"))[0]!.id;
    const bijTaalhuis = (await regisseur.graphql('gemeente', ZOEK, { aanbiederId })).body.data.zoekDossiers;
    expect(bijTaalhuis.totalCount).toBeGreaterThan(0);
    const taalhuisTrajecten = await trajecten(bijTaalhuis.nodes);
    for (const d of bijTaalhuis.nodes as Node[]) expect(taalhuisTrajecten.some((t) => t.inburgeraar_id === d.id && t.naam === 'Taalhuis Midden')).toBe(true);
    expect((await regisseur.graphql('gemeente', ZOEK, { aanbiederId, soort: 'MAP' })).body.data.zoekDossiers.totalCount).toBe(0); // Taalhuis runs no MAP
  });

  it('narrows to a status (the dossier withdrawn above is found under INGETROKKEN only)', async () => {
    const zoek = async (status?: string) => (await regisseur.graphql('gemeente', ZOEK, { status })).body.data.zoekDossiers;
    const [alle, actief, ingetrokken] = [await zoek(), await zoek('ACTIEF'), await zoek('INGETROKKEN')];
    expect(ingetrokken.totalCount).toBeGreaterThan(0);
    expect((ingetrokken.nodes as Node[]).every((d) => d.status === 'INGETROKKEN')).toBe(true);
    expect((actief.nodes as Node[]).every((d) => d.status === 'ACTIEF')).toBe(true);
    expect(actief.totalCount + ingetrokken.totalCount).toBe(alle.totalCount);
  });

  it('refuses an aanbieder id that is no id, with its code', async () => {
    const res = await regisseur.graphql('gemeente', ZOEK, { aanbiederId: 'taalhuis' });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', domeinCode: 'AANBIEDER_ONBEKEND', veld: 'aanbiederId' }); // the catalogue's category, as everywhere
  });
});
