import { describe, expect, it } from 'vitest';
import { plusDagen, vandaag } from '../../server/src/modules/shared/datum.js';
import { browserOntbreekt, expectToegankelijk, screenshot } from '../support/browser.js';
import { e2eOmgeving } from '../support/e2e-omgeving.js';

const reden = browserOntbreekt();
const KOP = 'trajectId;deelnemer;periodeVan;periodeTot;urenIngeroosterd;urenAanwezig;urenGeoorloofdVerzuim;redenGeoorloofdVerzuim;urenOngeoorloofdVerzuim;redenOngeoorloofdVerzuim';

describe.skipIf(reden)('an upload runs as a job on the server: closing the page loses nothing (Chromium)', () => {
  const omgeving = e2eOmgeving();
  const sql = <T>(query: string, params: unknown[] = []) => omgeving.portal.alles().execute<T[]>(query, params);

  it('the page is closed after uploading; reopened, the recent uploads show the result, and saving a correction asks first', async () => {
    // A line that corrects a reported period, and one for a day the demo never reports.
    const [gemeld] = await sql<{ traject_id: string; periode_van: string; periode_tot: string; versie: number }>(
      `select a.traject_id, a.periode_van, a.periode_tot, a.versie from aanwezigheid a join traject t on t.id = a.traject_id join aanbieder b on b.id = t.aanbieder_id
        where b.naam like 'Taalhuis%' and a.vervangen_op is null and t.status = 'ACTIEF' and a.uren_ingeroosterd >= 3 order by a.periode_van desc, a.traject_id limit 1`);
    const dag = plusDagen(vandaag(), -((new Date(`${vandaag()}T00:00:00Z`).getUTCDay() + 6) % 7));
    const [ander] = await sql<{ id: string }>(
      "select t.id from traject t join aanbieder b on b.id = t.aanbieder_id where b.naam like 'Taalhuis%' and t.status = 'ACTIEF' and t.id <> ? and t.geplande_start <= ? order by t.id limit 1", [gemeld!.traject_id, dag]);
    const bestand = [KOP, `${gemeld!.traject_id};;${gemeld!.periode_van};${gemeld!.periode_tot};3;1;;;;`, `${ander!.id};;${dag};${dag};2;2;;;;`].join('\r\n');

    const eerste = await omgeving.inloggen('taalschool@taalhuis.demo');
    await eerste.getByRole('link', { name: 'CSV uploaden' }).click();
    await eerste.getByLabel('CSV-bestand kiezen').setInputFiles({ name: 'gesloten.csv', mimeType: 'text/csv', buffer: Buffer.from(bestand) });
    await expect.poll(() => eerste.getByRole('status').filter({ hasText: '2 regels gelezen' }).isVisible()).toBe(true);
    const antwoord = eerste.waitForResponse((r) => r.url().includes('/upload/aanwezigheid'));
    await eerste.getByRole('button', { name: 'Controleren (proefdraai)' }).click();
    expect((await antwoord).status()).toBe(202);
    await expect.poll(() => new URL(eerste.url()).searchParams.get('upload'), { timeout: 10_000 }).toMatch(/^[0-9a-f-]{36}$/);
    const uploadId = new URL(eerste.url()).searchParams.get('upload')!;
    const context = eerste.context();
    await eerste.close(); // the page is gone; the job goes on

    const tweede = await context.newPage();
    await tweede.goto(`${omgeving.portal.url}/aanbieder/csv`);
    await expect.poll(() => tweede.getByRole('heading', { name: 'Recente uploads' }).isVisible(), { timeout: 10_000 }).toBe(true);
    await tweede.getByRole('link', { name: 'gesloten.csv' }).first().click();
    expect(new URL(tweede.url()).searchParams.get('upload')).toBe(uploadId);
    const controle = tweede.getByText(/^Controle:/);
    await expect.poll(() => controle.isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await controle.innerText()).toBe('Controle: 2 regels in orde, 0 met fouten; 1 correctie van een al gemelde periode (zie hieronder). Er is nog niets opgeslagen.');
    await expect.poll(() => tweede.getByRole('heading', { name: 'Correcties van al gemelde perioden' }).isVisible(), { timeout: 10_000 }).toBe(true);
    // Reopened, the browser no longer has the file: the line names its traject instead of the deelnemer column.
    expect(await tweede.getByRole('row').filter({ hasText: `versie ${gemeld!.versie}` }).innerText()).toContain(gemeld!.traject_id);
    await expectToegankelijk(tweede, 'upload heropend');
    await screenshot(tweede, 'aanbieder-upload-heropend');

    const versie = async () => (await sql<{ versie: number }>('select versie from aanwezigheid where traject_id = ? and periode_van = ? and vervangen_op is null', [gemeld!.traject_id, gemeld!.periode_van]))[0]!.versie;
    tweede.once('dialog', (dialog) => void dialog.dismiss());
    await tweede.getByRole('button', { name: 'Opslaan, met correcties' }).click();
    await expect.poll(() => tweede.getByRole('alert').filter({ hasText: 'Niets opgeslagen: u heeft de correcties niet bevestigd.' }).isVisible(), { timeout: 5_000 }).toBe(true);
    expect(await versie()).toBe(gemeld!.versie);

    tweede.once('dialog', (dialog) => void dialog.accept());
    await tweede.getByRole('button', { name: 'Opslaan, met correcties' }).click();
    await expect.poll(() => tweede.getByRole('status').filter({ hasText: /^2 regels opgeslagen; 1 correctie/ }).isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await versie()).toBe(gemeld!.versie + 1);
    expect((await sql<{ n: number }>('select count(*)::int as n from aanwezigheid where traject_id = ? and periode_van = ?', [ander!.id, dag]))[0]!.n).toBe(1);
    await expect.poll(() => tweede.getByRole('row').filter({ hasText: 'gesloten.csv' }).innerText(), { timeout: 10_000 }).toContain('Opgeslagen');
    await tweede.context().close();
  }, 90_000);
});
