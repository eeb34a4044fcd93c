import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { plusDagen, vandaag } from '../../server/src/modules/shared/datum.js';
import { browserOntbreekt, expectToegankelijk, screenshot } from '../support/browser.js';
import { e2eOmgeving } from '../support/e2e-omgeving.js';

const reden = browserOntbreekt();
const KOP = 'trajectId;aanbiederReferentie;deelnemer;periodeVan;periodeTot;urenIngeroosterd;urenAanwezig;urenGeoorloofdVerzuim;redenGeoorloofdVerzuim;urenOngeoorloofdVerzuim;redenOngeoorloofdVerzuim';

/** Monday of this week and of last week in the Netherlands, as the server counts days. */
function maandagen(): { deze: string; vorige: string } {
  const nu = vandaag();
  const deze = plusDagen(nu, -((new Date(`${nu}T00:00:00Z`).getUTCDay() + 6) % 7));
  return { deze, vorige: plusDagen(deze, -7) };
}

/** A cell of the corrections table as the page writes it: "12 → 10", or one value when the correction keeps it. */
function oudNieuw(oud: number | string, nieuw: number, redenOud?: string | null, redenNieuw?: string | null): string {
  const tekst = (uren: number, reden?: string | null) => `${String(uren).replace('.', ',')}${reden ? ` (${reden})` : ''}`;
  const [a, b] = [tekst(Number(oud), Number(oud) ? redenOud : null), tekst(nieuw, redenNieuw)];
  return a === b ? a : `${a} → ${b}`;
}

