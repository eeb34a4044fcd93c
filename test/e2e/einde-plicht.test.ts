import { describe, expect, it } from 'vitest';
import { plusJaren } from '../../server/src/modules/shared/datum.js';
import { browserOntbreekt, expectToegankelijk, screenshot } from '../support/browser.js';
import { e2eOmgeving } from '../support/e2e-omgeving.js';

const reden = browserOntbreekt();

const formaat = (iso: string) => iso.split('-').reverse().join('-');

describe.skipIf(reden)('the regisseur records the end of the obligation on the dossier page (Chromium)', () => {
  const omgeving = e2eOmgeving();

  it('shows a refused future date at its field, then records a date and reason and shows when retention applies', async () => {
    const [dossier] = await omgeving.portal.alles().execute<{ id: string; begin: string }[]>(
      "select id, coalesce(begindatum_inburgeringsplicht, '2000-01-01')::text as begin from inburgeraar where achternaam = 'Tesfay'");
    const page = await omgeving.inloggen('regisseur@utrecht.demo');
    await page.goto(`${omgeving.portal.url}/gemeente/dossiers/${dossier!.id}`);
    const sectie = page.getByRole('region', { name: 'Einde inburgeringsplicht en bewaartermijn' });
    await expect.poll(() => sectie.getByText('loopt nog').isVisible()).toBe(true);

    await page.getByLabel('Datum van overlijden').fill('2199-01-01');
    await page.getByRole('button', { name: 'Overlijden vastleggen' }).click();
    await expect.poll(() => page.getByText(/Deze datum ligt na vandaag/).isVisible()).toBe(true);

    const einde = dossier!.begin > '2024-01-01' ? dossier!.begin : '2024-01-01';
    await page.getByLabel('Datum einde').fill(einde);
    await page.getByLabel('Reden (DUO)').selectOption('VOLLEDIGE_VRIJSTELLING');
    await page.getByRole('button', { name: 'Einde vastleggen' }).click();
    await expect.poll(() => sectie.getByText(`${formaat(einde)}, Volledige vrijstelling`).isVisible()).toBe(true);
    await expect.poll(() => sectie.getByText(new RegExp(`Vanaf ${formaat(plusJaren(einde, 5))} verwijdert het portaal`)).isVisible()).toBe(true);
    await expectToegankelijk(page, 'dossier einde plicht');
    await screenshot(page, 'gemeente-dossier-einde-plicht');
  });

  it('a reader sees the section without the forms', async () => {
    const [dossier] = await omgeving.portal.alles().execute<{ id: string }[]>("select id from inburgeraar where achternaam = 'Haddad'");
    const page = await omgeving.inloggen('raadpleger@utrecht.demo');
    await page.goto(`${omgeving.portal.url}/gemeente/dossiers/${dossier!.id}`);
    await expect.poll(() => page.getByRole('region', { name: 'Einde inburgeringsplicht en bewaartermijn' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Einde vastleggen' }).count()).toBe(0);
  });
});
