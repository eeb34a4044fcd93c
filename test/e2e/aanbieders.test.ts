import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserOntbreekt, expectToegankelijk, screenshot } from '../support/browser.js';
import { e2eOmgeving } from '../support/e2e-omgeving.js';

const reden = browserOntbreekt();
if (reden) console.warn(`\n!!! ${reden}\n`);

describe.skipIf(reden)('gemeente: aanbieders (Chromium)', () => {
  const omgeving = e2eOmgeving();

  const login = (page: Page, email: string) => omgeving.inloggen(email, { page });

  it('a regisseur compares aanbieders, opens one and follows a deelnemer to the dossier', async () => {
    const context = await omgeving.nieuweContext();
    const page = await context.newPage();
    await login(page, 'regisseur@utrecht.demo');
    await expect.poll(() => page.getByRole('heading', { name: 'Overzicht' }).isVisible()).toBe(true);

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Aanbieders' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Aanbieders' }).isVisible()).toBe(true);
    const rij = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Taalhuis Midden' }) });
    await expect.poll(() => rij.isVisible()).toBe(true);
    const tekst = await rij.innerText();
    expect(tekst).toContain('B1-route'); // the contract's soorten
    expect(tekst).toMatch(/\d+(,\d)?%/); // attendance and on-time percentages
    expect(tekst).toMatch(/\d+ trajecten/); // the demo leaves every third last week open
    await expectToegankelijk(page, 'aanbieders');
    await screenshot(page, 'gemeente-aanbieders');

    await rij.getByRole('link', { name: 'Taalhuis Midden' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Taalhuis Midden', level: 1 }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('table', { name: /Trajecten van uw gemeente/ }).isVisible()).toBe(true);
    await expectToegankelijk(page, 'aanbieder');
    await screenshot(page, 'gemeente-aanbieder');

    const deelnemer = page.getByRole('table', { name: /Trajecten van uw gemeente/ }).getByRole('link').first();
    const naam = await deelnemer.innerText();
    await deelnemer.click();
    await expect.poll(() => page.url()).toMatch(/\/gemeente\/dossiers\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByRole('heading', { name: naam, level: 1 }).isVisible()).toBe(true);

    // From the aanbieder to the paged, filterable dossier list of its deelnemers.
    await page.goBack();
    await page.getByRole('link', { name: /Dossiers met een lopend traject bij Taalhuis Midden/ }).click();
    await expect.poll(() => page.getByLabel('Aanbieder').locator('option:checked').innerText()).toBe('Taalhuis Midden');
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^\d+ dossiers?$/ }).isVisible()).toBe(true);
    await context.close();
  });
});
