import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { plusDagen, vandaag } from '../../server/src/modules/shared/datum.js';
import { browserOntbreekt, expectToegankelijk, screenshot } from '../support/browser.js';
import { e2eOmgeving } from '../support/e2e-omgeving.js';

const reden = browserOntbreekt();
if (reden) console.warn(`\n!!! ${reden}\n`);

/** This week's Monday and Sunday in the Netherlands, as the server counts them: the demo never reports this week. */
function dezeWeek(): { maandag: string; zondag: string } {
  const vandaagNl = vandaag();
  const dag = new Date(`${vandaagNl}T00:00:00Z`).getUTCDay();
  const maandag = plusDagen(vandaagNl, -((dag + 6) % 7));
  return { maandag, zondag: plusDagen(maandag, 6) };
}

/** Last week, Monday to Sunday: the latest whole week, as attendance is only reported for days that have happened. */
function vorigeWeek(): { maandag: string; zondag: string } {
  const maandag = plusDagen(dezeWeek().maandag, -7);
  return { maandag, zondag: plusDagen(maandag, 6) };
}

describe.skipIf(reden)('browser journeys (Chromium)', () => {
  const omgeving = e2eOmgeving();

  async function login(page: Page, email: string) {
    await page.goto(`${omgeving.portal.url}/`);
    await expect.poll(() => page.url()).toContain('/inloggen');
    await expectToegankelijk(page, 'inloggen');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill('demo');
    await page.getByRole('button', { name: 'Inloggen' }).click();
  }

  it('a taalschool records a week of attendance for a deelnemer, without ever seeing a BSN', async () => {
    const context = await omgeving.nieuweContext();
    const page = await context.newPage();
    await login(page, 'taalschool@taalhuis.demo');

    await expect.poll(() => page.getByRole('heading', { name: 'Deelnemers' }).isVisible()).toBe(true);
    // The demo leaves every third deelnemer's last week unreported: the list says so per traject.
    await expect.poll(() => page.getByText(/Aanwezigheid ontbreekt vanaf/).count()).toBeGreaterThan(0);
    // Narrowed to what is due: fewer deelnemers, and every traject listed says what it owes.
    const aantal = async () => Number((await page.getByRole('status').filter({ hasText: /^\d+ deelnemers?$/ }).textContent())?.split(' ')[0]);
    const alle = await aantal();
    // The box follows the address, which the router updates a moment after the click: click, then wait for it.
    const vinkje = page.getByLabel('Alleen met iets te doen');
    await vinkje.click();
    await expect.poll(() => vinkje.isChecked()).toBe(true);
    await expect.poll(() => page.url()).toContain('teDoen=ja');
    await expect.poll(aantal).toBeLessThan(alle);
    const rijen = page.locator('table tbody tr');
    expect(await rijen.filter({ has: page.locator('.te-doen') }).count()).toBe(await rijen.count());
    await expectToegankelijk(page, 'deelnemers met iets te doen');
    await screenshot(page, 'aanbieder-deelnemers-te-doen');
    await vinkje.click();
    await expect.poll(() => vinkje.isChecked()).toBe(false);
    await expect.poll(aantal).toBe(alle);
    await page.getByLabel('Zoek op naam').fill('Haddad');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect.poll(() => page.getByText('Amina Haddad').isVisible()).toBe(true);
    expect(await page.locator('body').innerText()).not.toMatch(/\b\d{9}\b/);
    await expectToegankelijk(page, 'deelnemers');
    await screenshot(page, 'aanbieder-deelnemers');
    await page.getByLabel('Gemeente').selectOption({ label: 'Amersfoort' });
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Geen deelnemers gevonden.' }).isVisible()).toBe(true); // Haddad lives in Utrecht
    await page.getByLabel('Gemeente').selectOption({ label: 'Alle gemeenten' });

    await page.getByRole('link', { name: /van Amina Haddad/ }).first().click();
    await expect.poll(() => page.getByRole('heading', { name: 'Amina Haddad' }).isVisible()).toBe(true);
    expect(await page.locator('body').innerText()).not.toMatch(/\b\d{9}\b/);

    const { maandag, zondag } = vorigeWeek(); // the demo left Amina's last week unreported
    await page.getByLabel('Periode van').fill(maandag);
    await page.getByLabel('Periode tot en met').fill(zondag);
    await page.getByLabel('Ingeroosterd (uur)').fill('12');
    await page.getByLabel('Aanwezig (uur)', { exact: true }).fill('9,5');
    await page.getByLabel('Geoorloofd verzuim (uur)', { exact: true }).fill('2,5');
    await page.getByLabel('Reden geoorloofd verzuim', { exact: true }).selectOption('ZIEKTE');
    await page.getByRole('form', { name: 'Aanwezigheid melden' }).getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Opgeslagen.' }).isVisible()).toBe(true);
    const [j, m, d] = maandag.split('-');
    await expect.poll(() => page.getByRole('cell', { name: new RegExp(`^${d}-${m}-${j} t/m`) }).isVisible()).toBe(true);
    await expectToegankelijk(page, 'traject');
    await screenshot(page, 'aanbieder-traject');

    // A rule broken: its Dutch message appears at the field, nothing is saved.
    await page.getByLabel('Aanwezig (uur)', { exact: true }).fill('20');
    await page.getByRole('form', { name: 'Aanwezigheid melden' }).getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.getByText(/meer dan het aantal ingeroosterde uren/).isVisible()).toBe(true);
    expect(await page.getByLabel('Aanwezig (uur)', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await expectToegankelijk(page, 'traject met fout');

    // Back to the list as it was left, search included.
    await page.getByRole('link', { name: '← Terug naar deelnemers' }).click();
    await expect.poll(() => page.url()).toContain('zoek=Haddad');
    await expect.poll(() => page.getByLabel('Zoek op naam').inputValue()).toBe('Haddad');
    await context.close();
  });

  it('the regisseur finds that person by name and by BSN and sees the recorded hours against the planned hours', async () => {
    const context = await omgeving.nieuweContext();
    const page = await context.newPage();
    await login(page, 'regisseur@utrecht.demo');

    await expect.poll(() => page.getByRole('heading', { name: 'Overzicht' }).isVisible()).toBe(true);
    await expectToegankelijk(page, 'overzicht');
    await screenshot(page, 'gemeente-overzicht');
    await page.getByRole('link', { name: 'Dossiers', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Dossiers' }).isVisible()).toBe(true);
    await page.getByLabel('Zoek op naam of BSN').fill('amina haddad');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Amina Haddad' }).isVisible()).toBe(true);
    await expectToegankelijk(page, 'zoeken');
    await page.getByRole('link', { name: 'Amina Haddad' }).click();

    await expect.poll(() => page.getByRole('heading', { name: 'Amina Haddad' }).isVisible()).toBe(true);
    const { maandag } = vorigeWeek();
    const [j, m, d] = maandag.split('-');
    // Last week as the taalschool reported it above (her MAP traject has that week too, with other hours).
    const week = page.getByRole('row').filter({ has: page.getByRole('cell', { name: new RegExp(`^${d}-${m}-${j} t/m`) }) });
    await expect.poll(() => week.filter({ hasText: '9,5' }).count()).toBe(1);
    const urenTeksten = await page.locator('.uren').allInnerTexts();
    expect(urenTeksten.some((t) => /Aanwezig [\d.,]+ van 600 geplande uren/.test(t)), urenTeksten.join(' | ')).toBe(true);
    // DUO's exclusive ends read as a person reads them: the term up to and including its last day, hours known through the last reported day.
    const termijn = await page.locator('dt:text-is("Inburgeringstermijn") + dd').innerText();
    const [, start, eind] = termijn.match(/^(\d{2}-\d{2}-\d{4}) t\/m (\d{2}-\d{2}-\d{4})$/) ?? [];
    const [sd, sm, sj] = start!.split('-').map(Number);
    const laatsteDag = new Date(Date.UTC(sj! + 3, sm! - 1, sd! - 1)).toISOString().slice(0, 10).split('-').reverse().join('-');
    expect(eind).toBe(laatsteDag);
    expect(await page.locator('dt:text-is("Gevolgde taaluren") + dd').innerText()).toMatch(/ uur \(bekend t\/m \d{2}-\d{2}-\d{4}\)$/);
    await expectToegankelijk(page, 'dossier');
    await screenshot(page, 'gemeente-dossier');

    const [{ bsn }] = await omgeving.portal.alles().execute<{ bsn: string }[]>("select bsn from inburgeraar where achternaam = 'Haddad'");
    await page.goto(`${omgeving.portal.url}/gemeente/dossiers`);
    await page.getByLabel('Zoek op naam of BSN').fill(bsn!);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Amina Haddad' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('status').filter({ hasText: '1 dossier' }).isVisible()).toBe(true);

    await page.getByLabel('Zoek op naam of BSN').fill('123456789');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: /geen geldig BSN/ }).isVisible()).toBe(true);
    await context.close();
  });

  it('a taalschool enters a whole group week by keyboard; a wrong row is shown at its cells, the good rows are saved', async () => {
    const context = await omgeving.nieuweContext();
    const page = await context.newPage();
    // Last week, the latest that can be reported, as the school still has to fill it in for these two. The owner's
    // clean-up (the portal role cannot delete attendance) comes before the page opens on that week: a grid loaded
    // before the delete would show the demo's hours and make the save a correction.
    const { maandag } = vorigeWeek();
    await omgeving.portal.alles().execute(
      "delete from aanwezigheid where periode_van = ? and traject_id in (select t.id from traject t join inburgeraar i on i.id = t.inburgeraar_id join aanbieder a on a.id = t.aanbieder_id where i.achternaam in ('Abboud', 'Ahmadi') and a.naam like 'Taalhuis%')",
      [maandag]);
    await login(page, 'taalschool@taalhuis.demo');
    await page.getByRole('link', { name: 'Groepsweek' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Groepsweek' }).isVisible()).toBe(true);
    await page.getByLabel('Week van (maandag)').fill(maandag);
    const cel = (kolom: string, naam: string) => page.getByLabel(`${kolom}, ${naam}`, { exact: true });
    await expect.poll(() => cel('Ingeroosterd', 'Dina Abboud').isVisible()).toBe(true);

    await cel('Ingeroosterd', 'Dina Abboud').fill('12');
    await page.keyboard.press('ArrowDown'); // to the same column, next deelnemer
    await page.keyboard.type('12');
    expect(await cel('Ingeroosterd', 'Farid Ahmadi').inputValue()).toBe('12');
    await page.keyboard.press('ArrowRight'); // caret at the end: on to the next column, same row
    await page.keyboard.type('11');
    expect(await cel('Aanwezig', 'Farid Ahmadi').inputValue()).toBe('11');
    await page.keyboard.press('ArrowLeft'); // caret inside the text: stays in the cell (twice, for two digits)
    await page.keyboard.press('ArrowLeft');

    await page.keyboard.press('ArrowLeft'); // now at the start: back to the previous column, its content selected
    await page.keyboard.type('13');
    expect(await cel('Ingeroosterd', 'Farid Ahmadi').inputValue()).toBe('13');
    await cel('Ingeroosterd', 'Farid Ahmadi').fill('12');
    await cel('Aanwezig', 'Dina Abboud').fill('12');
    await cel('Aanwezig', 'Farid Ahmadi').fill('14');
    await page.getByRole('button', { name: 'Alles opslaan' }).click();

    await expect.poll(() => page.getByRole('alert').filter({ hasText: '1 opgeslagen; 1 regel vraagt aandacht' }).isVisible()).toBe(true);
    expect(await cel('Aanwezig', 'Farid Ahmadi').getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.getByText(/meer dan het aantal ingeroosterde uren/).isVisible()).toBe(true);
    await expectToegankelijk(page, 'groepsweek');
    await screenshot(page, 'aanbieder-groepsweek');

    // Reloaded from the server: Dina's row was kept.
    await page.reload();
    await page.getByLabel('Week van (maandag)').fill(maandag);
    await expect.poll(() => cel('Aanwezig', 'Dina Abboud').inputValue()).toBe('12');

    // Narrowing the group asks before unsaved typing is thrown away, then the server returns only that gemeente.
    await cel('Ingeroosterd', 'Farid Ahmadi').fill('10');
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByLabel('Gemeente').selectOption({ label: 'Amersfoort' });
    expect(await cel('Ingeroosterd', 'Farid Ahmadi').inputValue()).toBe('10');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByLabel('Gemeente').selectOption({ label: 'Amersfoort' });
    await expect.poll(() => cel('Ingeroosterd', 'Dina Abboud').count()).toBe(0); // Dina lives in Utrecht
    await expect.poll(() => page.getByRole('row').count()).toBeGreaterThan(1);
    await context.close();
  });

  it('a taalschool uploads a CSV: template, dry run with errors per line, then saving the good lines', async () => {
    const context = await omgeving.nieuweContext({ acceptDownloads: true });
    const page = await context.newPage();
    await login(page, 'taalschool@taalhuis.demo');
    await page.getByRole('link', { name: 'CSV uploaden' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Aanwezigheid uploaden (CSV)' }).isVisible()).toBe(true);
    // The layout is documented column by column, with the reason codes the server accepts.
    await expect.poll(() => page.getByRole('rowheader', { name: 'redenGeoorloofdVerzuim' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('ZIEKTE', { exact: true }).isVisible()).toBe(true);

    const [sjabloon] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Sjabloon downloaden/ }).click()]);
    const inhoud = await (await sjabloon.createReadStream()).toArray();
    const tekst = Buffer.concat(inhoud).toString('utf8');
    expect(tekst.split('\r\n')[0]).toBe('\uFEFFtrajectId;aanbiederReferentie;deelnemer;periodeVan;periodeTot;urenIngeroosterd;urenAanwezig;urenGeoorloofdVerzuim;redenGeoorloofdVerzuim;urenOngeoorloofdVerzuim;redenOngeoorloofdVerzuim');
    expect(tekst).not.toMatch(/\b\d{9}\b/);

    const trajecten = await omgeving.portal.alles().execute<{ id: string }[]>(
      "select t.id from traject t join inburgeraar i on i.id = t.inburgeraar_id where i.achternaam in ('Tesfay', 'Yilmaz') and t.soort in ('B1_ROUTE', 'Z_ROUTE') order by i.achternaam");
    // One lesson day, this Monday: never in the future, and a period the demo never reports.
    const { maandag } = dezeWeek();
    const [j, m, d] = maandag.split('-');
    const csv = [
      'trajectId;deelnemer;periodeVan;periodeTot;urenIngeroosterd;urenAanwezig;urenGeoorloofdVerzuim;redenGeoorloofdVerzuim;urenOngeoorloofdVerzuim;redenOngeoorloofdVerzuim',
      `${trajecten[0]!.id};Yonas Tesfay;${d}-${m}-${j};${maandag};10;8,5;1,5;ZIEKTE;0;`,
      `${trajecten[1]!.id};Mehmet Yilmaz;${maandag};${maandag};10;8;2;GRIEP;0;`,
    ].join('\r\n');
    await page.getByLabel('CSV-bestand kiezen').setInputFiles({ name: 'week.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => page.getByRole('status').filter({ hasText: '2 regels gelezen' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Controleren (proefdraai)' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Controle: 1 regel in orde, 1 met fouten' }).isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => page.getByRole('cell', { name: /"GRIEP" is geen bekende reden/ }).isVisible(), { timeout: 10_000 }).toBe(true);
    await expectToegankelijk(page, 'csv');
    await screenshot(page, 'aanbieder-csv');

    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: '1 regel opgeslagen, 1 regel niet' }).isVisible(), { timeout: 20_000 }).toBe(true);
    const opgeslagen = await omgeving.portal.alles().execute<{ n: number }[]>('select count(*)::int as n from aanwezigheid where traject_id = ? and periode_van = ?', [trajecten[0]!.id, maandag]);
    expect(opgeslagen[0]!.n).toBe(1);
    await context.close();
  });

  it('a large CSV is checked on the server as a job with a progress bar, and its error report holds every failing line', async () => {
    const context = await omgeving.nieuweContext({ acceptDownloads: true });
    const page = await context.newPage();
    await login(page, 'taalschool@taalhuis.demo');
    await page.getByRole('link', { name: 'CSV uploaden' }).click();

    // 1,200 lines: every traject of the school, week after week back in time, so many fall before a traject's start.
    const em = omgeving.portal.alles();
    const trajecten = await em.execute<{ id: string }[]>("select t.id from traject t join aanbieder a on a.id = t.aanbieder_id where a.naam like 'Taalhuis%' order by t.id");
    const { maandag } = dezeWeek();
    const regels = Array.from({ length: 1200 }, (_, i) => {
      const van = plusDagen(maandag, -7 * (1 + Math.floor(i / trajecten.length)));
      return `${trajecten[i % trajecten.length]!.id};;${van};${plusDagen(van, 6)};4;4;0;;0;`;
    });
    const csv = ['trajectId;deelnemer;periodeVan;periodeTot;urenIngeroosterd;urenAanwezig;urenGeoorloofdVerzuim;redenGeoorloofdVerzuim;urenOngeoorloofdVerzuim;redenOngeoorloofdVerzuim', ...regels].join('\r\n');
    const aanwezigheden = async () => (await em.fork().execute<{ n: number }[]>('select count(*)::int as n from aanwezigheid'))[0]!.n;
    const voor = await aanwezigheden();

    // The file goes to the server once, as it is; the server checks it as a job, the page polls its progress.
    const uploads: string[] = [];
    page.on('request', (r) => { if (r.url().includes('/upload/aanwezigheid')) uploads.push(r.method()); });
    await page.getByLabel('CSV-bestand kiezen').setInputFiles({ name: 'groot.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => page.getByRole('status').filter({ hasText: '1200 regels gelezen' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Controleren (proefdraai)' }).click();
    const uitkomst = page.getByRole('alert').filter({ hasText: /^Controle:/ });
    await expect.poll(() => uitkomst.isVisible(), { timeout: 60_000 }).toBe(true);
    expect(uploads).toEqual(['POST']);
    expect(await page.getByText('Verwerkt: 1200 van 1200 regels').isVisible()).toBe(true);
    expect(await page.getByRole('progressbar').getAttribute('value')).toBe('1200');

    const [, goed, fout] = /Controle: (\d+) regels? in orde, (\d+) met fouten/.exec(await uitkomst.innerText())!.map(Number);
    expect(goed! + fout!).toBe(1200);
    expect(fout, 'weeks before a traject started are refused').toBeGreaterThan(100);
    await expect.poll(() => page.getByRole('heading', { name: 'Regels met fouten (eerste 100)' }).isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await page.locator('table').last().locator('tbody tr').count()).toBe(100);
    expect(await aanwezigheden(), 'a dry run saves nothing').toBe(voor);

    const [rapport] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Foutenrapport downloaden' }).click()]);
    const rapporttekst = Buffer.concat(await (await rapport.createReadStream()).toArray()).toString('utf8').trimEnd();
    const rapportregels = rapporttekst.split('\r\n');
    expect(rapportregels[0]).toBe('\uFEFFregel;trajectId;aanbiederReferentie;deelnemer;periodeVan;periodeTot;urenIngeroosterd;urenAanwezig;urenGeoorloofdVerzuim;redenGeoorloofdVerzuim;urenOngeoorloofdVerzuim;redenOngeoorloofdVerzuim;fouten');
    expect(rapportregels).toHaveLength(fout! + 1);
    await context.close();
  }, 120_000); // the dry run of 1,200 lines runs through the attendance service at ~10 ms a line, longer on a loaded machine

  it('attendance entry works on a 390-pixel-wide phone screen', async () => {
    const context = await omgeving.nieuweContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await context.newPage();
    await login(page, 'taalschool@taalhuis.demo');
    await expect.poll(() => page.getByRole('link', { name: /van Amina Haddad/ }).first().isVisible()).toBe(true);
    await expectToegankelijk(page, 'deelnemers op een telefoon'); // also: nothing scrolls sideways but the table in its box
    await page.getByRole('link', { name: /van Amina Haddad/ }).first().click();
    await expect.poll(() => page.getByRole('form', { name: 'Aanwezigheid melden' }).getByRole('button', { name: 'Opslaan' }).isVisible()).toBe(true);
    await expectToegankelijk(page, 'traject op een telefoon');
    await screenshot(page, 'aanbieder-traject-telefoon');
    await context.close();
  });
});
