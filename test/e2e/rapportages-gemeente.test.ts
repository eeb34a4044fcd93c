import { describe, expect, it } from 'vitest';
import { browserOntbreekt, expectToegankelijk, screenshot } from '../support/browser.js';
import { e2eOmgeving } from '../support/e2e-omgeving.js';
import { Client } from '../support/portal.js';

const reden = browserOntbreekt();

describe.skipIf(reden)('the regisseur reads what an aanbieder reported, in full, on the dossier page (Chromium)', () => {
  const omgeving = e2eOmgeving();

  it('shows the progress report with the test result per skill, the hindrance, the exam preparation and the advice with its grounds', async () => {
    // The demo's taalschool reported progress with advice ROUTEWISSEL on the last Utrecht B1 traject by name.
    const [dossier] = await omgeving.portal.alles().execute<{ id: string }[]>(
      `select t.inburgeraar_id as id from rapportage r join traject t on t.id = r.traject_id
        where r.soort = 'VOORTGANG' and r.gegevens->>'advies' = 'ROUTEWISSEL' limit 1`);
    expect(dossier).toBeDefined();
    const page = await omgeving.inloggen('regisseur@utrecht.demo');
    await page.goto(`${omgeving.portal.url}/gemeente/dossiers/${dossier!.id}`);

    const melding = page.getByRole('article', { name: /^Voortgangsrapportage: / });
    await expect.poll(() => melding.isVisible()).toBe(true);
    const veld = (naam: string) => melding.locator(`dt:text-is("${naam}") + dd`).innerText();
    expect(await veld('Voortgang')).toBe('Achter');
    expect(await veld('Examenvoorbereiding')).toBe('Niet gestart');
    expect(await veld('Belemmeringen')).toBe('Zorgtaken');
    expect(await veld('Advies')).toBe('Routewissel');
    expect((await veld('Gronden van het advies')).split(', ').sort()).toEqual(['Leerbaarheid', 'Toetsresultaten']);
    expect(await veld('Onderbouwing van het advies')).toContain('de Z-route past beter');

    const toetsen = melding.getByRole('table', { name: /Tussentijdse toetsresultaten/ });
    const lezen = toetsen.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Lezen' }) });
    await expect.poll(() => lezen.count()).toBe(1);
    expect(await lezen.getByRole('cell').allInnerTexts()).toEqual(['A1', expect.stringMatching(/^\d{2}-\d{2}-\d{4}$/)]);
    expect(await melding.getByText(/^Versie 1, ingediend op \d{2}-\d{2}-\d{4} \d{2}:\d{2}, definitief vanaf \d{2}-\d{2}-\d{4}$/).count()).toBe(1);
    // A first version has nothing earlier to disclose.
    expect(await melding.getByText('Eerdere versies', { exact: false }).count()).toBe(0);

    await expectToegankelijk(page, 'dossier met rapportages');
    await screenshot(page, 'gemeente-dossier-rapportages');
  });

  it('after a correction shows the newest version and keeps the earlier one behind a disclosure', async () => {
    const [rij] = await omgeving.portal.alles().execute<{ inburgeraar: string; traject: string; gegevens: Record<string, any> }[]>(
      `select t.inburgeraar_id as inburgeraar, t.id as traject, r.gegevens from rapportage r join traject t on t.id = r.traject_id
        where r.soort = 'VOORTGANG' and r.gegevens->>'advies' = 'ROUTEWISSEL' and r.vervangen_op is null limit 1`);
    const g = rij!.gegevens;
    // The taalschool corrects its own report (same peildatum, within the two weeks): a second version, the first kept.
    const school = await Client.login(omgeving.portal.url, 'taalschool@taalhuis.demo');
    const correctie = await school.graphql('aanbieder', 'mutation($i: VoortgangInput!) { meldVoortgang(input: $i) { resultaat } }', { i: {
      trajectId: rij!.traject, peildatum: g.peildatum, voortgang: 'ERNSTIG_ACHTER', belemmeringen: g.belemmeringen, belemmeringGevolgen: ['ANDER_LESMOMENT'],
      examenvoorbereiding: g.examenvoorbereiding, toetsresultaten: g.toetsresultaten, advies: g.advies, adviesGronden: g.adviesGronden, adviesToelichting: g.adviesToelichting,
    } });
    expect(correctie.body.data?.meldVoortgang?.resultaat, correctie.text).toBe('GECORRIGEERD');

    const page = await omgeving.inloggen('regisseur@utrecht.demo');
    await page.goto(`${omgeving.portal.url}/gemeente/dossiers/${rij!.inburgeraar}`);
    const melding = page.getByRole('article', { name: /^Voortgangsrapportage: / });
    await expect.poll(() => melding.isVisible()).toBe(true);
    expect(await melding.locator('> dl dt:text-is("Voortgang") + dd').innerText()).toBe('Ernstig achter');
    expect(await melding.locator('> dl dt:text-is("Gevolgen van de belemmeringen") + dd').innerText()).toBe('Heeft een ander lesmoment nodig');
    expect(await melding.getByText(/^Versie 2, ingediend op /).count()).toBe(1);

    const eerder = melding.locator('details');
    const knop = eerder.locator('summary', { hasText: 'Eerdere versies (1)' });
    const versie1 = page.getByRole('region', { name: 'Voortgangsrapportage, versie 1' });
    expect(await versie1.isVisible()).toBe(false);
    await knop.click();
    await expect.poll(() => versie1.isVisible()).toBe(true);
    expect(await versie1.locator('dt:text-is("Voortgang") + dd').innerText()).toBe('Achter');
    expect(await versie1.getByText(/^Versie 1, ingediend op .*, vervangen op \d{2}-\d{2}-\d{4} \d{2}:\d{2}$/).count()).toBe(1);
    expect(await versie1.getByRole('table', { name: /Tussentijdse toetsresultaten/ }).isVisible()).toBe(true);

    await expectToegankelijk(page, 'dossier met eerdere versie van een rapportage');
    await screenshot(page, 'gemeente-dossier-rapportage-versies');
  });
});
