import { describe, expect, it } from 'vitest';
import { TRAJECTSOORTEN_PER_RAPPORTAGE } from '../../server/src/modules/rapportage/rapportage.codes.js';
import { plusDagen, vandaag } from '../../server/src/modules/shared/datum.js';
import { browserOntbreekt, expectToegankelijk, screenshot } from '../support/browser.js';
import { e2eOmgeving } from '../support/e2e-omgeving.js';

const reden = browserOntbreekt();

// A Vite source (bundler resolution), loaded at run time: the test project's nodenext type check cannot follow it.
const webSoorten = new URL('../../web/src/features/rapportages/resultaatsoorten.ts', import.meta.url).href;

describe('the result forms offered per traject soort', () => {
  it('are the server\'s own mapping of rapportagesoort to trajectsoort', async () => {
    const { RESULTATEN_PER_TRAJECTSOORT: web } = (await import(webSoorten)) as { RESULTATEN_PER_TRAJECTSOORT: Record<string, readonly string[]> };
    for (const soort of ['EXAMENRESULTAAT', 'Z_ROUTE_RESULTAAT', 'TAALSCHAKEL_RESULTAAT'] as const) {
      const opWeb = Object.entries(web).filter(([, soorten]) => soorten.includes(soort)).map(([trajectsoort]) => trajectsoort);
      expect(opWeb.sort(), soort).toEqual([...TRAJECTSOORTEN_PER_RAPPORTAGE[soort]].sort());
    }
  });
});

