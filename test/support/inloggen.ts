import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';

/** A fresh browser context logged in through the real login page (password `demo`), at 1280×800 unless told otherwise. */
export async function inloggen(browser: Browser, portalUrl: string, email: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  await page.goto(`${portalUrl}/inloggen`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill('demo');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect.poll(() => page.getByRole('button', { name: 'Uitloggen' }).isVisible()).toBe(true);
  return page;
}
