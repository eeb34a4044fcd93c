import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusJaren, vandaag } from '../../server/src/modules/shared/datum.js';
import { Client, startTestPortal, type TestPortal } from '../support/portal.js';

let portal: TestPortal;
let regisseur: Client;
beforeAll(async () => {
  portal = await startTestPortal();
  regisseur = await Client.login(portal.url, 'regisseur@utrecht.demo');
});
afterAll(() => portal.stop());

const EINDE = `mutation($id: ID!, $input: EindeInburgeringsplichtInput!) { registreerEindeInburgeringsplicht(id: $id, input: $input) {
  status datumEindeInburgeringsplicht redenEindeInburgeringsplicht overlijdensdatum verwijderenVanaf retentieToegepastOp } }`;
const OVERLIJDEN = 'mutation($id: ID!, $datum: LocalDate!) { registreerOverlijden(id: $id, datum: $datum) { overlijdensdatum datumEindeInburgeringsplicht redenEindeInburgeringsplicht verwijderenVanaf } }';

async function dossierId(zoek: string) {
  const res = await regisseur.graphql('gemeente', 'query($z: String) { zoekDossiers(zoek: $z, first: 1) { nodes { id } } }', { z: zoek });
  return res.body.data.zoekDossiers.nodes[0].id as string;
}

describe('end of the obligation and death over HTTP', () => {
  it('a regisseur with MUTEREN records the end; the dossier shows it and the day retention applies', async () => {
    const id = await dossierId('Haddad');
    // Demo dates follow the clock: today is after the demo person's start and not in the future.
    const dag = vandaag();
    const res = await regisseur.graphql('gemeente', EINDE, { id, input: { datum: dag, reden: 'INBURGERINGSPLICHT_VOLDAAN' } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.registreerEindeInburgeringsplicht).toEqual({
      status: 'PLICHT_BEEINDIGD', datumEindeInburgeringsplicht: dag, redenEindeInburgeringsplicht: 'INBURGERINGSPLICHT_VOLDAAN',
      overlijdensdatum: null, verwijderenVanaf: plusJaren(dag, 5), retentieToegepastOp: null,
    });
    const overleden = await regisseur.graphql('gemeente', OVERLIJDEN, { id, datum: dag });
    expect(overleden.body.data.registreerOverlijden).toMatchObject({ overlijdensdatum: dag, datumEindeInburgeringsplicht: dag, verwijderenVanaf: plusJaren(dag, 5) });
  });

  it('refuses a reader, another gemeente and a future date, with their codes', async () => {
    const id = await dossierId('Tesfay');
    const lezer = await Client.login(portal.url, 'raadpleger@utrecht.demo');
    const geweigerd = await lezer.graphql('gemeente', EINDE, { id, input: { datum: '2026-01-15', reden: 'OVERIG' } });
    expect(geweigerd.body.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const amersfoort = await Client.login(portal.url, 'regisseur@amersfoort.demo');
    const ander = await amersfoort.graphql('gemeente', OVERLIJDEN, { id, datum: '2026-01-15' });
    expect(ander.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', domeinCode: 'DOSSIER_ONBEKEND' });
    const toekomst = await regisseur.graphql('gemeente', OVERLIJDEN, { id, datum: '2199-01-01' });
    expect(toekomst.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', domeinCode: 'DATUM_IN_TOEKOMST', veld: 'datum' });
    const dossier = await regisseur.graphql('gemeente', 'query($id: ID!) { dossier(id: $id) { status overlijdensdatum datumEindeInburgeringsplicht } }', { id });
    expect(dossier.body.data.dossier).toEqual({ status: 'ACTIEF', overlijdensdatum: null, datumEindeInburgeringsplicht: null });
  });
});
