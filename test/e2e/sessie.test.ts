import { describe, expect, it } from 'vitest';
import { browserOntbreekt, expectToegankelijk } from '../support/browser.js';
import { e2eOmgeving } from '../support/e2e-omgeving.js';

const reden = browserOntbreekt();

describe.skipIf(reden)('an expired session (Chromium)', () => {
  const omgeving = e2eOmgeving();

  it('brings the user back to the login page with a message, not a network error, and leaves no data behind; a wrong password there gets the server\'s message', async () => {
    const page = await omgeving.inloggen('regisseur@utrecht.demo');
    await expect.poll(() => page.getByRole('heading', { name: 'Overzicht' }).isVisible()).toBe(true);
    // The server forgets every session (as after SESSION_HOURS); the page still thinks it is logged in.
    await omgeving.portal.alles().execute('delete from sessie');
    await page.getByRole('link', { name: 'Dossiers', exact: true }).click();

    await expect.poll(() => page.url()).toContain('/inloggen');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Uw sessie is verlopen. Log opnieuw in.' }).isVisible()).toBe(true);
    expect(await page.locator('body').innerText()).not.toMatch(/niet bereikbaar|\b\d{9}\b/);
    await expectToegankelijk(page, 'sessie verlopen');

    // A wrong password first: the page shows the server's Dutch message, read from the shared error shape.
    await page.getByLabel('E-mailadres').fill('regisseur@utrecht.demo');
    await page.getByLabel('Wachtwoord').fill('niet het wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Deze combinatie van e-mailadres en wachtwoord kennen we niet.' }).isVisible()).toBe(true);

    await page.getByLabel('Wachtwoord').fill('demo');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Overzicht' }).isVisible()).toBe(true);
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
