import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { vandaag } from '../../server/src/modules/shared/datum.js';
import { browserOntbreekt, expectToegankelijk, screenshot } from '../support/browser.js';
import { e2eOmgeving } from '../support/e2e-omgeving.js';

const reden = browserOntbreekt();

describe.skipIf(reden)('reports and API tokens in the browser (Chromium)', () => {
  const omgeving = e2eOmgeving();

  const login = (email: string): Promise<Page> => omgeving.inloggen(email);

  it('a PVT-aanbieder registers the signing; the form follows the rules of the chosen reason', async () => {
    const page = await login('pvt@kompas.demo');
    await page.getByRole('link', { name: /^PVT van / }).first().click();
    await expect.poll(() => page.getByRole('heading', { name: 'Resultaat participatieverklaringstraject' }).isVisible()).toBe(true);

    await page.getByLabel('Of: reden niet voldaan').selectOption('WEIGERT_DEELNAME');
    expect(await page.getByLabel('Start deelname').isDisabled()).toBe(true);
    expect(await page.getByLabel('Datum ondertekening').isDisabled()).toBe(true);
    await page.getByLabel('Of: reden niet voldaan').selectOption('WEIGERT_ONDERTEKENING');
    expect(await page.getByLabel(/Start deelname \(verplicht/).isEnabled()).toBe(true);
    await page.getByLabel('Of: reden niet voldaan').selectOption('');

    await page.getByLabel('Datum ondertekening').fill(vandaag());
    // The PVT form's own button: the traject page has several forms ("Referentie opslaan" among them).
    await page.getByRole('form', { name: 'Resultaat participatieverklaringstraject' }).getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Opgeslagen.' }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('cell', { name: /PVT ondertekend op/ }).isVisible()).toBe(true);
    await expectToegankelijk(page, 'pvt');
    await screenshot(page, 'aanbieder-pvt');
  });

  it('a taalschool reports progress; an advice without grounds is refused at its field', async () => {
    const page = await login('taalschool@taalhuis.demo');
    await page.getByRole('link', { name: /van Amina Haddad/ }).first().click();
    await expect.poll(() => page.getByRole('heading', { name: 'Voortgangsrapportage' }).isVisible()).toBe(true);
    await page.getByLabel('Voortgang', { exact: true }).selectOption('ACHTER');
    await page.getByLabel('Zorgtaken').check();
    await page.getByLabel('Heeft een ander lesmoment nodig').check(); // a code, where a free-text remark used to be
    await page.getByLabel('Advies', { exact: true }).selectOption('AFSCHALEN');
    await page.getByLabel(/Onderbouwing/).fill('Stabiel op A2 sinds de chemokuur.');
    await page.getByRole('button', { name: 'Opslaan' }).last().click();
    await expect.poll(() => page.getByText('Onderbouw het advies: kies minstens één grond.').isVisible()).toBe(true);
    await expect.poll(() => page.getByText(/Medische gegevens mogen niet worden vastgelegd; gevonden: "chemokuur"/).isVisible()).toBe(true);
    await page.getByLabel(/Onderbouwing/).fill('Stabiel op A2 na ruim 600 uur.');
    await page.getByLabel('Uren gevolgd zonder voldoende voortgang').check();
    await page.getByRole('button', { name: 'Opslaan' }).last().click();
    await expect.poll(() => page.getByRole('cell', { name: /Voortgang per .*: achter, advies afschalen/ }).isVisible()).toBe(true);
    await expectToegankelijk(page, 'voortgang');
  });

  it('a beheer user creates an API token, sees it once, and revokes it', async () => {
    const page = await login('taalschool@taalhuis.demo');
    await page.getByRole('link', { name: 'API-tokens' }).click();
    await page.getByLabel('Naam (bijvoorbeeld het systeem)').fill('Leerlingadministratie');
    await page.getByRole('button', { name: 'Token maken' }).click();
    const token = await page.locator('code.token').innerText();
    expect(token).toMatch(/^apt_/);
    const res = await fetch(`${omgeving.portal.url}/graphql/aanbieder`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: '{ mij { naam } }' }) });
    expect(await res.json()).toEqual({ data: { mij: { naam: 'Leerlingadministratie' } } });
    await expectToegankelijk(page, 'api-tokens');

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Intrekken Leerlingadministratie' }).click();
    await expect.poll(() => page.getByRole('cell', { name: /^ingetrokken/ }).isVisible()).toBe(true);
    await page.reload();
    expect(await page.locator('code.token').count()).toBe(0); // shown once, never again
    const daarna = await fetch(`${omgeving.portal.url}/graphql/aanbieder`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: '{ mij { naam } }' }) });
    expect(daarna.status).toBe(401);
  });

  it('the regisseur reads PIP history, reports and the hours chart, and takes a decision on the MAP with the DUO message', async () => {
    const page = await login('regisseur@utrecht.demo');
    await page.getByRole('link', { name: 'Dossiers', exact: true }).click();
    await page.getByLabel('Zoek op naam of BSN').fill('Haddad');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('link', { name: 'Amina Haddad' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'PIP-historie' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText(/Gevolgde uren taalles tegenover het geplande tempo: [\d.,]+ uur taalles gevolgd tot [\d-]+; in een gelijkmatig tempo naar 600 uur/).isVisible()).toBe(true);
    await expect.poll(() => page.getByText(/Voortgang per .*: achter, advies afschalen/).isVisible()).toBe(true); // reported by the taalschool above

    await page.getByLabel('Soort', { exact: true }).selectOption('PVT');
    await page.getByLabel(/^Verwijtbaar/).selectOption('JA');
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await expect.poll(() => page.getByText(/pas als de termijn is overschreden/).isVisible()).toBe(true);
    expect(await page.getByLabel(/^Verwijtbaar/).getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Soort', { exact: true }).selectOption('MAP');
    await page.getByLabel(/^Verwijtbaar/).selectOption('');
    await page.getByLabel(/^Datum eindgesprek/).fill(vandaag());
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: /Besluit vastgelegd \(versie 1\)\. Registreer het uiterlijk/ }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('listitem').filter({ hasText: `datumEindgesprekMap: ${vandaag()}` }).isVisible()).toBe(true);
    await expectToegankelijk(page, 'dossier met besluiten');
    await screenshot(page, 'gemeente-dossier-besluiten');
  });
});
