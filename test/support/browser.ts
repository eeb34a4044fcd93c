import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';
export const WEB_DIST = resolve(import.meta.dirname, '..', '..', 'web', 'dist', 'index.html');
export const SCREENSHOTS = resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

/** Why the browser journeys cannot run here, if they cannot; said loudly by the caller. */
export function browserOntbreekt(): string | undefined {
  if (!existsSync(CHROMIUM)) return `chromium ontbreekt (${CHROMIUM}): browsertest OVERGESLAGEN. Installeer met: apt-get install chromium (.ci/run doet dat).`;
  if (!existsSync(WEB_DIST)) return 'web/dist ontbreekt: browsertest OVERGESLAGEN. Bouw eerst de webclient (npm test doet dat).';
  return undefined;
}

/**
 * Debian's Chromium, headless; playwright gives every launch a fresh, temporary profile. The flags keep it
 * off the (closed) network, which would otherwise refuse its background connections many times over.
 */
export async function startBrowser(): Promise<{ browser: Browser; stop: () => Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  return { browser, stop: () => browser.close() };
}

// Injected through the DevTools protocol rather than a <script> tag: the portal's CSP (rightly) refuses inline scripts.
const axeBron = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core's WCAG 2.0/2.1 A and AA rules on the page and fails on any violation, listing them. */
export async function expectToegankelijk(page: Page, naam: string): Promise<void> {
  await page.evaluate(axeBron);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } })
      .axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
  expect(violations, `axe op ${naam}`).toEqual([]);
  // WCAG 1.4.10 (reflow), which axe cannot judge: the page never scrolls sideways; wide tables scroll in their own box.
  const breedte = await page.evaluate(() => ({ pagina: document.documentElement.scrollWidth, venster: document.documentElement.clientWidth }));
  expect(breedte.pagina, `${naam} is breder dan het venster (${breedte.venster} px)`).toBeLessThanOrEqual(breedte.venster);
}

export async function screenshot(page: Page, naam: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${naam}.png`), fullPage: true });
}
