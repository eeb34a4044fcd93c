import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { browserOntbreekt, expectToegankelijk, screenshot } from '../support/browser.js';
import { e2eOmgeving } from '../support/e2e-omgeving.js';

const reden = browserOntbreekt();

describe.skipIf(reden)('the regisseur reads who saw a dossier and downloads the AVG inzage file (Chromium)', () => {
  const omgeving = e2eOmgeving();

  it('on the dossier page: the log on request (this visit in it), then the file with the dossier and its log', async () => {
    const [persoon] = await omgeving.portal.alles().execute<{ id: string }[]>(
      `select i.id from inburgeraar i join gemeente g on g.id = i.gemeente_id where g.naam = 'Utrecht' and i.achternaam = 'Haddad' limit 1`);
    const page = await omgeving.inloggen('regisseur@utrecht.demo');
    await page.goto(`${omgeving.portal.url}/gemeente/dossiers/${persoon!.id}`);
    const sectie = page.getByRole('region', { name: 'Inzage' });
    await sectie.getByRole('button', { name: 'Inzagelog tonen' }).click();
    const tabel = sectie.getByRole('table');
    await expect.poll(() => tabel.getByRole('row').filter({ hasText: 'Dossier ingezien' }).filter({ hasText: 'Sanne de Regisseur' }).count()).toBeGreaterThan(0);
    expect(await tabel.getByRole('row').nth(1).innerText()).toMatch(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2}/);
    await expectToegankelijk(page, 'dossier met inzagelog');
    await screenshot(page, 'gemeente-dossier-inzagelog');

    const [download] = await Promise.all([page.waitForEvent('download'), sectie.getByRole('button', { name: 'AVG-inzagebestand downloaden' }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^avg-inzage-${persoon!.id}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
    const bestand = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(bestand.dossier).toMatchObject({ id: persoon!.id, achternaam: 'Haddad' });
    expect(bestand.inzagelog.map((r: { actie: string }) => r.actie)).toContain('INZAGELOG_GELEZEN');
    await expect.poll(() => sectie.getByRole('status').filter({ hasText: 'is gedownload' }).isVisible()).toBe(true);
  });
});
