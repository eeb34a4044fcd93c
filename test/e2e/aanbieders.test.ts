import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserOntbreekt, expectToegankelijk, screenshot, startBrowser } from '../support/browser.js';
import { startTestPortal, type TestPortal } from '../support/portal.js';

const reden = browserOntbreekt();
if (reden) console.warn(`\n!!! ${reden}\n`);

describe.skipIf(reden)('gemeente: aanbieders (Chromium)', () => {
  let portal: TestPortal;
  let browser: Browser;
  let stopBrowser: () => Promise<void>;

  beforeAll(async () => {
    portal = await startTestPortal();
    ({ browser, stop: stopBrowser } = await startBrowser());
  });
  afterAll(async () => {
    await stopBrowser?.();
    await portal?.stop();
  });

  async function login(page: Page, email: string) {
    await page.goto(`${portal.url}/`);
    await expect.poll(() => page.url()).toContain('/inloggen');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill('demo');
    await page.getByRole('button', { name: 'Inloggen' }).click();
  }

  it('a regisseur compares aanbieders, opens one and follows a deelnemer to the dossier', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
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
    await context.close();
  });
});
