import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startBrowser } from './browser.js';
import { startTestPortal, type TestPortal } from './portal.js';

export interface E2eOmgeving {
  /** The real portal with its own seeded database; set once beforeAll has run. */
  readonly portal: TestPortal;
  readonly browser: Browser;
  /** A fresh context as a Dutch user has it: nl-NL, Europe/Amsterdam (as the server's "vandaag"), 1280×800 unless told otherwise. */
  nieuweContext(opties?: BrowserContextOptions): Promise<BrowserContext>;
  /** A page logged in through the real login page (at 1280×800 in a fresh context unless a page is given). */
  inloggen(email: string, opties?: { wachtwoord?: string; page?: Page; viewport?: { width: number; height: number } }): Promise<Page>;
}

/** Starts a portal and Chromium for the enclosing describe block and stops both after it. */
export function e2eOmgeving(): E2eOmgeving {
  let portal: TestPortal | undefined;
  let chromium: Awaited<ReturnType<typeof startBrowser>> | undefined;
  beforeAll(async () => {
    portal = await startTestPortal();
    chromium = await startBrowser();
  });
  afterAll(async () => {
    await chromium?.stop();
    await portal?.stop();
  });

  const omgeving: E2eOmgeving = {
    get portal() { return portal!; },
    get browser() { return chromium!.browser; },
    nieuweContext(opties = {}) {
      return omgeving.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', ...opties });
    },
    async inloggen(email, { wachtwoord = 'demo', page, viewport = { width: 1280, height: 800 } } = {}) {
      page ??= await (await omgeving.nieuweContext({ viewport })).newPage();
      await page.goto(`${omgeving.portal.url}/inloggen`);
      await page.getByLabel('E-mailadres').fill(email);
      await page.getByLabel('Wachtwoord').fill(wachtwoord);
      await page.getByRole('button', { name: 'Inloggen' }).click();
      // argon2 on a loaded 2-core machine can take more than the poll's default second.
      await expect.poll(() => page.getByRole('button', { name: 'Uitloggen' }).isVisible(), { timeout: 10_000 }).toBe(true);
      return page;
    },
  };
  return omgeving;
}