describe.skipIf(reden)('attendance input by a taalschool: empty cells, unreadable values, corrections, unfinished weeks (Chromium)', () => {
  const omgeving = e2eOmgeving();
  const sql = <T>(query: string, params: unknown[] = []) => omgeving.portal.alles().execute<T[]>(query, params);

  async function naarCsv(page: Page) {
    await page.getByRole('link', { name: 'CSV uploaden' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Aanwezigheid uploaden (CSV)' }).isVisible()).toBe(true);
  }

  it('the demo seed reports no day after today', async () => {
    const [{ n }] = await sql<{ n: number }>('select count(*)::int as n from aanwezigheid where periode_tot > ?', [vandaag()]);
    expect(n).toBe(0);
  });

  it('the template with only its first row filled: the others are skipped, the correction is shown old → new and asked for', async () => {
    const page = await omgeving.inloggen('taalschool@taalhuis.demo', { page: await (await omgeving.nieuweContext({ acceptDownloads: true })).newPage() });
    await naarCsv(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Sjabloon downloaden/ }).click()]);
    const sjabloon = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8').trimEnd().split('\r\n');
    expect(sjabloon[0]).toBe(`\uFEFF${KOP}`);
    const regels = sjabloon.slice(1);
    expect(regels.length).toBeGreaterThan(5);
    const [trajectId, , , van, tot] = regels[0]!.split(';');
    expect([van, tot]).toEqual([maandagen().vorige, plusDagen(maandagen().vorige, 6)]);

    // The first row's traject was reported for last week in the demo: filling it in corrects that report.
    const huidig = async () => sql<{ versie: number; uren_ingeroosterd: string; uren_aanwezig: string; uren_geoorloofd_verzuim: string; reden_geoorloofd_verzuim: string | null; uren_ongeoorloofd_verzuim: string; reden_ongeoorloofd_verzuim: string | null }>(
      'select * from aanwezigheid where traject_id = ? and periode_van = ? and vervangen_op is null', [trajectId, van]);
    const [gemeld] = await huidig();
    expect(gemeld, 'the demo reported this traject last week').toBeDefined();
    const alleVoor = (await sql<{ n: number }>('select count(*)::int as n from aanwezigheid'))[0]!.n;

    const cellen = regels[0]!.split(';');
    cellen.splice(5, 6, '10', '7,5', '', '', '2,5', 'ZONDER_BERICHT');
    const bestand = [KOP, cellen.join(';'), ...regels.slice(1)].join('\r\n');
    await page.getByLabel('CSV-bestand kiezen').setInputFiles({ name: 'sjabloon.csv', mimeType: 'text/csv', buffer: Buffer.from(bestand) });
    const overgeslagen = regels.length - 1;
    await expect.poll(() => page.getByRole('status').filter({ hasText: `${regels.length} regels gelezen` }).innerText()).toContain(`waarvan ${overgeslagen} regels zonder uren`);

    await page.getByRole('button', { name: 'Controleren (proefdraai)' }).click();
    const controle = page.getByText(/^Controle:/);
    await expect.poll(() => controle.isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await controle.innerText()).toBe(`Controle: 1 regel in orde, 0 met fouten; 1 correctie van een al gemelde periode (zie hieronder); ${overgeslagen} regels zonder uren overgeslagen. Er is nog niets opgeslagen.`);
    await expect.poll(() => page.getByRole('heading', { name: 'Correcties van al gemelde perioden' }).isVisible(), { timeout: 10_000 }).toBe(true);
    const rij = page.getByRole('row').filter({ hasText: `versie ${gemeld!.versie}` });
    expect(await rij.getByRole('cell').allInnerTexts()).toEqual([
      '2', cellen[2], expect.stringMatching(/t\/m/),
      oudNieuw(gemeld!.uren_ingeroosterd, 10), oudNieuw(gemeld!.uren_aanwezig, 7.5),
      oudNieuw(gemeld!.uren_geoorloofd_verzuim, 0, gemeld!.reden_geoorloofd_verzuim),
      oudNieuw(gemeld!.uren_ongeoorloofd_verzuim, 2.5, gemeld!.reden_ongeoorloofd_verzuim, 'ZONDER_BERICHT'),
    ]);
    expect(await rij.innerText(), 'scheduled hours change from the reported 12').toContain('→ 10');
    await expectToegankelijk(page, 'csv met correctie');
    await screenshot(page, 'aanbieder-csv-correctie');

    // Saving asks first; saying no saves nothing.
    const vragen: string[] = [];
    page.once('dialog', (dialog) => { vragen.push(dialog.message()); void dialog.dismiss(); });
    await page.getByRole('button', { name: 'Opslaan, met correcties' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Niets opgeslagen: u heeft de correcties niet bevestigd.' }).isVisible()).toBe(true);
    expect(vragen).toEqual([expect.stringContaining('1 regel corrigeert een al gemelde periode')]);
    expect((await huidig())[0]!.versie).toBe(gemeld!.versie);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Opslaan, met correcties' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^1 regel opgeslagen; 1 correctie/ }).isVisible(), { timeout: 20_000 }).toBe(true);
    const [nieuw] = await huidig();
    expect([nieuw!.versie, Number(nieuw!.uren_aanwezig), Number(nieuw!.uren_geoorloofd_verzuim), Number(nieuw!.uren_ongeoorloofd_verzuim)]).toEqual([gemeld!.versie + 1, 7.5, 0, 2.5]);
    // One new version and nothing else: the rows left empty wrote no zeros.
    expect((await sql<{ n: number }>('select count(*)::int as n from aanwezigheid'))[0]!.n).toBe(alleVoor + 1);
    await page.context().close();
  });

  it('a CSV with 31-02-2026 in one line and abc in another: only those lines fail, by line number, in Dutch; the good line is saved', async () => {
    const page = await omgeving.inloggen('taalschool@taalhuis.demo');
    await naarCsv(page);
    const trajecten = await sql<{ id: string }>(
      "select t.id from traject t join inburgeraar i on i.id = t.inburgeraar_id join aanbieder a on a.id = t.aanbieder_id where a.naam like 'Taalhuis%' and i.achternaam in ('Kovalenko', 'Gebremedhin', 'Masri') order by i.achternaam");
    const dag = maandagen().deze; // one lesson day this week: never reported by the demo, never in the future
    const bestand = [KOP,
      `${trajecten[0]!.id};;;${dag};${dag};4;4;;;;`,
      `${trajecten[1]!.id};;;31-02-2026;${dag};4;4;;;;`,
      `${trajecten[2]!.id};;;${dag};${dag};4;abc;;;;`,
    ].join('\r\n');
    const verzonden: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/upload/aanwezigheid')) verzonden.push('upload');
      const body = r.url().endsWith('/graphql/aanbieder') ? r.postDataJSON() : null;
      if (body?.operationName === 'SlaUploadOp') verzonden.push('opslaan');
    });
    await page.getByLabel('CSV-bestand kiezen').setInputFiles({ name: 'fout.csv', mimeType: 'text/csv', buffer: Buffer.from(bestand) });
    await page.getByRole('button', { name: 'Controleren (proefdraai)' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Controle: 1 regel in orde, 2 met fouten' }).isVisible(), { timeout: 20_000 }).toBe(true);
    const foutRij = (regel: number) => page.getByRole('table', { name: 'Regels die niet in orde zijn, met de meldingen' }).getByRole('row').filter({ has: page.getByRole('cell', { name: String(regel), exact: true }) });
    expect(await foutRij(3).innerText()).toContain('periodeVan: "31-02-2026" is geen bestaande datum.');
    expect(await foutRij(4).innerText()).toContain('urenAanwezig: "abc" is geen aantal uren');
    expect(await page.locator('body').innerText()).not.toMatch(/Variable|invalid value/);
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: '1 regel opgeslagen, 2 regels niet' }).isVisible(), { timeout: 20_000 }).toBe(true);
    expect(verzonden, 'the file is sent once; saving is one request for the job').toEqual(['upload', 'opslaan']);
    const opgeslagen = await sql<{ traject_id: string }>('select traject_id from aanwezigheid where periode_van = ? and traject_id in (?, ?, ?)', [dag, ...trajecten.map((t) => t.id)]);
    expect(opgeslagen.map((r) => r.traject_id)).toEqual([trajecten[0]!.id]);
    await page.context().close();
  });

  it('an .xlsx that LibreOffice wrote is read in the browser, its empty cell and its typo failing at their lines', async () => {
    const page = await omgeving.inloggen('taalschool@taalhuis.demo');
    await naarCsv(page);
    const werkmap = readFileSync(new URL('../../invoer/testbestanden/aanwezigheid.xlsx', import.meta.url));
    await page.getByLabel('CSV-bestand kiezen').setInputFiles({ name: 'aanwezigheid.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: werkmap });
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'gelezen uit aanwezigheid.xlsx' }).innerText(), { timeout: 20_000 }).toContain('6 regels gelezen uit aanwezigheid.xlsx, waarvan 1 regel zonder uren'); // exceljs's chunk loads first
    await page.getByRole('button', { name: 'Controleren (proefdraai)' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: /^Controle:/ }).isVisible(), { timeout: 20_000 }).toBe(true);
    const foutRij = (regel: number) => page.getByRole('table', { name: 'Regels die niet in orde zijn, met de meldingen' }).getByRole('row').filter({ has: page.getByRole('cell', { name: String(regel), exact: true }) });
    await expect.poll(() => foutRij(4).isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await foutRij(4).innerText()).toContain('urenAanwezig: Leeg');
    expect(await foutRij(5).innerText()).toContain('urenAanwezig: "1O" is geen aantal uren');
    await page.context().close();
  });

  it("the school's own reference, set on the traject page, names the traject in a CSV without a trajectId column", async () => {
    const page = await omgeving.inloggen('taalschool@taalhuis.demo');
    // Kovalenko: the line of the 31-02 test above failed, so this week's day is still unreported for this traject.
    const [traject] = await sql<{ id: string }>(
      "select t.id from traject t join inburgeraar i on i.id = t.inburgeraar_id join aanbieder a on a.id = t.aanbieder_id where a.naam like 'Taalhuis%' and i.achternaam = 'Kovalenko'");
    await page.goto(`${omgeving.portal.url}/aanbieder/trajecten/${traject!.id}`);
    const veld = page.getByRole('textbox', { name: 'Eigen referentie' });
    await veld.fill('x;y');
    await page.getByRole('button', { name: 'Referentie opslaan' }).click();
    await expect.poll(() => page.getByText(/^Een eigen referentie bestaat uit letters/).isVisible()).toBe(true);
    expect(await veld.getAttribute('aria-invalid')).toBe('true');
    await veld.fill('TH 2026/017');
    await page.getByRole('button', { name: 'Referentie opslaan' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Eigen referentie TH 2026/017 opgeslagen.' }).isVisible()).toBe(true);
    await expectToegankelijk(page, 'traject met eigen referentie');
    expect(await sql('select aanbieder_referentie from traject where id = ?', [traject!.id])).toEqual([{ aanbieder_referentie: 'TH 2026/017' }]);

    await naarCsv(page);
    const dag = maandagen().deze;
    const bestand = ['aanbiederReferentie;periodeVan;periodeTot;urenIngeroosterd;urenAanwezig;urenGeoorloofdVerzuim;redenGeoorloofdVerzuim;urenOngeoorloofdVerzuim;redenOngeoorloofdVerzuim',
      `TH 2026/017;${dag};${dag};3;3;;;;`, `TH 2026/999;${dag};${dag};3;3;;;;`].join('\r\n');
    await page.getByLabel('CSV-bestand kiezen').setInputFiles({ name: 'eigen.csv', mimeType: 'text/csv', buffer: Buffer.from(bestand, 'latin1') });
    await page.getByRole('button', { name: 'Controleren (proefdraai)' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Controle: 1 regel in orde, 1 met fouten.' }).isVisible(), { timeout: 20_000 }).toBe(true);
    // The errors table only: the recent uploads table has rows with a cell "3" too (a file's line count).
    const foutRij = page.getByRole('table', { name: 'Regels die niet in orde zijn, met de meldingen' }).getByRole('row').filter({ has: page.getByRole('cell', { name: '3', exact: true }) });
    await expect.poll(() => foutRij.innerText(), { timeout: 10_000 }).toContain('aanbiederReferentie: Geen lopend traject van uw organisatie heeft deze eigen referentie');
    const uploadId = new URL(page.url()).searchParams.get('upload');
    expect(await sql('select regel, fouten from aanwezigheid_upload_rij where upload_id = ? order by regel', [uploadId])).toEqual([
      { regel: 2, fouten: [] },
      { regel: 3, fouten: [expect.objectContaining({ code: 'REFERENTIE_ONBEKEND', veld: 'aanbiederReferentie' })] },
    ]);

    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: '1 regel opgeslagen, 1 regel niet' }).isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await sql('select traject_id, uren_aanwezig::float as uren from aanwezigheid where periode_van = ? and vervangen_op is null and traject_id = ?', [dag, traject!.id]))
      .toEqual([{ traject_id: traject!.id, uren: 3 }]);
    await page.context().close();
  });

  it('the group week: abc and an emptied cell fail at their cells while the good row is saved; this week is not offered before it is over', async () => {
    const page = await omgeving.inloggen('taalschool@taalhuis.demo');
    await page.getByRole('link', { name: 'Groepsweek' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Groepsweek' }).isVisible()).toBe(true);
    const cel = (kolom: string, naam: string) => page.getByLabel(`${kolom}, ${naam}`, { exact: true });
    // It opens on last week, the latest whole week. Amina's was left unreported by the demo; Yonas's and Dina's were reported.
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^Week / }).innerText()).toContain(`Week ${maandagen().vorige.split('-').reverse().join('-')}`);
    await expect.poll(() => cel('Aanwezig', 'Dina Abboud').inputValue(), { timeout: 10_000 }).not.toBe('');
    await cel('Ingeroosterd', 'Amina Haddad').fill('12');
    await cel('Aanwezig', 'Amina Haddad').fill('11,5');
    await cel('Aanwezig', 'Dina Abboud').fill('abc');
    await cel('Aanwezig', 'Yonas Tesfay').fill('');
    const verzonden: number[] = [];
    page.on('request', (r) => {
      const body = r.url().endsWith('/graphql/aanbieder') ? r.postDataJSON() : null;
      if (body?.operationName === 'SlaGroepsweekOp') verzonden.push(body.variables.rijen.length);
    });
    await page.getByRole('button', { name: 'Alles opslaan' }).click();
    const uitkomst = page.getByRole('alert').filter({ hasText: '1 opgeslagen; 2 regels vragen aandacht' });
    await expect.poll(() => uitkomst.isVisible()).toBe(true);
    // The rows nobody typed in are not saved as zeros, and the message says how many were left out.
    const leeg = await page.locator('table tbody tr').evaluateAll((rijen) => rijen.filter((rij) => Array.from(rij.querySelectorAll('input, select')).every((cel) => (cel as HTMLInputElement).value === '')).length);
    expect(leeg).toBeGreaterThan(0);
    expect(await uitkomst.innerText()).toContain(`${leeg} deelnemers zonder uren zijn overgeslagen`);
    expect(verzonden).toEqual([1]);
    expect(await cel('Aanwezig', 'Dina Abboud').getAttribute('aria-invalid')).toBe('true');
    expect(await cel('Aanwezig', 'Yonas Tesfay').getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.getByText(/"abc" is geen aantal uren/).isVisible()).toBe(true);
    await expect.poll(() => page.getByText(/^Leeg: vul het aantal uren in/).isVisible()).toBe(true);
    await expectToegankelijk(page, 'groepsweek met onleesbare cellen');
    await screenshot(page, 'aanbieder-groepsweek-onleesbaar');
    const amina = await sql<{ uren_aanwezig: string; uren_geoorloofd_verzuim: string }>(
      "select a.uren_aanwezig, a.uren_geoorloofd_verzuim from aanwezigheid a join traject t on t.id = a.traject_id join inburgeraar i on i.id = t.inburgeraar_id where i.achternaam = 'Haddad' and t.soort = 'B1_ROUTE' and a.periode_van = ? and a.vervangen_op is null",
      [maandagen().vorige]);
    expect(amina.map((a) => [Number(a.uren_aanwezig), Number(a.uren_geoorloofd_verzuim)])).toEqual([[11.5, 0]]);

    // This week has not finished: shown, but not to be typed in or saved, and no week after it is offered.
    page.once('dialog', (dialog) => void dialog.accept()); // the two unsaved rows
    await page.getByRole('button', { name: 'Volgende week' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Deze week is nog niet voorbij' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Alles opslaan' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Volgende week' }).isDisabled()).toBe(true);
    expect(await cel('Aanwezig', 'Amina Haddad').getAttribute('readonly')).not.toBeNull();
    await expectToegankelijk(page, 'groepsweek van deze week');
    await screenshot(page, 'aanbieder-groepsweek-deze-week');
    await page.context().close();
  });
});
