import { describe, expect, it } from 'vitest';
import { browserOntbreekt, expectToegankelijk, screenshot } from '../support/browser.js';
import { e2eOmgeving } from '../support/e2e-omgeving.js';

const reden = browserOntbreekt();

describe.skipIf(reden)('the regisseur narrows the dossiers (Chromium)', () => {
  const omgeving = e2eOmgeving();

  it('from a status tile on the overview to a list filtered by traject and aanbieder, kept in the address', async () => {
    const page = await omgeving.inloggen('regisseur@utrecht.demo');
    await page.getByRole('list', { name: 'Dossiers per status' }).getByRole('link', { name: /Actief/ }).click();
    await expect.poll(() => page.getByLabel('Status').inputValue()).toBe('ACTIEF');
    const aantal = async () => Number((await page.getByRole('status').filter({ hasText: /\d+ dossiers?$/ }).innerText()).split(' ')[0]);
    await expect.poll(aantal).toBeGreaterThan(0);
    const alleActieve = await aantal();

    await page.getByLabel('Lopend traject').selectOption('MAP');
    await expect.poll(aantal).toBeLessThan(alleActieve);
    await page.getByLabel('Aanbieder').selectOption({ label: 'Werkpad MAP' });
    await expect.poll(() => page.url()).toContain('trajectsoort=MAP');
    const metMap = await aantal();
    expect(metMap).toBeGreaterThan(0);
    await expectToegankelijk(page, 'dossiers gefilterd');
    await screenshot(page, 'gemeente-dossiers-gefilterd');

    // The same filter with an aanbieder that runs no MAP: an empty state, not an error.
    await page.getByLabel('Aanbieder').selectOption({ label: 'Taalhuis Midden' });
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Geen dossiers gevonden.' }).isVisible()).toBe(true);
    await page.reload();
    await expect.poll(() => page.getByLabel('Aanbieder').locator('option:checked').innerText()).toBe('Taalhuis Midden');
  });
});
