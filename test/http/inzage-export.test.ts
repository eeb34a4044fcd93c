import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startTestPortal, type TestPortal } from '../support/portal.js';

let portal: TestPortal;
let regisseur: Client;
beforeAll(async () => {
  portal = await startTestPortal();
  regisseur = await Client.login(portal.url, 'regisseur@utrecht.demo');
});
afterAll(() => portal.stop());

const EXPORT = 'query($id: ID!) { avgInzageBestand(inburgeraarId: $id) { bestandsnaam inhoud } }';

async function dossierId(zoek: string): Promise<string> {
  return (await regisseur.graphql('gemeente', 'query($z: String) { zoekDossiers(zoek: $z, first: 1) { nodes { id } } }', { z: zoek })).body.data.zoekDossiers.nodes[0].id;
}

async function exportRegels(id: string): Promise<number> {
  return (await portal.alles().execute<{ n: number }[]>(
    `select count(*)::int as n from inzage where actie = 'INZAGE_GEEXPORTEERD' and ?::uuid = any(inburgeraar_ids)`, [id]))[0]!.n;
}

describe('the AVG inzage file', () => {
  it("holds the person's dossier, decisions and every log line as JSON, and is logged itself", async () => {
    const id = await dossierId('Haddad');
    const dossier = (await regisseur.graphql('gemeente', 'query($id: ID!) { dossier(id: $id) { bsn achternaam trajecten { id } } }', { id })).body.data.dossier;
    const res = await regisseur.graphql('gemeente', EXPORT, { id });
    expect(res.body.errors).toBeUndefined();
    const { bestandsnaam, inhoud } = res.body.data.avgInzageBestand;
    expect(bestandsnaam).toMatch(new RegExp(`^avg-inzage-${id}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
    const bestand = JSON.parse(inhoud);
    expect(bestand.soort).toBe('AVG-inzage (artikel 15 AVG)');
    expect(bestand.gemaaktDoor).toEqual({ gemeente: 'Utrecht', naam: 'Sanne de Regisseur' });
    expect(bestand.dossier).toMatchObject({ id, bsn: dossier.bsn, achternaam: dossier.achternaam });
    expect(bestand.dossier.trajecten.map((t: { id: string }) => t.id)).toEqual(dossier.trajecten.map((t: { id: string }) => t.id));
    expect(bestand.dossier.doelgroepHistorie.length).toBeGreaterThan(0);
    expect(Array.isArray(bestand.besluiten)).toBe(true);
    // The dossier read just before is in the log; the file repeats no person inside each row.
    expect(bestand.inzagelog.map((r: { actie: string }) => r.actie)).toContain('DOSSIER_GELEZEN');
    expect(inhoud).not.toMatch(/"__|wachtwoord/);
    expect(await exportRegels(id)).toBe(1);
  });

  it("refuses another gemeente's person as NOT_FOUND, writing no export line, and logs the refusal", async () => {
    const id = await dossierId('Haddad');
    const amersfoort = await Client.login(portal.url, 'regisseur@amersfoort.demo');
    const voor = await exportRegels(id);
    const [ander, onbekend] = [await amersfoort.graphql('gemeente', EXPORT, { id }), await amersfoort.graphql('gemeente', EXPORT, { id: randomUUID() })];
    expect(ander.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', domeinCode: 'DOSSIER_ONBEKEND' });
    expect(ander.body).toEqual(onbekend.body);
    expect(await exportRegels(id)).toBe(voor);
    const geweigerd = await portal.alles().execute<{ n: number }[]>(
      `select count(*)::int as n from inzage where operatie = 'avgInzageBestand' and geweigerd = 'DOSSIER_ONBEKEND' and gevraagd @> array[?]`, [id]);
    expect(geweigerd[0]!.n).toBe(1);
  });
});