describe.skipIf(reden)('result forms in the browser (Chromium)', () => {
  const omgeving = e2eOmgeving();

  it('a taalschool reports an exam result: the rules follow the choices, a future date is refused at its field, the fix is saved and kept', async () => {
    const page = await omgeving.inloggen('taalschool@taalhuis.demo');
    await page.getByRole('link', { name: /^B1-route van / }).first().click();
    const formulier = page.getByRole('form', { name: 'Examenresultaat' });
    await expect.poll(() => formulier.isVisible()).toBe(true);
    // Only the results that belong to a B1-route: no taalschakel or Z-route form.
    expect(await page.getByRole('form', { name: 'Resultaat Z-route' }).count()).toBe(0);
    expect(await page.getByRole('form', { name: 'Resultaat taalschakeltraject' }).count()).toBe(0);

    // The rules as the user chooses: KNM has no level, and "geen resultaat" asks for a reason.
    await formulier.getByLabel('Onderdeel').selectOption('KNM');
    expect(await formulier.getByLabel(/^Niveau/).isDisabled()).toBe(true);
    await formulier.getByLabel('Resultaat', { exact: true }).selectOption('GEEN');
    await expect.poll(() => formulier.getByLabel(/^Reden geen resultaat/).isVisible()).toBe(true);
    await formulier.getByLabel('Resultaat', { exact: true }).selectOption('GESLAAGD');
    expect(await formulier.getByLabel(/^Reden geen resultaat/).count()).toBe(0);
    await formulier.getByLabel('Onderdeel').selectOption('LE');
    await formulier.getByLabel(/^Niveau/).selectOption('B1');

    // One field wrong: an exam tomorrow. The server's Dutch message stands at that field, and nothing is saved.
    const morgen = plusDagen(vandaag(), 1);
    await formulier.getByLabel('Examendatum').fill(morgen);
    await formulier.getByRole('button', { name: 'Opslaan', exact: true }).click();
    const datumFout = formulier.locator('#examen-datum-fout');
    await expect.poll(() => datumFout.innerText()).toMatch(/ligt na vandaag .*; meld alleen wat al gebeurd is\./);
    expect(await formulier.getByLabel('Examendatum').getAttribute('aria-invalid')).toBe('true');
    expect(await formulier.getByRole('alert').innerText()).toContain('De melding is niet opgeslagen: één veld vraagt aandacht.');
    await expectToegankelijk(page, 'examenresultaat met fout');
    const gemeld = (await omgeving.portal.alles().execute<{ n: number }[]>(
      "select count(*)::int as n from rapportage where soort = 'EXAMENRESULTAAT' and gegevens->>'examendatum' = ?", [morgen]))[0]!.n;
    expect(gemeld).toBe(0);

    // Fixed: saved, confirmed, and listed as version 1.
    const gisteren = plusDagen(vandaag(), -1);
    await formulier.getByLabel('Examendatum').fill(gisteren);
    await formulier.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect.poll(() => formulier.getByRole('status').filter({ hasText: 'Opgeslagen.' }).isVisible()).toBe(true);
    expect(await formulier.locator('.veld__fout').count()).toBe(0);
    const [j, m, d] = gisteren.split('-');
    const regel = page.getByRole('row').filter({ has: page.getByRole('cell', { name: `Examen LE B1 op ${d}-${m}-${j}: geslaagd` }) });
    await expect.poll(() => regel.isVisible()).toBe(true);
    // The form now says that saving again is a correction of this version.
    await expect.poll(() => formulier.getByText(/Er is al een resultaat voor Lezen op deze datum gemeld \(versie 1/).isVisible()).toBe(true);
    await expectToegankelijk(page, 'examenresultaat opgeslagen');
    await screenshot(page, 'aanbieder-examenresultaat');

    await page.reload();
    await expect.poll(() => regel.isVisible()).toBe(true);
    expect(await regel.getByRole('cell').nth(1).innerText()).toBe('1');
    expect(await regel.getByRole('cell').nth(3).innerText()).toMatch(/^actueel; definitief vanaf/);
  });

  it('a Z-route result: the date follows "afgerond", the server refuses missing and broken values at their fields', async () => {
    const page = await omgeving.inloggen('taalschool@taalhuis.demo');
    await page.getByRole('link', { name: /^Z-route \(taal\) van / }).first().click();
    const formulier = page.getByRole('form', { name: 'Resultaat Z-route' });
    await expect.poll(() => formulier.isVisible()).toBe(true);
    expect(await page.getByRole('form', { name: 'Examenresultaat' }).count()).toBe(1); // the Z-route has exams too

    await formulier.getByLabel('Z-route afgerond').selectOption('NEE');
    expect(await formulier.getByLabel(/^Datum afronding/).isDisabled()).toBe(true);
    await formulier.getByLabel('Z-route afgerond').selectOption('JA');
    await formulier.getByLabel('Gerealiseerde uren taal').fill('12,5');
    await expect.poll(() => formulier.getByText(/geen heel getal van 0 tot 9999/).isVisible()).toBe(true);
    await formulier.getByLabel('Gerealiseerde uren participatie').fill('40');
    // A broken number is refused before any rule runs (GraphQL's own Int check, in the server's Dutch), at its field.
    await formulier.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect.poll(() => formulier.locator('#zroute-uren-taal-fout').isVisible()).toBe(true);
    expect(await formulier.locator('#zroute-uren-taal-fout').innerText()).toMatch(/geheel getal/);
    expect(await formulier.getByLabel('Gerealiseerde uren taal').getAttribute('aria-invalid')).toBe('true');
    // Whole hours, but no date of completion: the rules' own refusal, at the date.
    await formulier.getByLabel('Gerealiseerde uren taal').fill('780');
    await formulier.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect.poll(() => formulier.locator('#zroute-datum-fout').isVisible()).toBe(true);
    expect(await formulier.locator('#zroute-datum-fout').innerText()).toBe('Vul deze datum in.');
    expect(await formulier.locator('#zroute-uren-taal-fout').count()).toBe(0);

    await formulier.getByLabel(/^Datum afronding/).fill(vandaag());
    await formulier.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect.poll(() => formulier.getByRole('status').filter({ hasText: 'Opgeslagen.' }).isVisible()).toBe(true);
    const [j, m, d] = vandaag().split('-');
    await expect.poll(() => page.getByRole('cell', { name: `Z-route afgerond op ${d}-${m}-${j}` }).isVisible()).toBe(true);
    await expectToegankelijk(page, 'z-route resultaat');
    await screenshot(page, 'aanbieder-z-route-resultaat');
  });

  it('a taalschakel result on an onderwijsroute is saved and listed', async () => {
    const page = await omgeving.inloggen('taalschool@taalhuis.demo');
    await page.getByRole('link', { name: /^Onderwijsroute van / }).first().click();
    const formulier = page.getByRole('form', { name: 'Resultaat taalschakeltraject' });
    await expect.poll(() => formulier.isVisible()).toBe(true);
    await formulier.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect.poll(() => formulier.locator('#taalschakel-datum-fout').isVisible()).toBe(true);
    await formulier.getByLabel('Datum resultaat').fill(vandaag());
    await formulier.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect.poll(() => formulier.getByRole('status').filter({ hasText: 'Opgeslagen.' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('cell', { name: /^Taalschakeltraject behaald op / }).isVisible()).toBe(true);
    await expectToegankelijk(page, 'taalschakel resultaat');
  });
});
