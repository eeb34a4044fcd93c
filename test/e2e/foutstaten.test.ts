import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserOntbreekt, expectToegankelijk } from '../support/browser.js';
import { e2eOmgeving } from '../support/e2e-omgeving.js';

const reden = browserOntbreekt();

/** What must never reach a person: browser and server internals, or the leaked detail the fake server sends. */
const RAUW = /Failed to fetch|TypeError|NetworkError|ECONNREFUSED|relation "|stack|undefined|\[object Object\]/i;

/** A server that breaks the way a database outage does: HTTP 500 with an internal message that must stay internal. */
const SERVERFOUT = JSON.stringify({ errors: [{ message: 'relation "traject" does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });

type Storing = 'netwerk' | 'server';
const VERWACHT: Record<Storing, RegExp> = {
  netwerk: /De server is niet bereikbaar/,
  server: /Er ging iets mis aan onze kant/,
};

async function breekGraphql(page: Page, storing: Storing): Promise<void> {
  await page.route('**/graphql/**', (route: Route) => storing === 'netwerk'
    ? route.abort('failed')
    : route.fulfill({ status: 500, contentType: 'application/json', body: SERVERFOUT }));
}

/** Every page a person of this kind can open, each of which must say in Dutch that its data did not come. */
async function paginas(omgeving: ReturnType<typeof e2eOmgeving>, soort: 'aanbieder' | 'gemeente'): Promise<string[]> {
  const em = omgeving.portal.alles();
  if (soort === 'aanbieder') {
    const [traject] = await em.execute<{ id: string }[]>("select t.id from traject t join aanbieder a on a.id = t.aanbieder_id where a.naam like 'Taalhuis%' limit 1");
    return ['/aanbieder', `/aanbieder/trajecten/${traject!.id}`, '/aanbieder/groepsweek', '/aanbieder/csv', '/aanbieder/api-tokens', '/aanbieder/gebruikers'];
  }
  const [dossier] = await em.execute<{ id: string }[]>("select i.id from inburgeraar i where i.achternaam = 'Haddad'");
  const [aanbieder] = await em.execute<{ id: string }[]>("select id from aanbieder where naam like 'Taalhuis%'");
  return ['/gemeente', '/gemeente/dossiers', `/gemeente/dossiers/${dossier!.id}`, '/gemeente/aanbieders', `/gemeente/aanbieders/${aanbieder!.id}`, '/gemeente/beheer'];
}

describe.skipIf(reden)('when the data does not come (Chromium)', () => {
  const omgeving = e2eOmgeving();

  for (const [soort, email] of [['aanbieder', 'taalschool@taalhuis.demo'], ['gemeente', 'beheer@utrecht.demo']] as const) {
    for (const storing of ['netwerk', 'server'] as const) {
      it(`every ${soort} page says so in Dutch on a ${storing} failure, and shows nothing raw`, async () => {
        const page = await omgeving.inloggen(email);
        await breekGraphql(page, storing);
        for (const pad of await paginas(omgeving, soort)) {
          await page.goto(`${omgeving.portal.url}${pad}`);
          await expect.poll(() => page.getByRole('alert').filter({ hasText: VERWACHT[storing] }).count(), { message: pad }).toBeGreaterThan(0);
          expect(await page.locator('main').innerText(), pad).not.toMatch(RAUW);
          await expectToegankelijk(page, `${pad} bij ${storing}storing`);
        }
        await page.context().close();
      });
    }
  }

  it('shows that it is loading while the answer is on its way', async () => {
    const page = await omgeving.inloggen('taalschool@taalhuis.demo');
    let laatGaan: () => void = () => {};
    const gehouden = new Promise<void>((resolve) => { laatGaan = resolve; });
    await page.route('**/graphql/aanbieder', async (route) => {
      if (route.request().postDataJSON()?.operationName === 'Deelnemers') await gehouden;
      await route.continue();
    });
    await page.goto(`${omgeving.portal.url}/aanbieder`);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Deelnemers laden…' }).isVisible()).toBe(true);
    laatGaan();
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^\d+ deelnemers$/ }).isVisible()).toBe(true);
    expect(await page.getByText('Deelnemers laden…').count()).toBe(0);
    await page.context().close();
  });
});
