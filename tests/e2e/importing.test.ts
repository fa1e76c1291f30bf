import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from '../../electron/main/archive/archiveService';
import { repoRoot } from '../helpers/corpus';
import { makeDocx, makePdf } from '../helpers/documentFixtures';
import { openArchive, tempDir } from '../helpers/tempLibrary';
import { launchChromium, shellFor } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const fixture = (name: string) => readFileSync(join(repoRoot, 'tests/fixtures/import', name));
const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(repoRoot, 'test-results', `e2e-${name}.png`) });

async function openShell(): Promise<{ archive: Archive; page: Page; close: () => Promise<void> }> {
  const archive = await openArchive(await tempDir());
  const shell = await shellFor(archive);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(shell.url);
  await page.getByRole('combobox', { name: 'Search passages' }).waitFor();
  return {
    archive,
    page,
    close: async () => {
      await page.close();
      await shell.close();
      await archive.close();
    },
  };
}

describe('importing in Chromium', () => {
  it('imports a mixed batch with a line per file, then edits a source’s details', async () => {
    const { archive, page, close } = await openShell();
    const pdf = await makePdf('Labour Unrest in Western Kazakhstan', [
      { paragraphs: ['Oil workers in Zhanaozen stopped work when the price of gas doubled.'] },
    ]);
    const docx = await makeDocx('Briefing on the January Events', [
      { text: 'Troops of the CSTO arrived on the sixth of January.' },
    ]);
    const bib =
      '@book{cummings, title = {Kazakhstan: Power and Society}, author = {Cummings, Sally N.}, publisher = {Routledge}, year = {2005}}';
    await page.getByLabel('Choose files to import').setInputFiles([
      { name: 'gas-prices.html', mimeType: 'text/html', buffer: fixture('saved-page.html') },
      { name: 'field-notes.md', mimeType: 'text/markdown', buffer: fixture('field-notes.md') },
      { name: 'labour-unrest.pdf', mimeType: 'application/pdf', buffer: pdf },
      { name: 'briefing.docx', mimeType: 'application/octet-stream', buffer: docx },
      { name: 'damaged.pdf', mimeType: 'application/pdf', buffer: pdf.subarray(0, 300) },
      { name: 'references.bib', mimeType: 'text/plain', buffer: Buffer.from(bib) },
    ]);
    const status = page.getByRole('status').filter({ hasText: 'Imported' });
    await expect
      .poll(() => status.first().textContent())
      .toContain('Imported 4 of 6 files, 1 metadata file applied, 1 failed.');
    const report = page.getByRole('list', { name: 'Import results' });
    // A failure is named at once; the other notes wait behind one press, so the bar stays low.
    expect(await report.locator('li').allTextContents()).toEqual([
      expect.stringMatching(/^damaged\.pdf was not imported: it is damaged or not a PDF/),
    ]);
    const bar = page.locator('.status-bar');
    expect((await bar.boundingBox())!.height).toBeLessThan(80);
    await bar.getByRole('button', { name: /^Show \d+ notes?$/ }).click();
    expect(await report.textContent()).toContain(
      'damaged.pdf was not imported: it is damaged or not a PDF',
    );
    expect(await report.textContent()).toContain(
      'gas-prices.html: imported as “Gas Prices and the Steppe Strikes” with 2 comments',
    );
    expect(await report.textContent()).toContain(
      'references.bib: 0 sources updated, 1 reference added.',
    );
    await shot(page, '20-import-batch');

    // A reference from the .bib file is there to cite, and says it has no text.
    const sourceList = page.getByRole('list', { name: 'Sources' });
    await sourceList.getByRole('button', { name: /Kazakhstan: Power and Society/ }).click();
    await expect
      .poll(() => page.getByRole('main', { name: 'Reader' }).getByRole('note').textContent())
      .toMatch(/^A reference from a bibliographic file/);

    // The PDF has no date: the editor says so until one is given.
    const sources = page.getByRole('list', { name: 'Sources' });
    await sources.getByRole('button', { name: /Labour Unrest in Western Kazakhstan/ }).click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    // The citation preview says what the style will print for what is missing.
    const cite = inspector.getByRole('region', { name: 'Cite' });
    await expect
      .poll(() => cite.textContent())
      .toContain('Missing for a full citation: author, date.');
    expect(await cite.getByLabel('Citation preview').textContent()).toContain('(n.d.)');
    await cite.scrollIntoViewIfNeeded();
    await shot(page, '19-cite-preview-missing');
    await inspector.getByRole('button', { name: 'Edit' }).click();
    const editor = inspector.getByRole('form', { name: 'Edit details' });
    await expect
      .poll(() => editor.getByRole('status').textContent())
      .toBe('A good citation still needs an author, a date.');
    await shot(page, '21-details-editor-missing');
    await editor.getByLabel('Date published').fill('2022-01');
    await editor.getByLabel('Date published').fill('2022-01-10x');
    expect(
      await editor.getByText('Write the date as YYYY, YYYY-MM or YYYY-MM-DD.').isVisible(),
    ).toBe(true);
    await editor.getByLabel('Date published').fill('2022-01-10');
    await editor.getByRole('button', { name: 'Add author' }).click();
    await editor.getByLabel('Authors 1: kind').selectOption('literal');
    await editor.getByLabel('Authors 1: name').fill('Human Rights Watch');
    await expect
      .poll(() => editor.getByRole('status').textContent())
      .toBe('Everything a citation needs is here.');
    await editor.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(() => inspector.textContent()).toContain('Human Rights Watch');
    const id = (await archive.api.listSources({})).ok
      ? (
          (await archive.api.listSources({})) as { value: { id: string; title: string }[] }
        ).value.find((s) => s.title === 'Labour Unrest in Western Kazakhstan')!.id
      : '';
    const detail = await archive.api.getSource({ id });
    expect(detail.ok && detail.value.metadata).toMatchObject({
      author: [{ literal: 'Human Rights Watch' }],
      issued: { 'date-parts': [[2022, 1, 10]] },
    });
    await expect
      .poll(() => inspector.getByLabel('Citation preview').textContent())
      .toBe('Human Rights Watch. (2022). Labour Unrest in Western Kazakhstan.');
    await close();
  });

  it('cancels a long batch between files and keeps what was imported', async () => {
    const { archive, page, close } = await openShell();
    const files = Array.from({ length: 300 }, (_, i) => ({
      name: `note-${String(i).padStart(3, '0')}.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from(`Field note ${i}\n\nObserved on day ${i} of the strike in Zhanaozen.`),
    }));
    await page.getByLabel('Choose files to import').setInputFiles(files);
    const progress = page.getByRole('progressbar', { name: 'Import progress' });
    await progress.waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Cancelled.' });
    await status.first().waitFor();
    const message = (await status.first().textContent()) ?? '';
    const imported = Number(/Imported (\d+) of/.exec(message)?.[1]);
    const list = await archive.api.listSources({});
    expect(imported).toBeGreaterThan(0);
    expect(imported).toBeLessThan(300);
    expect(list.ok && list.value.length).toBe(imported);
    await close();
  });
});

describe('a saved page whose date is year 1', () => {
  it('imports, and the search panel with its date filter still opens and finds it', async () => {
    const { page, close } = await openShell();
    const html = `<!DOCTYPE html><html><head><title>Harbour archive notes</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour archive notes","datePublished":"0001-01-01T00:00:00Z"}</script>
</head><body><article><h1>Harbour archive notes</h1>
<p>The ferry logbooks of the harbour office were kept in a cellar that flooded every spring.</p>
<p>Clerks copied the damaged pages by hand, and the copies are what survives today.</p>
</article></body></html>`;
    await page
      .getByLabel('Choose files to import')
      .setInputFiles([{ name: 'harbour.html', mimeType: 'text/html', buffer: Buffer.from(html) }]);
    const sources = page.getByRole('list', { name: 'Sources' });
    await expect.poll(() => sources.getByRole('button').count()).toBe(1);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('logbooks');
    const results = page.getByRole('listbox', { name: 'Search results' });
    await expect.poll(() => results.getAttribute('aria-busy')).toBe('false');
    expect(await results.getByRole('option').count()).toBeGreaterThan(0);
    // The window is whole: the library list and the search field are still there.
    expect(await sources.getByRole('button').count()).toBe(1);
    expect(await page.getByRole('combobox', { name: 'Search passages' }).isVisible()).toBe(true);
    await close();
  });
});
