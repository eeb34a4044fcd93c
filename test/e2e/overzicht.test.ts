import { describe, expect, it } from 'vitest';
import { vandaag } from '../../server/src/modules/shared/datum.js';
import { browserOntbreekt, expectToegankelijk, screenshot } from '../support/browser.js';
import { e2eOmgeving } from '../support/e2e-omgeving.js';
import { Client } from '../support/portal.js';

const reden = browserOntbreekt();

describe.skipIf(reden)('the regisseur comes back to the overview (Chromium)', () => {
  const omgeving = e2eOmgeving();

  it('sees what an aanbieder sent in between, and goes from it to the dossier', async () => {
    const eerste = await omgeving.inloggen('regisseur@utrecht.demo');
    await expect.poll(() => eerste.getByRole('heading', { name: 'Laatste meldingen van aanbieders' }).isVisible()).toBe(true);
    await eerste.context().close();

    // Between two visits a PVT-aanbieder's own system reports a signing.
    const pvt = await Client.login(omgeving.portal.url, 'pvt@kompas.demo');
    const persoon = (await pvt.graphql('aanbieder', '{ deelnemers(first: 1) { nodes { voornamen achternaam trajecten { id } } } }')).body.data.deelnemers.nodes[0];
    const gemeld = await pvt.graphql('aanbieder', 'mutation($input: PvtResultaatInput!) { meldPvtResultaat(input: $input) { resultaat } }',
      { input: { trajectId: persoon.trajecten[0].id, datumOndertekeningPvt: vandaag() } });
    expect(gemeld.body.errors).toBeUndefined();

    const page = await omgeving.inloggen('regisseur@utrecht.demo');
    const nieuw = page.getByRole('region', { name: 'Nieuw sinds uw vorige bezoek' });
    await expect.poll(() => nieuw.isVisible()).toBe(true);
    expect(await page.getByRole('status').filter({ hasText: /^Sinds uw vorige bezoek/ }).innerText()).toContain('1 andere melding van aanbieders');
    const naam = `${persoon.voornamen} ${persoon.achternaam}`;
    await expect.poll(() => nieuw.getByRole('listitem').filter({ hasText: naam }).innerText()).toMatch(/PVT-resultaat van Kompas/);
    expect(await nieuw.getByRole('listitem').count()).toBe(1);
    await expectToegankelijk(page, 'overzicht bij terugkomst');
    await screenshot(page, 'gemeente-overzicht-terugkomst');

    await nieuw.getByRole('link', { name: naam }).click();
    await expect.poll(() => page.getByRole('heading', { name: naam }).isVisible()).toBe(true);
    await page.context().close();
  });
});
