import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserOntbreekt, expectToegankelijk, screenshot } from '../support/browser.js';
import { e2eOmgeving } from '../support/e2e-omgeving.js';

const reden = browserOntbreekt();

describe.skipIf(reden)('beheer of users and contracts in the browser (Chromium)', () => {
  const omgeving = e2eOmgeving();

  const login = (email: string, wachtwoord = 'demo', page?: Page): Promise<Page> => omgeving.inloggen(email, { wachtwoord, page });

  async function naarBeheer(page: Page): Promise<void> {
    await page.getByRole('link', { name: 'Beheer', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Gebruikers van uw organisatie' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('cell', { name: 'beheer@utrecht.demo' }).isVisible()).toBe(true);
  }

  it('beheer creates a user who logs in with the one-time password; then changes a role and closes a contract', async () => {
    const page = await login('beheer@utrecht.demo');
    await expectToegankelijk(page, 'startpagina beheer');
    await naarBeheer(page);
    await expectToegankelijk(page, 'beheer');

    await page.getByLabel('Naam', { exact: true }).fill('Nina Nieuw');
    await page.getByLabel('E-mailadres').fill('nina@utrecht.demo');
    await page.getByRole('button', { name: 'Gebruiker maken' }).click();
    await expect.poll(() => page.getByText('Kopieer het nu: het wordt niet meer getoond.').isVisible()).toBe(true);
    const wachtwoord = await page.locator('code.token').innerText();
    expect(wachtwoord).toMatch(/^[\w-]{24}$/);
    await expect.poll(() => page.getByRole('cell', { name: 'nina@utrecht.demo' }).isVisible()).toBe(true);
    await expectToegankelijk(page, 'beheer met nieuw wachtwoord');

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await expect.poll(() => page.getByLabel('Wachtwoord').isVisible()).toBe(true);
    await login('nina@utrecht.demo', wachtwoord, page);
    // First an own password: nothing else is open until then.
    await expect.poll(() => page.getByRole('heading', { name: 'Wachtwoord wijzigen' }).isVisible()).toBe(true);
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).count()).toBe(0);
    await page.getByLabel('Huidig wachtwoord').fill(wachtwoord);
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('kort');
    await page.getByLabel('Nieuw wachtwoord nogmaals').fill('kort');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect.poll(() => page.getByText(/minstens 12 tekens; een zin/).isVisible()).toBe(true);
    expect(await page.getByLabel('Nieuw wachtwoord', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await expectToegankelijk(page, 'wachtwoord kiezen met fout');
    await screenshot(page, 'wachtwoord-kiezen');
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('mijn eigen lange zin');
    await page.getByLabel('Nieuw wachtwoord nogmaals').fill('mijn eigen lange zin');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Overzicht' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Nina Nieuw').first().isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Beheer', exact: true }).count()).toBe(0);
    await expectToegankelijk(page, 'startpagina nieuwe gebruiker');
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await expect.poll(() => page.getByLabel('Wachtwoord').isVisible()).toBe(true);

    await login('beheer@utrecht.demo', 'demo', page);
    await naarBeheer(page);
    expect(await page.locator('code.token').count()).toBe(0); // shown once, never again
    await page.getByLabel('Muteren voor Nina Nieuw').click(); // controlled: it turns checked once the server agreed
    await expect.poll(() => page.getByLabel('Muteren voor Nina Nieuw').isChecked()).toBe(true);
    await page.reload();
    await expect.poll(() => page.getByLabel('Muteren voor Nina Nieuw').isChecked()).toBe(true);

    // A bad contract: the verwerkersovereenkomst is dated after the ingangsdatum.
    const werkpad = await page.locator('#contract-aanbieder option', { hasText: 'Werkpad' }).getAttribute('value');
    await page.getByLabel('Aanbieder', { exact: true }).selectOption(werkpad!);
    await page.getByLabel('MAP', { exact: true }).check();
    await page.getByLabel('Ingangsdatum').fill('2027-01-01');
    await page.getByLabel('Datum verwerkersovereenkomst').fill('2027-01-05');
    await page.getByRole('button', { name: 'Contract sluiten' }).click();
    await expect.poll(() => page.getByText(/De verwerkersovereenkomst moet uiterlijk op de ingangsdatum getekend zijn/).isVisible()).toBe(true);
    expect(await page.getByLabel('Datum verwerkersovereenkomst').getAttribute('aria-invalid')).toBe('true');
    await expectToegankelijk(page, 'beheer met foutmelding');

    await page.getByLabel('Datum verwerkersovereenkomst').fill('2026-12-01');
    await page.getByRole('button', { name: 'Contract sluiten' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: /Contract met Werkpad.* gesloten/ }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'Werkpad' }).filter({ hasText: '01-01-2027' }).count()).toBe(1);
    await expectToegankelijk(page, 'beheer met nieuw contract');
    await screenshot(page, 'gemeente-beheer');
  });

  it('beheer resets a password: the one-time password is shown once; the user can only choose a new one, and a common one is refused', async () => {
    const page = await login('beheer@utrecht.demo');
    await naarBeheer(page);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Wachtwoord resetten van Rob Raadpleger' }).click();
    await expect.poll(() => page.getByText(/moet het daarna direct vervangen; alle sessies zijn beëindigd/).isVisible()).toBe(true);
    const eenmalig = await page.getByLabel('Eenmalig wachtwoord').innerText();
    expect(eenmalig).toMatch(/^[\w-]{24}$/);
    await expectToegankelijk(page, 'beheer met eenmalig wachtwoord');
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await expect.poll(() => page.getByLabel('Wachtwoord').isVisible()).toBe(true);

    // The old password is gone; the one-time password leads to the change-password form and nowhere else.
    await page.getByLabel('E-mailadres').fill('raadpleger@utrecht.demo');
    await page.getByLabel('Wachtwoord').fill('demo');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Deze combinatie van e-mailadres en wachtwoord kennen we niet.' }).isVisible()).toBe(true);
    await login('raadpleger@utrecht.demo', eenmalig, page);
    await expect.poll(() => page.getByRole('heading', { name: 'Wachtwoord wijzigen' }).isVisible()).toBe(true);
    expect(await page.getByRole('alert').filter({ hasText: 'eenmalig wachtwoord van een beheerder' }).isVisible()).toBe(true);
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).count()).toBe(0);
    await page.goto(`${omgeving.portal.url}/gemeente/dossiers`);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/wachtwoord');

    await page.getByLabel('Huidig wachtwoord').fill(eenmalig);
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('wachtwoord12');
    await page.getByLabel('Nieuw wachtwoord nogmaals').fill('wachtwoord12');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect.poll(() => page.getByText(/lijst van veelgebruikte of uitgelekte wachtwoorden/).isVisible()).toBe(true);
    expect(await page.getByLabel('Nieuw wachtwoord', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await expectToegankelijk(page, 'wachtwoord kiezen na reset, veelgebruikt');
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('paarse fietsen rijden traag');
    await page.getByLabel('Nieuw wachtwoord nogmaals').fill('paarse fietsen rijden traag');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Overzicht' }).isVisible()).toBe(true);
  });

  it('a regisseur without BEHEER has no Beheer link and cannot open the page', async () => {
    const page = await login('regisseur@utrecht.demo');
    expect(await page.getByRole('link', { name: 'Dossiers', exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Beheer', exact: true }).count()).toBe(0);
    await page.goto(`${omgeving.portal.url}/gemeente/beheer`);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/gemeente');
    await expectToegankelijk(page, 'startpagina regisseur');
  });

  it('an aanbieder beheerder manages its users on its own page', async () => {
    const page = await login('taalschool@taalhuis.demo');
    await page.getByRole('link', { name: 'Gebruikers', exact: true }).click();
    await expect.poll(() => page.getByRole('cell', { name: 'taalschool@taalhuis.demo' }).isVisible()).toBe(true);
    expect(await page.getByLabel('Beheer voor Tamara Taalhuis').isDisabled()).toBe(true); // never remove one's own BEHEER
    await expectToegankelijk(page, 'aanbieder gebruikers');
  });
});
